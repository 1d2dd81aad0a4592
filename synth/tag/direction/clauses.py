"""Clauses of a result sentence and the outcomes they name (R2, R3).

A null result counts against a claim only when it is about a main outcome: these
helpers cut a sentence into clauses, read the outcome words of the clause holding a
cue (or of the clause before it, when it names none: "anxiety was lower, but the
difference was not significant"), and tell nulls on the named primary outcome from
nulls on outcomes the abstract declares secondary or only names in passing.
"""

from __future__ import annotations

import re

from ...records import Evidence, Record
from .common import _FLAGS, _RULES
from .primary import outcome_words, primary_words, secondary_words

_GENERIC = frozenset(_RULES["results"]["generic_words"])
_TIME_WORDS = frozenset(_RULES["results"]["time_words"])
_COMPARING = frozenset(_RULES["results"]["comparison_words"])
# how a result moved, not what it was about
_CHANGE_WORDS = frozenset(_RULES["results"]["change_words"])
_COURSE = re.compile(_RULES["results"]["course_outcome"], _FLAGS)
_CO_PRIMARY = re.compile(_RULES["results"]["co_primary"], _FLAGS)
_BRACKETS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z][a-z-]{3,}")
_CLAUSE_SPLIT = re.compile(
    r";|,\s+(?:and|but|whereas|while|although|though)\s+|\s+(?:but|whereas|while)\s+"
    # ", with no additional effect on disability": a clause naming its own outcome
    r"|,\s+(?=with\s+(?:no|little)\s+(?:\w+\s+){0,2}?(?:effect|benefit|change|improvement|difference)s?\s+(?:on|in)\b)"
)
_CLAUSE_STOPS = (";", " whereas ", " while ", " but ", ", and ", " although ", ", with no ")


def _co_primary(record: Record) -> bool:
    return any(_CO_PRIMARY.search(section.text) for section in record.abstract)


def _main_nulls(
    hits: list[tuple[str, Evidence, str]], record: Record
) -> list[tuple[Evidence, str]]:
    """Null results that may be on a main outcome: every one, or when the abstract
    names its primary outcome, those whose clause names it (R3: null secondary
    outcomes do not count)."""
    nulls = [(ev, sentence) for label, ev, sentence in hits if label == "null"]
    primary = primary_words(record)
    if not primary:
        return nulls
    # words the title shares with the primary outcome ("headache") name the condition:
    # a null on "headache intensity" is not one on "the number of headache days"
    title = outcome_words(record.title) if record.title else set()
    title |= {word[:-1] for word in title if word.endswith("s")}  # "cramps" names "cramp"
    specific = primary - title
    kept = []
    for ev, sentence in nulls:
        shared = primary & _null_words(sentence, ev.text)
        # what the null is about: the words of its clause before the cue
        other = _subject_words(sentence, ev.text) - primary - _GENERIC - _TIME_WORDS
        if shared and (shared - title or not specific or not other - _COMPARING - _CHANGE_WORDS):
            kept.append((ev, sentence))
    return kept


def _null_words(sentence: str, cue: str) -> set[str]:
    """The outcome words of a null result: its clause's, or the clause's before it when
    it names none ("anxiety was lower, but the difference was not significant")."""
    clauses = _clauses(sentence)
    at = max(sentence.find(cue), 0)
    for index, (start, end) in enumerate(clauses):
        if start <= at < end:
            words = outcome_words(sentence[start:end])
            named = outcome_words(_BRACKETS.sub(" ", sentence[start:end]))  # not "(95% CI ...)"
            if named - _GENERIC - _TIME_WORDS - _COMPARING - _CHANGE_WORDS or index == 0:
                return words
            previous_start, previous_end = clauses[index - 1]
            return outcome_words(sentence[previous_start:previous_end])
    return outcome_words(sentence)


def _declared_secondary(sentence: str, cue: str, record: Record) -> bool:
    """Whether a null is about outcomes the abstract declares secondary only."""
    secondary = secondary_words(record)
    if not secondary:
        return False
    subject = _subject_words(sentence, cue) - _GENERIC - _TIME_WORDS - _COMPARING
    return bool(subject) and subject <= secondary


def _subject_words(sentence: str, cue: str) -> set[str]:
    """Outcome words of the cue's clause before the cue ("Headache intensity did not
    differ" -> headache, intensity)."""
    at = max(sentence.find(cue), 0)
    start = next((s for s, e in _clauses(sentence) if s <= at < e), 0)
    return outcome_words(sentence[start:at])


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause; breaks inside brackets ("(95% CI -0.5 to 4.3; p = 0.12)")
    do not count."""
    masked = _BRACKETS.sub(lambda m: "(" + "x" * (len(m.group()) - 2) + ")", sentence)
    spans, start = [], 0
    for match in _CLAUSE_SPLIT.finditer(masked):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return spans


def _whole_clause_words(sentence: str, cue: str) -> set[str]:
    """Words of the whole clause holding a cue ("OSDI improved in both groups, with no
    significant difference ... p = 0.21": the outcome may stand far from the cue)."""
    at = max(sentence.find(cue), 0)
    for start, end in _clauses(sentence):
        if start <= at < end:
            return outcome_words(sentence[start:end])
    return _clause_words(sentence, cue)


def _denied(sentence: str, cue: str, hits: list[tuple[str, Evidence, str]]) -> bool:
    """Whether a null cue denies the positive ``cue``: later in its clause ("a survival
    benefit was not shown": the benefit is the null's subject) or right before it ("its
    effect on pain was not significantly greater"). Such a word is no claim."""
    at = max(sentence.find(cue), 0)
    for start, end in _clauses(sentence):
        if start <= at < end:
            return any(
                label == "null"
                and (
                    at < sentence.find(ev.text, at) < end
                    or 0 <= at - (sentence.find(ev.text, start) + len(ev.text)) <= 2
                )
                for label, ev, other in hits
                if other == sentence
            )
    return False


def _primary_nulls(hits: list[tuple[str, Evidence, str]], record: Record) -> bool:
    """A null result on the primary outcome the abstract names."""
    return bool(primary_words(record)) and bool(_main_nulls(hits, record))


def _unclaimed_course(sentence: str, keys: set[str]) -> str:
    """``sentence`` with outcomes of the course of care blanked out ("the duration of
    labour did not differ"), unless their first word is claimed (R3)."""
    if " of " not in sentence:
        return sentence
    return _COURSE.sub(
        lambda m: m.group() if m.group(1).lower() in keys else " " * len(m.group()), sentence
    )


def _clause_words(sentence: str, cue: str) -> set[str]:
    """Words of the clause around a null cue (the outcome that did not differ)."""
    return set(_WORD.findall(_clause(sentence, cue).lower()))


def _clause(sentence: str, cue: str) -> str:
    """The clause around a null cue: up to 90 characters before it and 60 after,
    cut at the nearest clause break on each side."""
    at = max(sentence.find(cue), 0)
    start = max(0, at - 90)
    end = min(len(sentence), at + len(cue) + 60)
    for stop in _CLAUSE_STOPS:
        left = sentence.rfind(stop, start, at)
        if left != -1 and at - left - len(stop) > 2:
            start = left + len(stop)
        right = sentence.find(stop, at + len(cue), end)
        if right != -1:
            end = right
    return sentence[start:end]


def _last_part(clause: str, cue: str) -> str:
    """The clause from its last 'and' or 'but' before the cue: "the effect was modest and
    intensity was unchanged" -> "intensity was unchanged"."""
    at = clause.find(cue)
    parts = _JOINS.split(clause[: max(at, 0)])
    return parts[-1] + clause[max(at, 0) :]


_JOINS = re.compile(r"\b(?:and|but|while|whereas)\b", _FLAGS)
