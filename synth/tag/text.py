"""Text helpers shared by the tagger's rule families.

Every rule family reads the same views of a record: its sections with their
place (for evidence), its sentences, its conclusion, and numbers written as
digits or words.  They live here so each family scans the text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from ..records import Record

T = TypeVar("T")


def per_record(function: Callable[[Record], T]) -> Callable[[Record], T]:
    """Keep ``function(record)`` for the last record it was given.

    The rule families read the same derived views of one record (its texts,
    head, conclusion) several times; this computes each once per record.
    Callers must not change the value they get.
    """
    last: list = [None, None]

    @wraps(function)
    def cached(record: Record) -> T:
        if last[0] is not record:
            last[1] = function(record)
            last[0] = record
        return last[1]

    return cached


_CONCLUSION_LABEL = re.compile(r"CONCLU|INTERPRETATION|IMPLICATION", re.IGNORECASE)

_CLOSING_LABEL = re.compile(r"DISCUSSION|SUMMARY|COMMENTS?$", re.IGNORECASE)
# an unlabelled abstract's own heading: "... findings. Conclusions: The best evidence ..."
_INLINE_CONCLUSION = re.compile(
    r"\s*(?:conclusions?|interpretation)\s*[:.]|\s*in\s+conclusion\b", re.IGNORECASE
)

# A sentence ends at . ! or ? followed by space and a capital, digit or bracket,
# unless the dot closes a common abbreviation or an initial (pieces re-joined).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|vs|al|Fig|ca|No|approx)|(?:^|\s)[A-Z])\.$")
# a run-in heading of an unlabelled abstract ("Conclusions. Neither ..."): part of the
# sentence it heads
_RUN_IN_HEADING = re.compile(
    r"(?:objectives?|aims?|purpose|background|introduction|methods?|design|setting|"
    r"participants|subjects|patients|interventions?|results?|findings|conclusions?|"
    r"interpretation|discussion|summary|main\s+outcome\s+measures?|measurements)\.",
    re.IGNORECASE,
)

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_SPECIAL = {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000}

NUMBER_WORDS: tuple[str, ...] = tuple(sorted({*_UNITS, *_TENS, *_SCALES}, key=len, reverse=True))
"""Every word :func:`parse_number` understands (longest first, for regex alternations)."""

_DIGITS = re.compile(r"\d{1,3}(?:[,\u2009\u202f ]\d{3})+|\d+")


def record_sections(record: Record) -> list[tuple[str, str]]:
    """The record's text as ``(where, text)`` pairs, title first.

    ``where`` is ``title``, ``abstract`` (unlabelled section) or
    ``abstract:<LABEL>``, ``mesh`` (one pair per heading, qualifiers after
    ``/``), ``publication_type`` and ``keyword`` (one pair each).
    """
    sections: list[tuple[str, str]] = []
    if record.title:
        sections.append(("title", record.title))
    for section in record.abstract:
        if section.text:
            sections.append((_abstract_where(section.label), section.text))
    for heading in record.mesh:
        sections.append(("mesh", " / ".join((heading.descriptor, *heading.qualifiers))))
    sections.extend(("publication_type", kind) for kind in record.publication_types)
    sections.extend(("keyword", word) for word in record.keywords)
    return sections


def _abstract_where(label: str | None) -> str:
    return f"abstract:{label.strip().upper()}" if label and label.strip() else "abstract"


def marked_nearby(text: str, at: int, marks: list[int], *, breaks: tuple[str, ...]) -> bool:
    """Whether one of ``marks`` lies in the stretch of ``text`` around ``at`` that runs
    between the nearest ``breaks`` (". " for a sentence, also ";" for a clause)."""
    start = max(text.rfind(mark, 0, at) for mark in breaks) + 1
    end = min((e for e in (text.find(mark, at) for mark in breaks) if e != -1), default=len(text))
    return any(start <= mark < end for mark in marks)


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences, keeping abbreviations and decimals whole."""
    return list(_split_sentences(text))


@lru_cache(maxsize=1024)
def _split_sentences(text: str) -> tuple[str, ...]:
    sentences: list[str] = []
    for piece in _SENTENCE_BREAK.split(text.strip()):
        if sentences and (
            _ABBREVIATION.search(sentences[-1], max(0, len(sentences[-1]) - 8))
            or _RUN_IN_HEADING.fullmatch(sentences[-1])
        ):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece.strip())
    return tuple(sentences)


@per_record
def conclusion_sentences(record: Record) -> list[tuple[str, str]]:
    """The authors' conclusion as ``(where, sentence)`` pairs.

    Sections labelled CONCLUSION(S), INTERPRETATION or IMPLICATIONS when the
    abstract has them, else a closing DISCUSSION, SUMMARY or COMMENT section;
    otherwise the last two sentences of the abstract (three
    when the abstract runs to eight sentences or more).
    """
    labelled = [
        (_abstract_where(s.label), sentence)
        for s in record.abstract
        if s.label and _CONCLUSION_LABEL.search(s.label)
        for sentence in split_sentences(s.text)
    ]
    if labelled:
        return labelled
    last = record.abstract[-1] if record.abstract else None
    if last is not None and last.label and _CLOSING_LABEL.match(last.label.strip()):
        return [(_abstract_where(last.label), s) for s in split_sentences(last.text)]
    pairs = [
        (_abstract_where(s.label), sentence)
        for s in record.abstract
        for sentence in split_sentences(s.text)
    ]
    keep = 3 if len(pairs) >= 8 else 2
    tail = pairs[-keep:]
    marked = [i for i, (_, sentence) in enumerate(tail) if _INLINE_CONCLUSION.match(sentence)]
    return tail[marked[-1] :] if marked else tail  # from an inline "Conclusions:" on


def parse_number(token: str) -> int | None:
    """``"1,250"`` -> 1250, ``"forty-two"`` -> 42, ``"one hundred and twenty"`` -> 120.

    Digits may use comma or thin-space thousands separators; words go up to
    the thousands. Anything else (decimals, ranges, ordinary words) is None.
    """
    text = token.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        match = _DIGITS.fullmatch(text)
        return int(re.sub(r"\D", "", text)) if match else None
    if text in _SPECIAL:
        return _SPECIAL[text]
    return _parse_words(text)


def _parse_words(text: str) -> int | None:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w != "and"]
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current
