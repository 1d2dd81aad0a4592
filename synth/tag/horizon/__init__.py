"""Outcome horizon and follow-up days (TAXONOMY.md section 4, rules H1-H6).

Every time expression of the title and abstract is found in one pass
("at 4, 10 and 26 weeks", "a 6-month follow-up", "24 h after", "week 12"),
expressions that are not study time (ages, gestation, symptom history,
frequencies, dates) are dropped, and the rest are sorted into treatment spans
and time points, points counted after the end of treatment ("6 weeks after
the last session") and ambiguous "N-month follow-up"s. The latest point
counted from the first massage gives the horizon (H1); a study with minutes or
hours only is ``immediate`` when it is one session (H2). The vocabularies and
patterns live in ``rules/horizon.toml``.

Modules: ``items`` reads time expressions, ``mentions`` keeps those that are
study time and gives each its role, ``spans`` finds treatment spans stated
otherwise, ``sessions`` tells one session from several, ``ages`` reads points stated as
a child's age, ``classify`` picks the latest point and its bucket; ``common``
holds what they share.
"""

from __future__ import annotations

import re

from ...records import Evidence, Record
from ..text import per_record
from .classify import _review_horizon, _study_horizon
from .common import _RULES, SHARED_GROUP
from .mentions import _GESTATIONAL_CONTEXT, _find_mentions

__all__ = ["SHARED_GROUP", "tag_horizon"]


_NO_HORIZON = frozenset({"protocol", "qualitative", "other"})
_REVIEWS = frozenset({"review", "systematic_review"})
_SURVEY = re.compile(_RULES["survey"]["named"])  # (searched in the lower-cased text)
_PROSPECTIVE = re.compile(_RULES["survey"]["prospective"])


def tag_horizon(record: Record, *, design: str) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """The horizon label, follow-up days and evidence of ``record`` (TAXONOMY.md §4)."""
    if design in _NO_HORIZON:
        return "not_reported", None, (Evidence("default", f"no outcome time for {design}"),)
    texts = _texts(record)
    lower = "\n".join(text for _, text in texts).lower()
    pregnancy = any(word in lower for word in _GESTATIONAL_CONTEXT)
    mentions = [m for where, text in texts for m in _find_mentions(where, text, pregnancy)]
    if design in _REVIEWS:
        return _review_horizon(mentions)
    if _survey(design, lower) and not any(m.follow for m in mentions):
        return "not_reported", None, (Evidence("default", "survey without a follow-up"),)
    return _study_horizon(texts, mentions, lower=lower, animal=design == "animal_lab")


def _survey(design: str, lower: str) -> bool:
    """An observational study that asks its participants once."""
    if design != "observational" or ("survey" not in lower and "questionnaire" not in lower):
        return False  # (plain substring tests first: the patterns are slow to scan for)
    if "prospective" in lower and _PROSPECTIVE.search(lower):
        return False
    return _SURVEY.search(lower) is not None


# Sections about practice or registration state no study time ("Managers could offer
# short massage sessions", "registered 12 March 2019")
_NO_STUDY_TIME = re.compile(
    r"^(?:IMPLICATIONS|RELEVANCE|RECOMMENDATIONS?\b|(?:CLINICAL\s+)?PRACTICE\s+IMPLICATIONS"
    r"|TRIAL\s+REGISTRATION|REGISTRATION|FUNDING)"
)


@per_record
def _texts(record: Record) -> list[tuple[str, str]]:
    texts = [("title", record.title)] if record.title else []
    for section in record.abstract:
        label = section.label.strip().upper() if section.label and section.label.strip() else ""
        if label and _NO_STUDY_TIME.match(label):
            continue
        texts.append((f"abstract:{label}" if label else "abstract", section.text))
    return texts
