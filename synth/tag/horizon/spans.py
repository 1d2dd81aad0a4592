"""Treatment spans stated other than as a time point.

A course of N sessions at k per week, N sessions spaced some days apart,
treatment until delivery, and a hospital stay until discharge (H2, H4, H5).
"""

from __future__ import annotations

import re

from ...records import Evidence
from ..text import parse_number
from .common import _FLAGS, _RULES

_DELIVERY_WORDS = ("deliver", "birth", "labo")  # prefilters: no pattern matches without one
_SPACING = re.compile(_RULES["spans"]["spacing"], _FLAGS)
_CROSSOVER_ORDER = re.compile(_RULES["spans"]["crossover_order"], _FLAGS)
_SESSION_COUNT = re.compile(_RULES["spans"]["session_count"], _FLAGS)
_UNTIL_DELIVERY = re.compile(_RULES["spans"]["until_delivery"], _FLAGS)
_GESTATION_START = re.compile(_RULES["spans"]["gestation_start"], _FLAGS)
_AT_BIRTH = re.compile(_RULES["spans"]["at_birth"], _FLAGS)
_TERM_WEEKS = 40
_DISCHARGE = re.compile(_RULES["spans"]["discharge"], _FLAGS)
_STAY_NUMBER = r"\d+(?:\.\d+)?"
# "21.4 (6.2) days", "7 (IQR 6-9) days", "29 +/- 7 days"
_SPREAD = r"(?:\s*\([^()]{1,24}\)|\s*(?:\+/-|\u00b1|\+-)\s*\d+(?:\.\d+)?)?"
_DAYS = r"\s*(?:days|d)\b"
_ARM = r"(?:\s+(?:with|in|for|after)\s+[^.;,\d()]{1,40}?)?"  # "17 days with massage and 22"
_STAY = re.compile(  # "mean stay 19 versus 24 days", "18 days vs 23 days": every figure
    rf"{_RULES['spans']['stay']}[^.;]{{0,80}}?(?P<n>{_STAY_NUMBER}{_SPREAD}(?:{_DAYS})?"
    rf"(?:{_ARM}\s*(?:versus|vs\.?|and|or|,|to|-|\u2013)\s*{_STAY_NUMBER}{_SPREAD}(?:{_DAYS})?)*)"
    rf"(?:(?<=days)|(?<=\bd)|{_DAYS})",
    _FLAGS,
)
_SPREADS = re.compile(r"\([^()]*\)|(?:\+/-|\u00b1|\+-)\s*\d+(?:\.\d+)?")
_FREQUENCY = re.compile(_RULES["spans"]["frequency"], _FLAGS)
_PER_WEEK = {"once": 1, "twice": 2, "thrice": 3}
_ARMS_AT_MOST = 3  # a crossover of this many sessions gives one session per arm


def _course_span(texts: list[tuple[str, str]], *, lower: str) -> float:
    """'three times weekly for 10 sessions': about N / k weeks of treatment, else 0."""
    if "week" not in lower and "wk" not in lower:
        return 0.0
    for _, text in texts:
        frequency = _FREQUENCY.search(text)
        sessions = [_count(m.group("n")) for m in _SESSION_COUNT.finditer(text)]
        if frequency is not None and max(sessions, default=0) > 1:
            word = frequency.group("word")
            per_week = _PER_WEEK[word.lower()] if word else _count(frequency.group("k"))
            return max(sessions) / per_week * 7 if per_week else 0.0
    return 0.0


def _special_spans(texts: list[tuple[str, str]], *, lower: str) -> list[tuple[float, Evidence]]:
    """Spans stated other than by a time point: session spacing, 'until delivery', discharge."""
    found: list[tuple[float, Evidence]] = []
    if "apart" in lower:
        found.extend(_spacing_spans(texts, crossover=bool(_CROSSOVER_ORDER.search(lower))))
    found.extend(_delivery_spans(texts, lower=lower))
    if "discharge" in lower and any(_DISCHARGE.search(text) for _, text in texts):
        for where, text in texts:
            stays = [
                float(n)
                for m in _STAY.finditer(text)
                for n in re.findall(_STAY_NUMBER, _SPREADS.sub(" ", m["n"]))
            ]
            if stays:
                found.append((max(stays), Evidence(where, "stay until discharge")))
    return found


def _delivery_spans(texts: list[tuple[str, str]], *, lower: str) -> list[tuple[float, Evidence]]:
    """'from 34 weeks until birth': about (40 - 34) weeks of treatment before birth (H5)."""
    found: list[tuple[float, Evidence]] = []
    if "week" in lower and any(word in lower for word in _DELIVERY_WORDS):
        for where, text in texts:
            for match in _UNTIL_DELIVERY.finditer(text):
                days = (_TERM_WEEKS - int(match.group("week") or match.group("weeks"))) * 7.0
                found.append((days, Evidence(where, match.group())))
    return found


def gestation_starts(texts: list[tuple[str, str]]) -> list[tuple[float, Evidence]]:
    """'starting at 20 weeks' gestation' (no end named): about (40 - 20) weeks to birth,
    the time a postpartum point is counted after (H1, H5)."""
    found: list[tuple[float, Evidence]] = []
    for where, text in texts:
        lower = text.lower()
        if "gestation" not in lower and "pregnan" not in lower:
            continue  # (every pattern names one: the scan is slow on other texts)
        for match in _GESTATION_START.finditer(text):
            week = int(next(w for w in match.group("week", "week_of", "weeks", "weeks_at") if w))
            if week < _TERM_WEEKS:
                found.append(((_TERM_WEEKS - week) * 7.0, Evidence(where, match.group())))
    return found


def at_birth(texts: list[tuple[str, str]]) -> Evidence | None:
    """Where outcomes are taken at the birth ('recorded at delivery'), if anywhere."""
    for where, text in texts:
        match = _AT_BIRTH.search(text)
        if match is not None:
            return Evidence(where, match.group())
    return None


def _spacing_spans(
    texts: list[tuple[str, str]], *, crossover: bool
) -> list[tuple[float, Evidence]]:
    """'four sessions spaced 2-3 days apart': (sessions - 1) x spacing (H2, H5); in a
    crossover, up to three sessions are one per arm, not a course."""
    found: list[tuple[float, Evidence]] = []
    for where, text in texts:
        for match in _SPACING.finditer(text):
            sessions = sum(_count(m.group("n")) for m in _SESSION_COUNT.finditer(text))
            gap = _mean_range(match.group("gap")) * (
                7 if match.group("unit").startswith("w") else 1
            )
            if sessions > (_ARMS_AT_MOST if crossover else 1):
                found.append(((sessions - 1) * gap, Evidence(where, match.group())))
    return found


def _count(token: str) -> int:
    return parse_number(token) or 0


def _mean_range(token: str) -> float:
    parts = [float(p) for p in re.split(r"\s*(?:-|\u2013|to)\s*", token) if p]
    return sum(parts) / len(parts)
