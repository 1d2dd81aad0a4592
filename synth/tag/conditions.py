"""``conditions``: the conditions or populations a study addresses (C1-C6)."""

from __future__ import annotations

import re

from ..records import Evidence, Record
from .cues import CueScanner
from .tables import TAG_GROUP, LabelledPatterns, load_rules
from .text import marked_nearby, split_sentences

_RULES = load_rules("conditions")
_SCANNER = CueScanner(_RULES["cues"], group=TAG_GROUP)
_EXCLUSION = LabelledPatterns(
    (("excluded", pattern) for pattern in _RULES["exclusion_clause"]), group=TAG_GROUP
)
_CLAUSE = (". ", ";")
_CHECK_TAGS = frozenset(_RULES["mesh_check_tags"])
_MESH_QUALIFIERS = frozenset(_RULES["mesh_qualifiers"])
_BACKGROUND = tuple(_RULES["background_sections"])
_SETTING = frozenset(_RULES["setting_sections"])
_FOCUS_SECTIONS = tuple(_RULES["focus_sections"])
_CONCLUSION_SENTENCE = re.compile("|".join(_RULES["conclusion_sentence"]), re.IGNORECASE)
_SECONDARY = re.compile(
    r"\bsecondary\s+(?:outcomes?|end-?points?|measures?|variables?)\b|\bsecondary\s*:",
    re.IGNORECASE,
)
_FOCUS_SENTENCE = re.compile("|".join(_RULES["focus_sentence"]), re.IGNORECASE)
_RESULTS = tuple(f"abstract:{label}" for label in _RULES["results_sections"])
_AGE_NEEDLES = tuple(_RULES["neonatal_age"]["needles"])
_AGE_PHRASE = re.compile(_RULES["neonatal_age"]["phrase"], re.IGNORECASE)
_DAYS_BEFORE = re.compile(_RULES["neonatal_age"]["days_before"])
_WEEKS_BEFORE = re.compile(_RULES["neonatal_age"]["weeks_before"])
_REVIEWS = frozenset({"review", "systematic_review"})
_HARM_TITLE = re.compile(_RULES["harm_title"], re.IGNORECASE)
_HARM_DESIGNS = frozenset(_RULES["harm_designs"])
_HARM_REVIEW = re.compile(_RULES["harm_review_title"], re.IGNORECASE)
_HARM_KEEPS = frozenset(_RULES["harm_keeps"])
_HARM_INJURY = re.compile(_RULES["harm_injuries"], re.IGNORECASE)
_HARM_SYMPTOMS = re.compile(_RULES["harm_symptoms"], re.IGNORECASE)
_SYMPTOMS_END = re.compile(_RULES["harm_symptoms_end"], re.IGNORECASE)
_BLOCKERS = frozenset({"ignore"})
_ONLY_ALONE = ("healthy_physiology",)
_ALONE_OK = frozenset({"mental_health", "sleep", "healthy_physiology"})
_STRESS_LABELS = frozenset({"mental_health", "sleep"})  # where BP and heart rate are markers
# ... and in patients whose vital signs are monitored anyway (intensive care, preterm infants)
_MONITORED = frozenset({"critical_surgical_care", "preterm_neonatal"})
_VARIABILITY = re.compile(r"variability|\bHRV\b", re.IGNORECASE)


def tag_conditions(
    record: Record, *, kind: str = "therapeutic", design: str = ""
) -> tuple[tuple[str, ...], tuple[Evidence, ...]]:
    """Sorted condition labels and one piece of evidence per label."""
    found: dict[str, Evidence] = {}
    weak: dict[str, Evidence] = {}
    # reviews name their conditions in the results, unless the results are the harms found
    read_results = design in _REVIEWS and not _HARM_REVIEW.search(record.title)
    places = _places(record)
    harm = _HARM_TITLE.match(record.title) if design in _HARM_DESIGNS else None
    for where, text, focus in places:
        excluded = [mark.start for mark in _EXCLUSION.finditer(text)]
        symptoms = list(_HARM_SYMPTOMS.finditer(text)) if harm is not None else []
        for hit in _SCANNER.patterns.finditer(text, blockers=_BLOCKERS):
            label, _, scope = hit.label.partition("|")
            if label == "ignore" or (
                excluded and marked_nearby(text, hit.start, excluded, breaks=_CLAUSE)
            ):
                continue
            if symptoms and _presented_with(text, hit.start, symptoms):
                continue
            if _counts(where, text, focus, hit.start, scope, read_results):
                _keep(found, weak, label, scope, Evidence(where, hit.text))
    if "pediatric|infant" in weak and "preterm_neonatal" not in found:  # infants, of what age?
        _neonatal_age(found, [(w, t) for w, t, _ in places if not w.startswith(_RESULTS)])
    if harm is not None:
        _drop_harms(found, harm)
    if design in _HARM_DESIGNS and (harm is not None or _HARM_REVIEW.search(record.title)):
        for label, evidence in list(found.items()):
            if (
                label not in _HARM_KEEPS
                and evidence.where != "title"  # ("Scar massage after burn injury": the burns)
                and _HARM_INJURY.fullmatch(evidence.text)
            ):
                del found[label]  # an injury in the abstract of a report of harms is a harm (C1)
    _resolve(found, weak, kind=kind, design=design)
    labels = tuple(sorted(found))
    if not labels:
        return (), (Evidence("default", "no condition named"),)
    return labels, tuple(found[label] for label in labels)


def _presented_with(text: str, at: int, marks: list[re.Match[str]]) -> bool:
    """In a report of harm, a label in what the patient "presented with" (up to the end
    of the clause, or to "after ...", which names what came before) is the harm too."""
    for mark in marks:
        if mark.end() <= at and not _SYMPTOMS_END.search(text, mark.end(), at):
            return True
    return False


def _drop_harms(found: dict, harm: re.Match[str]) -> None:
    """C1: what a title names as a harm of massage is an adverse event, not the population."""
    for hit in _SCANNER.patterns.finditer(harm.group("harm")):
        label, _, scope = hit.label.partition("|")
        if label != "ignore" and not scope:
            for name in label.split("+"):
                if name not in _HARM_KEEPS:
                    found.pop(name, None)


def _neonatal_age(found: dict, places: list[tuple[str, str]]) -> None:
    """C2: infants enrolled before 28 days of age ("at 10 to 21 days after birth")."""
    for where, text in places:
        lower = text.lower()
        if not any(needle in lower for needle in _AGE_NEEDLES):
            continue
        for phrase in _AGE_PHRASE.finditer(text):
            before = _DAYS_BEFORE if phrase.group("days") else _WEEKS_BEFORE
            number = before.search(text, max(0, phrase.start() - 16), phrase.start())
            if number is not None:
                found["preterm_neonatal"] = Evidence(where, text[number.start() : phrase.end()])
                return


def _counts(
    where: str, text: str, focus: bool | None, start: int, scope: str, read_results: bool
) -> bool:
    """Does a hit at ``start`` count, given where it is (C1 focus places, results)?"""
    if scope in ("focus", "marker"):
        if focus is False or (focus is None and not _focus_sentence(text, start)):
            return False
        return not _SECONDARY.search(_sentence_at(text, start))  # no secondary-outcome clause
    return read_results or focus is not False or not where.startswith(_RESULTS)


def _keep(found: dict, weak: dict, label: str, scope: str, evidence: Evidence) -> None:
    for name in label.split("+"):
        if scope == "weak":
            weak.setdefault(name, evidence)
        elif scope in ("infant", "marker"):
            weak.setdefault(f"{name}|{scope}", evidence)
        else:
            found.setdefault(name, evidence)


def _marker(found: dict, weak: dict, *, design: str) -> bool:
    """C1: blood pressure or heart rate counts as cardiovascular unless it is a marker of
    stress or sleep, of an animal model, or of healthy volunteers' physiology; heart rate
    variability in healthy volunteers is both (True: keep healthy_physiology too)."""
    marker = weak.get("cardiovascular|marker")
    if not marker or design == "animal_lab" or (_STRESS_LABELS | _MONITORED) & set(found):
        return False
    if "healthy_physiology" not in found:
        found.setdefault("cardiovascular", marker)
        return False
    if _VARIABILITY.search(marker.text):
        found.setdefault("cardiovascular", marker)
        return True
    return False


def _resolve(found: dict, weak: dict, *, kind: str, design: str) -> None:
    """Apply the rules that look at the whole label set (C2, C6, weak cues)."""
    for label, specs in _RULES["implied_by"].items():
        for spec in specs if isinstance(specs, list) else [specs]:
            explained = label in found and any(by in found for by in spec["by"])
            if explained and found[label].text.lower() in spec["phrases"]:
                del found[label]  # "leg pain" in a study of sciatica
    for label in _RULES["kind_excludes"].get(kind, ()):
        found.pop(label, None)  # a stroke after carotid sinus massage is a complication
    for label in _RULES["kind_conditions"].get(kind, ()):
        found.setdefault(label, Evidence("massage_kind", kind))
    infants = "pediatric|infant" in weak and kind not in _RULES["infant_is_the_birth"]
    if infants and "preterm_neonatal" not in found:
        found.setdefault("pediatric", weak["pediatric|infant"])
    both = _marker(found, weak, design=design)
    if not set(found) - _ALONE_OK and "healthy_physiology" not in found:
        # (weak cues name no one when the study names healthy volunteers: "manual lymph
        # drainage in healthy volunteers" is physiology, not lymphoedema)
        for label, evidence in weak.items():
            if "|" not in label:
                found.setdefault(label, evidence)
    if set(found) - _ALONE_OK and not both:
        for label in _ONLY_ALONE:
            found.pop(label, None)
    if design == "animal_lab":
        for label in _RULES["animal_title_only"]:
            if label in found and found[label].where != "title":
                del found[label]
    if design == "animal_lab" and not found:
        found.setdefault(
            _RULES["animal_default"], Evidence("default", "animal study, no condition")
        )
    if design in _RULES["no_condition_trial_designs"] and not found:
        found[_RULES["animal_default"]] = Evidence("default", f"{design} with no condition named")


def _places(record: Record) -> list[tuple[str, str, bool | None]]:
    """``(where, text, focus)``; focus None means "decide per sentence"."""
    places: list[tuple[str, str, bool | None]] = []
    if record.title:
        places.append(("title", record.title, True))
    for section in record.abstract:
        label = (section.label or "").strip().upper()
        if not label:
            places.append(("abstract", section.text, None))
        elif label in _SETTING:
            continue
        elif label.startswith(_FOCUS_SECTIONS):
            places.append((f"abstract:{label}", section.text, True))
        elif not label.startswith(_BACKGROUND):
            places.append((f"abstract:{label}", section.text, False))
    treated = [
        heading.descriptor
        for heading in record.mesh
        if (heading.major or _MESH_QUALIFIERS.intersection(heading.qualifiers))
        and heading.descriptor not in _CHECK_TAGS
    ]
    if treated:  # one joined text: one scan instead of one per heading
        places.append(("mesh", "; ".join(treated), True))
    if record.keywords:
        places.append(("keyword", "; ".join(record.keywords), True))
    return places


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("; ", 0, pos)) + 1
    end = text.find(". ", pos)
    return text[start : len(text) if end < 0 else end]


def _focus_sentence(text: str, pos: int) -> bool:
    """In an unlabelled abstract: is the hit at ``pos`` in an aim or conclusion sentence?"""
    sentences = split_sentences(text)
    offset = 0
    for index, sentence in enumerate(sentences):
        offset = text.find(sentence, offset)
        if offset <= pos < offset + len(sentence):
            last = len(sentences) - 1
            concluding = index == last or (
                index == last - 1 and _CONCLUSION_SENTENCE.search(sentence) is not None
            )
            return concluding or _FOCUS_SENTENCE.search(sentence) is not None
        offset += len(sentence)
    return False
