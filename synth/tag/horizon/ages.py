"""Outcome points stated as a child's age, counted from the age at entry (H1).

"Ninety-six infants aged 6 months were randomised ... assessed at 9 and 12
months of age": the last point is 12 - 6 = 6 months after entry.  "At 12 months
corrected age" counts from term, so a start "at 32 weeks' postmenstrual age"
adds the 8 weeks before term.  A point with no entry age stated counts from
birth.  Only records about infants are read.  In pregnancy, a point stated as
a gestational week ("at 36 weeks' gestation") counts the same way from the
week at entry.  The rules are in ``rules/horizon.toml`` ``[ages]``.
"""

from __future__ import annotations

import re

from ...records import Evidence
from ..text import parse_number, split_sentences
from .common import _FLAGS, _RULES

_AGES = _RULES["ages"]
_CONTEXT = tuple(_AGES["context"])
_NEEDLES = tuple(_AGES["needles"])
_N = _AGES["number"]
_POINTS = [re.compile(p.replace("{N}", _N), _FLAGS) for p in _AGES["point"]]
_ENTRY = [re.compile(p.replace("{N}", _N), _FLAGS) for p in _AGES["entry"]]
_ENTRY_SENTENCE = re.compile(_AGES["entry_sentence"], _FLAGS)
_MEASURED = re.compile(_AGES["measured"], _FLAGS)
_TERM_START = re.compile(_AGES["term_start"], _FLAGS)
_TERM_WEEKS = int(_AGES["term_weeks"])
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_GESTATION_POINT = re.compile(_AGES["gestation_point"], _FLAGS)
_GESTATION_NOT_POINT = re.compile(_AGES["gestation_not_point"], _FLAGS)
_GESTATION_ENTRY = re.compile(_AGES["gestation_entry"], _FLAGS)
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*", _FLAGS)


def age_points(
    texts: list[tuple[str, str]], *, lower: str
) -> tuple[list[tuple[float, Evidence]], list[float]]:
    """The outcome points stated as an age, in days after entry, and the ages (in days
    from birth) they replace: "no differences at 6 or 12 months" then names those ages."""
    if not any(word in lower for word in _NEEDLES) or not any(word in lower for word in _CONTEXT):
        return [], []
    if not any(pattern.search(text) for _, text in texts for pattern in _POINTS):
        return [], []  # (most records about infants state no age point: one search each)
    points: list[tuple[float, bool, Evidence]] = []
    entries: list[float] = []
    corrected_entries: list[float] = []  # "enrolled at 3 months corrected age"
    term_shift = 0.0
    for where, text in texts:
        for sentence in split_sentences(text):
            enrols = where != "title" and _ENTRY_SENTENCE.search(sentence) is not None
            if enrols:
                entries.extend(_entry_ages(sentence))
                start = _TERM_START.search(sentence)
                if start is not None and int(start["w"]) < _TERM_WEEKS:
                    term_shift = max(term_shift, (_TERM_WEEKS - int(start["w"])) * 7.0)
            for pattern in _POINTS:
                for match in pattern.finditer(sentence):
                    days = _point_days(match)
                    if days is None:
                        continue
                    corrected = match.groupdict().get("corrected") is not None
                    if enrols and _is_entry(sentence, match):
                        (corrected_entries if corrected else entries).append(days)
                    else:
                        points.append((days, corrected, Evidence(where, match[0])))
    if not points:
        return [], []
    entry = min(entries, default=0.0)
    # a corrected age counts from term: from a corrected entry age, else from the start
    corrected_start = -min(corrected_entries) if corrected_entries else term_shift
    found, ages = [], []
    for days, corrected, evidence in points:
        after = days + corrected_start if corrected else days - entry
        if after > 0:
            found.append((after, evidence))
            if after != days:
                ages.append(days)
    return found, ages


def _point_days(match: re.Match[str]) -> float | None:
    """The last number of the list ('at 9 and 12 months of age') in days."""
    numbers = [parse_number(token) for token in _LIST_SPLIT.split(match["list"]) if token]
    if not numbers or numbers[-1] is None:
        return None
    return numbers[-1] * _UNIT_DAYS[match["unit"].lower().rstrip("s")]


def _entry_ages(sentence: str) -> list[float]:
    """The ages at entry an enrolling sentence states, before any measurement it names."""
    ages = []
    for pattern in _ENTRY:
        for match in pattern.finditer(sentence):
            if not _is_entry(sentence, match):
                continue  # "... weight was measured when the infants were 4 months old"
            low = parse_number(match["a"])
            high = parse_number(match["b"]) if match.groupdict().get("b") else low
            if low is not None and high is not None:
                ages.append((low + high) / 2 * _UNIT_DAYS[match["unit"].lower().rstrip("s")])
    return ages


def _is_entry(sentence: str, match: re.Match[str]) -> bool:
    """A point phrase in an enrolling sentence is the entry age ('at 2 weeks of age were
    enrolled') unless a measurement verb stands before it in the sentence, or it ends a
    treatment ('massage until 3 months corrected age')."""
    if _UNTIL.match(match[0]):
        return False
    return _MEASURED.search(sentence, 0, match.start()) is None


_UNTIL = re.compile(r"(?:until|till|through|up\s+to)\b", _FLAGS)


def gestation_points(texts: list[tuple[str, str]], *, lower: str) -> list[tuple[float, Evidence]]:
    """Outcome points stated as a gestational week, in days after the week at entry."""
    if "week" not in lower or ("gestation" not in lower and "pregnan" not in lower):
        return []
    entries: list[float] = []
    points: list[tuple[int, Evidence]] = []
    for where, text in texts:
        if where == "title" or not _GESTATION_POINT.search(text):
            continue
        for sentence in split_sentences(text):
            enrols = _ENTRY_SENTENCE.search(sentence) is not None
            for match in _GESTATION_POINT.finditer(sentence):
                if _UNTIL.match(match[0]):
                    continue  # "massage until 36 weeks' gestation": the end of a course
                before = sentence[max(0, match.start() - 30) : match.start()]
                if not (enrols and _is_entry(sentence, match)) and not _GESTATION_NOT_POINT.search(
                    before
                ):
                    points.append((int(match["w"]), Evidence(where, match[0])))
            if enrols:
                for match in _GESTATION_ENTRY.finditer(sentence):
                    if _is_entry(sentence, match):
                        low, high = int(match["a"]), int(match["b"] or match["a"])
                        entries.append((low + high) / 2)
    if not points or not entries:
        return []
    entry = min(entries)
    return [((week - entry) * 7.0, evidence) for week, evidence in points if week > entry]
