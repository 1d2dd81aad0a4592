"""The primary outcome, where the abstract names it (R2, R3).

"Muscle soreness (primary outcome)", "Headache frequency, the primary
outcome, ...", "The primary outcome was pain intensity at 4 weeks": the
content words of the named outcome. A null result whose clause names none of
them is about a secondary outcome, and does not make a positive result
``no_effect`` or ``mixed``; one that names them is the primary comparison.
"""

from __future__ import annotations

import re

from ...records import Record
from ..text import per_record
from .common import _FLAGS, _RULES

_TERM = _RULES["primary"]["term"]  # "primary outcome", "main end point", "principal measure"
_NAMED = [
    re.compile(pattern.replace("{PRIMARY}", _TERM), _FLAGS)
    for pattern in _RULES["primary"]["named"]
]
_SECONDARY = [re.compile(pattern, _FLAGS) for pattern in _RULES["primary"]["secondary"]]
_WORD = re.compile(r"[a-z][a-z-]{3,}")
# where the outcome's name ends and its measurement begins: "perineal trauma requiring
# suturing, recorded at delivery by midwives", "pain intensity at 4 weeks"
_OUTCOME_END = re.compile(
    r",\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|\s(?:at|by|using|during|after|before|on\s+day)\s",
    re.IGNORECASE,
)
_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})[),;]")
_AND_NEXT = re.compile(r"\)\s+and\s+(.+)")  # "(NRS) and KOOS function at 6 weeks"
_ABBREVIATION = re.compile(r"\b[A-Z]{2,3}\b")
# every pattern names one of these ("primary outcome", "main end point", "(primary)"); each
# starts with a plain word, which the regex engine finds fast in the lower-cased text (an
# alternation of words, or the whole term, is several times slower to scan for)
_NOUNS = r"\s+(?:outcome|end|measure|variable|index|parameter)"
_MARKER = (
    re.compile(rf"primary(?:{_NOUNS}|\s*[):])"),
    re.compile(rf"main(?:{_NOUNS}|\s+interest)"),
    re.compile(rf"principal{_NOUNS}"),
)
_SECONDARY_MARKER = (re.compile(r"secondary(?:\s+(?:outcome|end)|\s*:)"),)
_BEFORE, _AFTER = 170, 120  # the text around "primary" the patterns may match in
_NOT_OUTCOME = frozenset(_RULES["results"]["generic_words"]) | frozenset(
    _RULES["results"]["time_words"]
)


@per_record
def primary_words(record: Record) -> frozenset[str]:
    """Content words of the primary outcome the abstract names (empty when none)."""
    return _named_words(record, _MARKER, _NAMED)


@per_record
def secondary_words(record: Record) -> frozenset[str]:
    """Content words of the outcomes the abstract declares secondary (empty when none)."""
    return _named_words(record, _SECONDARY_MARKER, _SECONDARY) - primary_words(record)


def _named_words(
    record: Record, markers: tuple[re.Pattern[str], ...], named: list
) -> frozenset[str]:
    words: set[str] = set()
    for section in record.abstract:
        text, lower = section.text, section.text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer: keep offsets
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        # the patterns run only around each marker ("primary outcome"): they are slow to scan
        for at in sorted(m.start() for marker in markers for m in marker.finditer(lower)):
            start = lower.rfind(" ", 0, max(0, at - _BEFORE)) + 1  # a word start
            for regex in named:
                for match in regex.finditer(text, start, at + _AFTER):
                    words.update(outcome_words(_outcome_names(match.group("o"))))
                    short = _ABBREVIATION_AFTER.match(text, match.end("o"))
                    if short:  # "The Neck Disability Index (NDI) was the primary outcome"
                        words.add(short.group(1).lower())
    return frozenset(words - _NOT_OUTCOME)


def _outcome_names(text: str) -> str:
    """The outcomes' names without their measurement, also of a second outcome named after
    the first one's time: "pain at rest on day 5 (NRS) and KOOS function at 6 weeks"."""
    head = _OUTCOME_END.split(text, 1)[0]
    later = _AND_NEXT.search(text, len(head))
    if later is None:
        return head
    return f"{head} {_OUTCOME_END.split(later.group(1), 1)[0]}"


def outcome_words(text: str) -> set[str]:
    """Lower-case words of four letters or more, and short capitalised abbreviations
    ("CSS", "VAS") that name an outcome."""
    return {*_WORD.findall(text.lower()), *(a.lower() for a in _ABBREVIATION.findall(text))}


def names_primary(words: set[str], primary: frozenset[str]) -> bool:
    """Whether a clause's ``words`` name the primary outcome."""
    return not primary.isdisjoint(words)
