"""Equivalence read against the rest of the conclusion (R3, R4).

"As effective as" the comparator is no_effect (R4), unless the conclusion claims a
benefit first and the equivalence is at a later time ("sped early recovery, but
long-term outcomes were similar") or on another outcome ("reduced pain, but was not
more effective than quiet time in reducing anxiety"): then the outcomes split (R3).
What counts as a later time lives here too (``_LATER_TIME``, ``_later_hours``).
"""

from __future__ import annotations

import re

from ...records import Evidence
from .clauses import _CLAUSE_SPLIT, _COMPARING, _GENERIC, _TIME_WORDS, _clause
from .common import _FLAGS, _RULES
from .primary import outcome_words
from .reading import _Reading

_WITHIN = re.compile(_RULES["results"]["within"], _FLAGS)
_LATER_TIME = re.compile(_RULES["results"]["later_time"], _FLAGS)
# a change two arms share: "trigger point massage and placebo both reduced headaches"
_BOTH = re.compile(r"\b(?:and|or)\s+(?:[\w-]+\s+){1,4}?both\b", _FLAGS)
# the comparator after "as effective as" / "not superior to": up to a preposition that
# names an outcome, or the clause's end
_COMPARATOR = re.compile(r"[^,;.]*?(?=\s(?:in|for|on|at|regarding|with\s+respect\s+to)\s|[,;.]|$)")


def _later_equivalence(conclusion: _Reading, evidence: Evidence) -> bool:
    """An equivalence at a later time after a claim: a benefit not sustained (R3)."""
    for label, hit, sentence in conclusion.hits:
        if hit is evidence:
            return False
        if label == "positive":
            later = sentence[sentence.find(hit.text) :]
            return bool(_LATER_TIME.search(_clause(later, evidence.text)))
    return False


def _split_equivalence(conclusion: _Reading, evidence: Evidence) -> bool:
    """A claim on one outcome, then no better than the comparator on another ("reduced pain,
    but was not more effective than quiet time in reducing anxiety"): outcomes split (R3)."""
    for label, hit, sentence in conclusion.hits:
        if hit is evidence:
            return False
        if label != "positive" or evidence.text not in sentence:
            continue
        claim_at, same_at = sentence.find(hit.text), sentence.find(evidence.text)
        between = sentence[claim_at:same_at]
        if claim_at < same_at and _CLAUSE_SPLIT.search(between):
            if _WITHIN.search(sentence[:same_at]) or _BOTH.search(sentence, 0, same_at):
                return False  # "both groups improved; ... as effective as" (a shared change)
            claimed = outcome_words(sentence[:same_at]) - _GENERIC
            # the comparator named right after the cue is no outcome ("not superior to
            # sham ultrasound"); an outcome may follow it ("... in reducing anxiety")
            rest = sentence[same_at + len(evidence.text) :]
            rest = rest[_COMPARATOR.match(rest).end() :]
            other = outcome_words(evidence.text + rest) - _GENERIC - _COMPARING - _TIME_WORDS
            return bool(other - claimed)
    return False


# "at 90 minutes", "at 24 h": a time point within the first days
_AT_HOURS = re.compile(r"\bat\s+(\d+)\s*(minutes?|min|hours?|h)\b", _FLAGS)
_HOURS = re.compile(r"\b(\d+)\s*(minutes?|min|hours?|h)\b", _FLAGS)


def _later_hours(clause: str, sentence: str, reading: _Reading) -> bool:
    """A null "at 90 minutes" later than every time an advantage was seen at ("lower at
    30 min, but not at 90 minutes"; not "no difference at 24 h" before lower values at 48 h)."""
    null_at = [_in_minutes(m) for m in _AT_HOURS.finditer(clause)]
    if not null_at:
        return False
    shown = [
        _in_minutes(m)
        for label, _, other in reading.hits
        if label == "positive"
        for m in _HOURS.finditer(other.replace(clause, " "))
    ]
    return bool(shown) and max(null_at) > max(shown)


def _in_minutes(match: re.Match[str]) -> int:
    return int(match.group(1)) * (1 if match.group(2).lower().startswith("m") else 60)
