"""Between-group results: an advantage of one arm, or a change every arm shared (R2).

"Both groups improved, and massage was superior to touch": only the second
clause compares the arms.  A conclusion's claim with no comparison in it
("massage reduced anxiety"), where every arm improved alike, is no advantage.
"""

from __future__ import annotations

import re

from ...records import Evidence, Record
from ..guard import guard_pattern
from .clauses import _CLAUSE_SPLIT
from .common import _FLAGS, _RULES
from .equivalence import _WITHIN
from .primary import names_primary, outcome_words, primary_words
from .reading import _read, _Reading


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(guard_pattern("|".join(f"(?:{p})" for p in patterns)), _FLAGS)


_BETWEEN = _any(_RULES["results"]["between"])
# an observational series' change from its start ("fatigue fell from 6.4 to 4.1")
_SERIES_CHANGE = re.compile(_RULES["results"]["series_change"], _FLAGS)
_UNDONE = re.compile(_RULES["results"]["undone"], _FLAGS)
# a difference "in favour of massage" with p = 0.12 is no advantage on the primary outcome
_NS = re.compile(
    r"\bp\s*[=>]\s*0?\.(?:[1-9]|0[5-9])|\bnot\s+(?:statistically\s+)?significant"
    r"|\btrends?\s+(?:towards?|for)\b",
    _FLAGS,
)
# a comparison marked not significant: "8 of 39 without (n.s.)"
_MARKED_NS = re.compile(r"\bn\.\s?s\.?(?=[\s),;]|$)", _FLAGS)
_CHANGED = re.compile(
    r"\b(?:fell|fallen|improved|decreased|declined|reduced|dropped|rose|increased)\b", _FLAGS
)
# a claim that compares the arms ("calmed agitation more than rest")
_COMPARING_CLAIM = re.compile(r"\b(?:than|superior|greater|better|more)\b", _FLAGS)


def _between_advantage(
    results: list[tuple[str, str]], *, about: frozenset[str] = frozenset()
) -> bool:
    """A between-group advantage in some clause that is not about change within groups
    ("both groups improved, and massage was superior to touch": the second clause);
    with ``about`` (the primary outcome's words), only in a clause that names it."""
    return any(
        _BETWEEN.search(clause)
        and not _WITHIN.search(clause)
        and not _MARKED_NS.search(clause)
        and (not about or (names_primary(outcome_words(clause), about) and not _NS.search(clause)))
        for _, sentence in results
        if _BETWEEN.search(sentence) and not _UNDONE.search(sentence)
        for clause in _CLAUSE_SPLIT.split(sentence)
    )


def _alike_in_every_arm(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record
) -> Evidence | None:
    """Both groups improved and the results call them alike ("no significant difference
    between"), with no between-group advantage: the conclusion's claim ("massage reduced
    anxiety", no comparison in it) is the change every arm shared (R2). The equivalence,
    else None."""
    if _comparing_claim(conclusion):
        return None
    same = _read(results, record).first("equivalent")
    if same is None or _between_advantage(results):
        return None
    return same if any(_WITHIN.search(sentence) for _, sentence in results) else None


def _main_outcome_alike(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record
) -> Evidence | None:
    """For a conclusion with no null of its own: the main outcome itself improved in every
    arm ("State anxiety fell from baseline in both the experimental and the control group"),
    a null or equivalence stands in the results, and nothing shows an advantage on the
    primary outcome (when the abstract names one) (R2). That null, else None."""
    if _comparing_claim(conclusion):
        return None
    same = _read(results, record).first("equivalent", "null")
    primary = primary_words(record)
    if same is None or _between_advantage(results, about=primary):
        return None
    for _, sentence in results:
        if (
            _WITHIN.search(sentence)
            and _CHANGED.search(sentence)
            and not _COMPARING_CLAIM.search(sentence)
            and (not primary or names_primary(outcome_words(sentence), primary))
        ):
            return same
    return None


def _comparing_claim(conclusion: _Reading) -> bool:
    """A positive claim that compares the arms ("calmed agitation more than rest")."""
    return any(
        _COMPARING_CLAIM.search(sentence)
        for label, _, sentence in conclusion.hits
        if label == "positive"
    )


def _series_changed(results: list[tuple[str, str]], reading: _Reading) -> bool:
    """A series' change from its start, stated without a null in its clause ("pain
    decreased from 5.6 to 4.9 (p = 0.14)" is no change the study could show; "attacks fell
    from 11 to 6; skin temperature did not change" is)."""
    for _, sentence in results:
        change = _SERIES_CHANGE.search(sentence)
        if change is None:
            continue
        turn = _CLAUSE_END.search(sentence, change.end())
        clause = sentence[change.start() : turn.start() if turn else len(sentence)]
        if not any(
            label == "null" and other == sentence and ev.text in clause
            for label, ev, other in reading.hits
        ):
            return True
    return False


_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\s+(?:while|whereas|but)\s", _FLAGS)
