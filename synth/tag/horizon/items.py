"""Reading time expressions: unit words with the number lists before or after them.

"4, 10 and 26 weeks", "a 6-month", "week 12": each unit word found by the shared
scan, with the numbers that lead or follow it, is one item; items joined by
commas, "and" or "or" form one chain. Item values are in days, hours or minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..guard import guard_pattern
from ..tables import LabelledPatterns
from ..text import NUMBER_WORDS, parse_number
from .common import _FLAGS, _GROUP, _RULES, _alternation


def _unit_table() -> dict[str, tuple[str, int | None]]:
    """Unit word -> (unit name, days per unit or None for minutes and hours)."""
    return {
        word.lower(): (name, spec.get("days"))
        for name, spec in _RULES["units"].items()
        for word in spec["words"]
    }


_UNITS = _unit_table()
_WORDS = _alternation(list(NUMBER_WORDS))
_NUM = rf"(?:\d+(?:[.\u00b7]\d+)?|\b(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*\b|\ban?\b)"
# "10-12", "10 - 12", "10 to 12"; not "12 -5.8" (a signed figure after a number)
_RANGE = rf"{_NUM}(?:\s*(?:\u2013|to)\s*{_NUM}|(?:-|\s+-\s+){_NUM})?"
_SEP = r"\s*-?\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+|&\s*)"
_LIST = rf"{_RANGE}(?:{_SEP}{_RANGE})*"
_FILLER = rf"(?:(?:{_alternation(_RULES['filler_words'])})\s+){{0,2}}"


# Unit words first (rare, cheap to find), then the numbers before or after them.
_UNIT_WORDS = LabelledPatterns(
    [("unit", rf"\b(?<![\w'\u2019.])(?:{_alternation(list(_UNITS))})\b(?!\s*=|-\w)")], **_GROUP
)
# A number led by its own unit ("week 11 and 3 months") starts no list of the next unit.
_NOT_LED = "".join(f"(?<!{word} )" for word in sorted(_RULES["leading_units"]))
_NUMS_BEFORE = re.compile(
    guard_pattern(rf"(?<![\w.\u00b7])(?<![A-Za-z]-){_NOT_LED}(?:{_LIST})\s*-?\s*{_FILLER}$"), _FLAGS
)
_LOWER_ONLY = frozenset({"s", "d", "h"})  # "2.0 D" is a dioptre, "18 S" a unit of its own
# ("week 11 and 3 months": the list stops before a number with its own unit, and "at week 4,
# 41 of 60 children" before a count)
_NUMS_AFTER = re.compile(
    rf"\s+({_LIST})\b(?![.,\u00b7]\d)(?!\s*-?\s*(?:{_alternation(list(_UNITS))})\b)"
    r"(?!\s+of\s+\d)",
    _FLAGS,
)
_LEADING = frozenset(w.lower() for w in _RULES["leading_units"])
_NUMBER = re.compile(_NUM, _FLAGS)
_FILLERS = frozenset(w.lower() for w in _RULES["filler_words"])
_NUMBER_TAILS = frozenset((*NUMBER_WORDS, "a", "an"))
_LIST_WORDS = _NUMBER_TAILS | {"and", "or", "to"}  # words a number list is made of
_LIST_MARKS = frozenset(",.\u00b7-\u2013&")
_CHAIN_GAP = re.compile(  # (an estimate in brackets may follow each: "24 h (SMD -0.3), 48 h")
    r"(?:\s*\([^()]{0,80}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|&\s*)(?:at\s+)?\s*",
    _FLAGS,
)
_ARTICLE_OK = re.compile(r"\b(?:after|for|over|within|at|of|than|about|in|to|around)\s*$", _FLAGS)
_LOOKBACK = 90
_ORDINAL_RULES = _RULES["ordinal_days"]
_ORDINALS = {word: number for number, word in enumerate(_ORDINAL_RULES["words"], start=1)}
_SESSION_DAY = re.compile(_ORDINAL_RULES["session_sentence"], _FLAGS)
_ENROLLED_ON = re.compile(_ORDINAL_RULES["enrolled_before"], _FLAGS)
_ORDINAL_DAY = re.compile(
    rf"{_ORDINAL_RULES['lead']}(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})\s+"
    rf"{_ORDINAL_RULES['between']}$",
    _FLAGS,
)

_ORDINAL_WEEK = re.compile(
    rf"{_ORDINAL_RULES['week_lead']}(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})\s+"
    rf"{_ORDINAL_RULES['between']}$",
    _FLAGS,
)
_WEEK_OF_AGE = re.compile(_ORDINAL_RULES["week_of_age"], _FLAGS)


@dataclass(frozen=True)
class _Item:
    """A number (list) with its time unit: '4, 10 and 26 weeks', 'week 12'."""

    start: int
    end: int
    unit: str
    numbers: str


def _chains(text: str) -> list[tuple[int, int, list[_Item]]]:
    """Time items joined by commas / and / or into one chain ("1 month and 6 months")."""
    chains: list[tuple[int, int, list[_Item]]] = []
    for item in _items(text):
        if chains and _CHAIN_GAP.fullmatch(text, chains[-1][1], item.start):
            start, _, items = chains[-1]
            chains[-1] = (start, item.end, [*items, item])
        elif not chains or item.start >= chains[-1][1]:
            chains.append((item.start, item.end, [item]))
    return chains


def _items(text: str) -> list[_Item]:
    items = []
    for unit in _UNIT_WORDS.finditer(text):
        word, start = unit.text, unit.start
        end = start + len(word)
        if word.lower() in _LOWER_ONLY and not word.islower():
            continue
        before = None
        first = _list_start(text, max(0, start - _LOOKBACK), start)
        if first is not None:
            before = _NUMS_BEFORE.search(text, first, start)
        if before is not None:
            nums = before.group().rstrip(" -\t")
            items.append(_Item(before.start(), end, word, nums))
            continue
        after = _NUMS_AFTER.match(text, end) if word.lower() in _LEADING else None
        if after is not None:
            items.append(_Item(start, after.end(), word, after.group(1)))
        elif word.lower() in ("day", "week"):
            ordinal = _ordinal_day(text, start, end, week=word.lower() == "week")
            if ordinal is not None:
                items.append(_Item(ordinal[0], end, word, ordinal[1]))
    return items


def _ordinal_day(text: str, start: int, end: int, *, week: bool = False) -> tuple[int, str] | None:
    """'on the fourteenth postoperative day', 'on the 19th day': day N (from the second on;
    'the first day' is where a study starts); 'during the fourth week': week N."""
    if week and _WEEK_OF_AGE.match(text, end):
        return None  # ("in the second week of life": an age)
    regex = _ORDINAL_WEEK if week else _ORDINAL_DAY
    match = regex.search(text, max(0, start - 40), start)
    if match is None or _ENROLLED_ON.search(text, max(0, match.start() - 40), match.start()):
        return None  # ("64 adults on the second day after surgery": when they were enrolled)
    left, right = text.rfind(". ", 0, start), text.find(". ", start)
    if _SESSION_DAY.search(text[left + 1 : len(text) if right < 0 else right]):
        return None  # ("a massage was given on the second postoperative day": when, not how long)
    token = match.group("ord").lower()
    value = _ORDINALS.get(token) or int(token[:-2]) if token[:1].isdigit() else _ORDINALS.get(token)
    return (match.start("ord"), str(value)) if value and value > 1 else None


def _list_start(text: str, start: int, end: int) -> int | None:
    """Where a number list ending right before ``end`` (a hyphen and up to two filler
    words allowed: '10 consecutive school days') can start at the earliest, or None
    when no number ends there. ``_NUMS_BEFORE`` then only tries from there on."""
    left = _strip_joint(text[start:end])
    for _ in range(2):
        word = _trailing_word(left)
        if not word or word.lower() not in _FILLERS:
            break
        left = _strip_joint(left[: -len(word)])
    if not left or not (left[-1].isdigit() or _trailing_word(left).lower() in _NUMBER_TAILS):
        return None
    at = len(left)
    while at:
        char = left[at - 1]
        if char.isdigit() or char.isspace() or char in _LIST_MARKS:
            at -= 1
            continue
        word = _trailing_word(left[:at])
        if not word or word.lower() not in _LIST_WORDS:
            break
        at -= len(word)
    return start + at


def _strip_joint(text: str) -> str:
    return text.rstrip().rstrip("-").rstrip()


def _trailing_word(text: str) -> str:
    start = len(text)
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:]


def _item_values(item: _Item, left: str) -> list[tuple[str, float]]:
    name, days = _UNITS[item.unit.lower()]
    numbers = [_number(token.group(), left, unit=name) for token in _NUMBER.finditer(item.numbers)]
    numbers = [n for n in numbers if n is not None]
    if not numbers:
        return []
    if days is None:
        return [("hour", n) for n in numbers] if name == "hour" else [("minute", 0.0)]
    return [("day", n * days) for n in numbers]


def _number(token: str, left: str, *, unit: str) -> float | None:
    token = token.strip()
    if token.lower() in ("a", "an"):
        return 1.0 if unit != "minute" and _ARTICLE_OK.search(left) else None
    if token[0].isdigit():
        if "." in token or "\u00b7" in token:  # "5.9" or, in Lancet style, "5\u00b79"
            return float(token.replace("\u00b7", "."))
        return float(parse_number(token) or 0) or None
    value = parse_number(token)
    return float(value) if value is not None else None
