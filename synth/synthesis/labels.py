"""Taxonomy labels in the order the report shows them, and the words it uses for them."""

from __future__ import annotations

HORIZONS = ("immediate", "short", "intermediate", "long", "not_reported")
DIRECTIONS = ("positive", "mixed", "no_effect", "negative", "unclear", "not_applicable")
DESIGNS = (
    "systematic_review",
    "rct",
    "controlled_trial",
    "observational",
    "review",
    "protocol",
    "case_report",
    "qualitative",
    "animal_lab",
    "other",
)
KINDS = ("therapeutic", "cardiac", "carotid_sinus", "prostatic", "uterine", "perineal", "other")
EFFECT_DESIGNS = ("rct", "controlled_trial", "systematic_review", "observational")
LASTING = ("intermediate", "long")
NO_CONDITION = "no_condition"

HORIZON_NAMES = {
    "immediate": "immediate (≤ 1 day)",
    "short": "short (≤ 3 months)",
    "intermediate": "intermediate (3–12 months)",
    "long": "long (≥ 12 months)",
    "not_reported": "not reported",
}
DIRECTION_NAMES = {
    "positive": "positive",
    "mixed": "mixed",
    "no_effect": "no effect",
    "negative": "negative",
    "unclear": "unclear",
    "not_applicable": "not applicable",
}
DESIGN_NAMES = {
    "systematic_review": "systematic review",
    "rct": "randomised trial",
    "controlled_trial": "controlled trial",
    "observational": "observational",
    "review": "narrative review",
    "protocol": "protocol",
    "case_report": "case report",
    "qualitative": "qualitative",
    "animal_lab": "animal / lab",
    "other": "other",
}
KIND_NAMES = {
    "therapeutic": "therapeutic massage",
    "cardiac": "cardiac massage",
    "carotid_sinus": "carotid sinus massage",
    "prostatic": "prostatic massage",
    "uterine": "uterine massage",
    "perineal": "perineal massage",
    "other": "other uses of the word",
}
CONDITION_NAMES = {
    "low_back_pain": "low back pain",
    "neck_shoulder_pain": "neck / shoulder pain",
    "headache": "headache",
    "fibromyalgia": "fibromyalgia",
    "osteoarthritis_arthritis": "osteoarthritis / arthritis",
    "other_musculoskeletal": "other musculoskeletal",
    "exercise_recovery": "exercise recovery",
    "lymphedema": "lymphoedema",
    "leg_pain_edema": "leg pain / oedema",
    "cancer": "cancer",
    "palliative_care": "palliative care",
    "preterm_neonatal": "preterm / neonatal",
    "pediatric": "children",
    "pregnancy_labor": "pregnancy / labour",
    "mental_health": "mental health",
    "sleep": "sleep",
    "dementia_older_adults": "dementia / older adults",
    "cardiovascular": "cardiovascular",
    "critical_surgical_care": "critical / surgical care",
    "gastrointestinal": "gastrointestinal",
    "neurological": "neurological",
    "healthy_physiology": "healthy physiology",
    "other_condition": "other condition",
    NO_CONDITION: "no condition named",
}


def name_label(label: str) -> str:
    """The words the report shows for a taxonomy label (the label itself if unknown)."""
    for table in (CONDITION_NAMES, DESIGN_NAMES, HORIZON_NAMES, DIRECTION_NAMES, KIND_NAMES):
        if label in table:
            return table[label]
    return label.replace("_", " ")


def name_group(group: str) -> str:
    """``"leg_pain_edema;lymphedema"`` -> ``"leg pain / oedema + lymphoedema"``."""
    return " + ".join(CONDITION_NAMES.get(c, c) for c in split_group(group))


def split_group(group: str) -> tuple[str, ...]:
    """The condition labels of a focus group written as ``a;b``."""
    return tuple(part.strip() for part in group.split(";") if part.strip())


def pmid_order(pmid: str) -> tuple[int, str]:
    """Sort key: PMIDs numerically, anything else after them."""
    return (int(pmid), pmid) if pmid.isdigit() else (10**12, pmid)
