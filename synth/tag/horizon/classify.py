"""The horizon of a study or review: the latest time point and its bucket.

For a study, the latest point counted from the first massage (H1: points after
the end of treatment are added to the treatment span); a review gets a horizon
only from a stated follow-up (H6). Days map to buckets by ``rules/horizon.toml``.
"""

from __future__ import annotations

import re

from ...records import Evidence
from ..text import parse_number
from .ages import age_points, gestation_points
from .common import _RULES
from .items import _UNITS
from .mentions import _Mention, after_birth
from .sessions import _UNPLACEABLE, _UNPLACEABLE_NEEDLES, _first_match, _single_session
from .spans import (
    _DISCHARGE,
    _course_span,
    _delivery_spans,
    _special_spans,
    at_birth,
    gestation_starts,
)

_BUCKETS = _RULES["buckets"]
_SPANS = frozenset({"duration", "point"})
# "at 6 months", "by postoperative day 5": a time point, not a treatment span
_AT_POINT = re.compile(r"\b(?:at|on|by)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_NEAR = re.compile(r"(?:at|within|after)\s", re.IGNORECASE)
_BIRTH_WORDS = ("partum", "natal", "birth", "delivery")
_SAME_POINT = 0.03  # "26 weeks" and "6 months" name the same time point
_START_OFFSET = re.compile(_RULES["spans"]["start_offset"], re.IGNORECASE)
_EVENT_AFTER = re.compile(_RULES["spans"]["event_after"], re.IGNORECASE)
_START_AGE = re.compile(_RULES["spans"]["start_age"], re.IGNORECASE)
_EVENTS = {  # names of the same event
    "operation": "surgery",
    "delivery": "birth",
    "burns": "burn",
    "randomization": "randomisation",
    "partum": "birth",
    "natal": "birth",
}


def _review_horizon(mentions: list[_Mention]) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """H6: a review gets a horizon only from a stated follow-up time."""
    stated = [
        m
        for m in mentions
        if (
            m.unit == "day"
            and (m.follow or m.role not in _SPANS or _at_point(m) or m.measured_at_end)
        )
        or (m.unit == "hour" and (m.role == "point" or m.follow))  # "within 24 hours of birth"
        # "within 30 minutes after the session", "within one minute of the manoeuvre"
        or (m.unit == "minute" and (m.role in ("relative", "anchored") or _NEAR.match(m.text)))
    ]
    if not stated:
        return "not_reported", None, (Evidence("default", "review without a stated follow-up"),)
    latest = max(stated, key=lambda m: m.value if m.unit == "day" else m.value / 24)
    days = int(round(latest.value)) if latest.unit == "day" else int(latest.value // 24)
    return _bucket(days), days, (latest.evidence(),)


def _at_point(mention: _Mention) -> bool:
    return _AT_POINT.search(mention.source, max(0, mention.start - 30), mention.start) is not None


def _study_horizon(
    texts: list[tuple[str, str]], mentions: list[_Mention], *, lower: str, animal: bool = False
) -> tuple[str, int | None, tuple[Evidence, ...]]:
    placed = any(
        m.unit == "day" and (m.role in ("relative", "follow_up") or m.follow) for m in mentions
    )
    marker = None
    if not placed and any(needle in lower for needle in _UNPLACEABLE_NEEDLES):
        marker = _first_match(_UNPLACEABLE, texts)
    if marker is not None:
        return "not_reported", None, (marker,)
    latest = _latest_day(texts, mentions, lower=lower)
    if latest is not None and latest[0] > 1:
        return _bucket(latest[0]), latest[0], (latest[1],)
    if "discharge" in lower:  # H4: outcomes until discharge, but no stay stated
        for where, text in texts:
            match = _DISCHARGE.search(text)
            if match:
                return "not_reported", None, (Evidence(where, match.group()),)
    return _single_session(texts, mentions, latest, lower=lower, animal=animal)


def _latest_day(
    texts: list[tuple[str, str]], mentions: list[_Mention], *, lower: str
) -> tuple[int, Evidence] | None:
    """The latest time point in days from the first massage, with its evidence (H1)."""
    days = [m for m in mentions if m.unit == "day"]
    base = _treatment_span(days)
    if any(m.role == "relative" for m in days) and not any(m.role == "duration" for m in days):
        base = max(base, _course_span(texts, lower=lower))
    follow_ups = [m for m in days if m.role == "follow_up"]
    spans = [m.value for m in days if m.role in _SPANS]
    inside = bool(base) and any(
        m.least <= 1.1 * base and not _same_point(m.least, spans) for m in follow_ups
    )
    candidates: list[tuple[float, Evidence | _Mention]] = []
    for m in days:
        shift = base if m.role == "relative" or (m.role == "follow_up" and inside) else 0.0
        candidates.append((m.value + shift, m))
    candidates.extend(_special_spans(texts, lower=lower))
    candidates.extend(_after_birth(texts, days, lower=lower))
    ages, replaced = age_points(texts, lower=lower)
    if replaced:  # "no differences at 6 or 12 months": the ages just counted from entry
        candidates = [
            (value, m)
            for value, m in candidates
            if not (isinstance(m, _Mention) and m.role == "point" and _same_point(value, replaced))
        ]
    candidates.extend(ages)
    candidates.extend(gestation_points(texts, lower=lower))
    if not candidates:
        return None
    value, found = max(candidates, key=lambda c: c[0])
    if isinstance(found, _Mention) and ("after" in lower or "post" in lower):
        value -= _start_offset(texts, days, value)
    return int(round(value)), found.evidence() if isinstance(found, _Mention) else found


def _event(name: str) -> str:
    """One name for an event named several ways ("operation" is "surgery")."""
    return _EVENTS.get(name.lower(), name.lower())


def _start_offset(texts: list[tuple[str, str]], days: list[_Mention], value: float) -> float:
    """Days from an event to the first massage ("begun 2 weeks after surgery") when the
    latest point, ``value`` days, is counted from that same event ("12 months after
    surgery", named at any mention of that point), else 0."""
    named = next(
        (
            found
            for m in days
            if m.role in ("point", "anchored")
            and _same_point(m.value, [value])
            and (found := _EVENT_AFTER.match(m.source, m.end)) is not None
        ),
        None,
    )
    if named is None:
        return 0.0
    event = _event(named.group("event"))
    for _, text in texts:
        starts = [*_START_OFFSET.finditer(text), *_START_AGE.finditer(text)]
        for match in starts:
            if _event(match.groupdict().get("event") or "birth") != event:  # (an age: birth)
                continue
            if match.groupdict().get("day"):
                offset = 1.0
            else:
                count = parse_number(match.group("num")) or 0
                offset = count * (_UNITS[match.group("unit").lower()][1] or 0)
            if 0 < offset < value:
                return offset
    return 0.0


def _after_birth(
    texts: list[tuple[str, str]], days: list[_Mention], *, lower: str
) -> list[tuple[float, Evidence | _Mention]]:
    """Massage from week 34 until birth, outcomes '3 months postpartum': the time
    before birth plus the time after it, from the first massage (H1, H5).  A course
    that starts at a gestational week and names no end counts (40 - N) weeks to the
    birth, for postpartum points and for outcomes 'recorded at delivery'."""
    if not any(word in lower for word in _BIRTH_WORDS):
        return []  # (no point counted from a birth, no birth to count to)
    points = [m for m in days if after_birth(m)] if "post" in lower or "after" in lower else []
    pregnancy = "gestation" in lower or "pregnan" in lower
    if not points and not pregnancy:
        return []
    spans = _delivery_spans(texts, lower=lower)  # 'until delivery': the birth is counted
    birth = None
    if not spans and pregnancy and (points or "deliver" in lower or "birth" in lower):
        spans = gestation_starts(texts)
        birth = at_birth(texts) if spans else None
    if not spans:
        return []
    before = max(span for span, _ in spans)
    found: list[tuple[float, Evidence | _Mention]] = [(before + m.value, m) for m in points]
    if birth is not None:
        found.append((before, birth))
    return found


def _same_point(value: float, others: list[float]) -> bool:
    return any(abs(value - other) <= _SAME_POINT * other for other in others)


def _treatment_span(days: list[_Mention]) -> float:
    """The span that 'N weeks after treatment' is added to: the longest stated
    treatment duration, else the latest plain time point that is not itself one
    of the post-treatment points."""
    durations = [m.value for m in days if m.role == "duration"]
    if durations:
        return max(durations)
    later = [m for m in days if m.role in ("relative", "follow_up")]
    points = [
        m.value
        for m in days
        if m.role == "point" and not any(_within(m.value, chain) for chain in later)
    ]
    return max(points, default=0.0)


def _within(value: float, chain: _Mention) -> bool:
    """'48 hours' is one of '24, 48 and 72 hours after the massage' (or the same point)."""
    return chain.least * (1 - _SAME_POINT) <= value <= chain.value * (1 + _SAME_POINT)


def _bucket(days: int) -> str:
    if days <= _BUCKETS["immediate"]:
        return "immediate"
    if days <= _BUCKETS["short"]:
        return "short"
    if days <= _BUCKETS["intermediate"]:
        return "intermediate"
    return "long"
