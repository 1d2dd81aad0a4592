"""Which time expressions count as study time, and in what role.

A chain of time items is dropped when its context makes it no study time (an
age, a gestational age, symptom history, a frequency, a start point, a planned
time); the rest become mentions with a role: a treatment ``duration``, a
``point``, a point ``anchored`` to the start, one ``relative`` to the end of
treatment, or a ``follow_up``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...records import Evidence
from ..tables import pattern_prefixes
from .common import _FLAGS, _RULES, _any
from .items import _UNITS, _chains, _Item, _item_values

_LEAD_WORD = re.compile(
    r"\b(?:at|after|for|over|by|until|up\s+to|within|during|in|to|through)\s+(?:the\s+)?$",
    _FLAGS,
)


class _LeftContext:
    """Patterns tested on the short text before a time expression ('aged 6 months').

    A pattern that starts at a word is tried only when the text holds a word
    starting as the pattern can start (its first four letters, see ``pattern_prefixes``);
    the others are combined and searched in the last ``_TAIL`` characters
    (they are short: '>', 'SD', 'at least', '5 days / week')."""

    _KEY = re.compile(r"(?<![a-z0-9])[a-z0-9]{1,4}")
    _TAIL = 32

    def __init__(self, patterns: list[str]) -> None:
        self.by_key: dict[str, list[re.Pattern[str]]] = {}
        tail = []
        for pattern in patterns:
            keys = pattern_prefixes(pattern)
            if keys is None:
                tail.append(pattern)
                continue
            compiled = re.compile(pattern, _FLAGS)
            for key in keys:
                self.by_key.setdefault(key, []).append(compiled)
        self.tail = _any(tail) if tail else None

    def search(self, left: str) -> bool:
        """Whether any pattern matches in ``left``."""
        if self.tail is not None and self.tail.search(left, max(0, len(left) - self._TAIL)):
            return True
        tried: set[re.Pattern[str]] = set()
        for key in self._KEY.findall(left.lower()):
            for pattern in self.by_key.get(key, ()):
                if pattern not in tried:
                    tried.add(pattern)
                    if pattern.search(left):
                        return True
        return False


_EXCLUDE_LEFT = _LeftContext(_RULES["exclude"]["left"])
_EXCLUDE_RIGHT = _any(_RULES["exclude"]["right"])
# patterns that look further back than ``left``, each tried only after one of its needles
_WIDE_LEFT = tuple(
    (
        re.compile(_RULES["exclude"][f"{name}_left"], _FLAGS),
        tuple(_RULES["exclude"][f"{name}_needles"]),
    )
    for name in ("recruitment", "difference", "history")
)
_WIDE_WINDOW = 90
_START_POINT = re.compile(_RULES["exclude"]["start_point"], _FLAGS)
_PLANNED = re.compile(_RULES["exclude"]["planned"], _FLAGS)
_PLANNED_WORDS = ("will", "planned")  # prefilter: the planned pattern needs one
_START_WORDS = ("rom", "tart", "egin", "egun", "egan", "ommenc", "ince")  # start_point prefilter
_GESTATIONAL_CONTEXT = tuple(_RULES["exclude"]["gestational_context"])
_GESTATIONAL_WEEKS = tuple(_RULES["exclude"]["gestational_weeks"])
_GESTATIONAL_UNLESS = re.compile(_RULES["exclude"]["gestational_unless"], _FLAGS)
_MAX_STUDY_DAYS = _RULES["exclude"]["max_study_days"]
_BEFORE_RIGHT = re.compile(_RULES["exclude"]["before_right"], _FLAGS)
_RANGE_MARK = re.compile(r"\d\s*(?:-|\u2013|to)\s*\d|\bto\b", _FLAGS)
_DURATION_LEFT = re.compile(_RULES["points"]["duration_left"], _FLAGS)
_DURATION_RIGHT = re.compile(_RULES["points"]["duration_right"], _FLAGS)
_EFFECT_LASTED = re.compile(_RULES["points"]["effect_lasted_left"], _FLAGS)
_RELATIVE = _any(_RULES["points"]["relative"])
_ANCHORED = _any(_RULES["points"]["anchored"])
_ANCHORED_LEFT = re.compile(_RULES["points"]["anchored_left"], _FLAGS)
_AFTER_IT = re.compile(_RULES["points"]["after_it"], _FLAGS)
_END_NAMED_LEFT = re.compile(_RULES["points"]["end_named_left"], _FLAGS)
_FOLLOW_UP = _any(_RULES["points"]["follow_up"])
_REVIEW_FOLLOW_UP = _any(_RULES["points"]["review_follow_up"])
_MEASURED_AT_END = re.compile(_RULES["points"]["review_measured_at_end"], _FLAGS)


@dataclass(frozen=True)
class _Mention:
    """One time expression that counts as study time."""

    where: str
    source: str  # the text it was found in
    start: int
    end: int
    unit: str  # "minute", "hour" or "day"
    value: float  # minutes-level: 0; hours: hours; days: days
    role: str  # "duration", "point", "anchored", "relative" or "follow_up"
    least: float  # the earliest value of a chain ("1-month and 3-month follow-up")

    @property
    def follow(self) -> bool:
        """A follow-up word before it in its sentence (for reviews, H6)."""
        stop = self.source.rfind(". ", 0, self.start)  # (in its own sentence)
        start = max(0, self.start - 80, stop + 2 if stop != -1 else 0)
        return bool(_REVIEW_FOLLOW_UP.search(self.source, start, self.end))

    @property
    def measured_at_end(self) -> bool:
        """A time its sentence says the outcomes were measured at the end of:
        'interventions lasted 4 to 12 weeks, and pain was measured at the end of
        treatment' (for reviews, H6)."""
        stop = self.source.find(". ", self.end, self.end + 100)
        stop = stop if stop != -1 else self.end + 100
        return _MEASURED_AT_END.search(self.source, self.end, stop) is not None

    @property
    def text(self) -> str:
        """The phrase, with the word that leads it ('at 4, 10 and 26 weeks')."""
        lead = _LEAD_WORD.search(self.source, max(0, self.start - 45), self.start)
        return (lead.group() if lead else "") + self.source[self.start : self.end]

    def evidence(self) -> Evidence:
        return Evidence(self.where, self.text)


def _find_mentions(where: str, text: str, pregnancy: bool = False) -> list[_Mention]:
    mentions = []
    chains = _chains(text)
    if not chains:
        return mentions
    lower = text.lower()
    planned = any(word in lower for word in _PLANNED_WORDS)
    for start, end, items in _split_relative(text, chains):
        mention = _classify(where, text, start, end, items, planned=planned)
        if mention is None or (pregnancy and _gestational(mention, items)):
            continue
        mentions.append(mention)
    return mentions


def _split_relative(
    text: str, chains: list[tuple[int, int, list[_Item]]]
) -> list[tuple[int, int, list[_Item]]]:
    """'week 4 and two weeks after the last massage': only the last item of a chain
    is counted after treatment; the ones before it are time points of their own."""
    out = []
    for start, end, items in chains:
        if len(items) > 1 and _RELATIVE.match(text[end : end + 60]):
            out.append((start, items[-2].end, items[:-1]))
            out.append((items[-1].start, end, items[-1:]))
        else:
            out.append((start, end, items))
    return out


def after_birth(mention: _Mention) -> bool:
    """'3 months postpartum', '6 weeks after delivery': counted from the birth."""
    return _GESTATIONAL_UNLESS.match(mention.source[mention.end : mention.end + 60]) is not None


def _gestational(mention: _Mention, items: list[_Item]) -> bool:
    """A plain point of 20-42 weeks in a record about pregnancy: a gestational age."""
    if mention.role != "point" or after_birth(mention):
        return False
    if any(_UNITS[item.unit.lower()][0] != "week" for item in items):
        return False
    low, high = _GESTATIONAL_WEEKS
    weeks = [value / 7 for item in items for _, value in _item_values(item, "")]  # "37-42 weeks"
    return bool(weeks) and all(low <= week <= high for week in weeks)


def _wide_left(text: str, start: int) -> bool:
    """A recruitment window ('attended the clinic of one city over two years'), a
    difference ('shortened the time to full feeding by 2.6 days') or symptoms before the
    study ('had had calf pain for two days'): no study time."""
    left = text[max(0, start - _WIDE_WINDOW) : start]
    lower = left.lower()
    return any(
        any(needle in lower for needle in needles) and pattern.search(left) is not None
        for pattern, needles in _WIDE_LEFT
    )


def _classify(
    where: str, text: str, start: int, end: int, items: list[_Item], *, planned: bool
) -> _Mention | None:
    left, right = text[max(0, start - 45) : start], text[end : end + 60]
    if _EXCLUDE_RIGHT.match(right) or _EXCLUDE_LEFT.search(left) or _wide_left(text, start):
        return None
    if _BEFORE_RIGHT.match(right) and not _DURATION_LEFT.search(left):
        return None
    if (
        any(word in left for word in _START_WORDS)
        and _START_POINT.search(left)
        and not any(_RANGE_MARK.search(i.numbers) for i in items)
        and not _RANGE_MARK.search(text, items[0].end, items[-1].start)  # "4 weeks to 12 months"
    ):
        return None
    if planned and _PLANNED.search(_sentence_around(text, start, end)):
        return None
    values = [v for item in items for v in _item_values(item, left)]
    if not values:
        return None
    unit, value = max(values, key=lambda v: (v[0] == "day", v[0] == "hour", v[1]))
    if unit == "hour" and value >= 48:
        unit, value = "day", float(int(value // 24))
    if unit == "day" and value > _MAX_STUDY_DAYS:
        return None
    least = min((v for u, v in values if u == unit), default=value)
    if unit == "day" and values[0][0] == "hour":  # "24, 48 and 72 hours": from day 1
        least = float(int(min(v for u, v in values if u == "hour") // 24))
    role = _role(left, right)
    return _Mention(where, text, start, end, unit, value, role, least)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = text.rfind(". ", 0, start)
    right = text.find(". ", end)
    return text[left + 1 if left != -1 else 0 : right if right != -1 else len(text)]


def _role(left: str, right: str) -> str:
    if _ANCHORED.match(right):
        return "anchored"
    if _RELATIVE.match(right):
        return "anchored" if _ANCHORED_LEFT.search(left) else "relative"
    if _AFTER_IT.match(right) and _END_NAMED_LEFT.search(left):
        return "relative"  # "at the end of treatment and 3 months after it"
    if _FOLLOW_UP.match(right):
        return "follow_up"
    if _DURATION_RIGHT.match(right) or (
        _DURATION_LEFT.search(left) and not _EFFECT_LASTED.search(left)
    ):
        return "duration"
    return "point"
