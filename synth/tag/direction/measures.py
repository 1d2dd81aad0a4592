"""Which measure a result is about: the aim's measure against another one of the same
condition (R3), and the words that name the massage itself rather than an outcome."""

from __future__ import annotations

import re

from ...records import Record
from ..text import per_record
from .clauses import _COMPARING, _GENERIC, _TIME_WORDS, _clause_words, _subject_words
from .common import _FLAGS, _RULES, _texts
from .gate import _abbreviations, _head
from .primary import outcome_words
from .reading import _Reading

_OBJECTIVE = re.compile(_RULES["results"]["objective_sentence"], _FLAGS)
_MARKERS = re.compile(_RULES["results"]["marker_outcomes"], _FLAGS)


def _marker_words(sentence: str, *, conclusion: _Reading, record: Record) -> set[str]:
    """The words of the vital signs, markers or safety counts ``sentence`` names that
    neither the title nor the conclusion names: a null on them alone is secondary (R3)."""
    named = _words(_MARKERS.findall(sentence))
    if not named:
        return set()
    said = " ".join([record.title or ""] + [clause for _, _, clause in conclusion.hits])
    return named - _words(_MARKERS.findall(said))


def _words(phrases: list[str]) -> set[str]:
    return {word for phrase in phrases for word in re.findall(r"[a-z0-9]+", phrase.lower())}


def _other_measure(
    shared: set[str],
    sentence: str,
    *,
    cue: str,
    keys: set[str],
    conclusion: _Reading,
    record: Record,
) -> bool:
    """A null that shares only the title's condition word with the main outcomes, on a
    measure of its own, beside a claim on the measure the aim names ("to test whether
    massage reduces the frequency of headache ... Headache intensity did not differ"):
    a secondary result, not a split (R3)."""
    title = outcome_words(record.title) if record.title else set()
    claimed: set[str] = set()
    for label, evidence, clause in conclusion.hits:
        if label == "positive":
            claimed |= _clause_words(clause, evidence.text)
    if shared - (title & claimed):
        return False  # the null names more than the condition the claim also names
    measure = claimed - title - _GENERIC - _TIME_WORDS - _massage_names(record)
    aim = {
        word
        for where, text in _head(record)
        if where != "title" and (where != "abstract" or _OBJECTIVE.search(text))
        for word in outcome_words(text)
    }
    if not measure & aim:
        return False  # the claimed measure is not the one the aim names
    other = _subject_words(sentence, cue) - keys - _GENERIC - _TIME_WORDS - _COMPARING
    return bool(other)


@per_record
def _massage_names(record: Record) -> set[str]:
    return {abbr.lower() for abbr in _abbreviations(_texts(record))}
