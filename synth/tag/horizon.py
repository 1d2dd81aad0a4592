"""Outcome horizon and follow-up days (TAXONOMY.md section 4, rules H1-H6).

Every time expression of the title and abstract is found in one pass
("at 4, 10 and 26 weeks", "a 6-month follow-up", "24 h after", "week 12"),
expressions that are not study time (ages, gestation, symptom history,
frequencies, dates) are dropped, and the rest are sorted into treatment spans
and time points, points counted after the end of treatment ("6 weeks after
the last session") and ambiguous "N-month follow-up"s. The latest point
counted from the first massage gives the horizon (H1); a study with minutes or
hours only is ``immediate`` when it is one session (H2). The vocabularies and
patterns live in ``rules/horizon.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Evidence, Record
from . import tables
from .guard import guard_pattern
from .tables import LabelledMatch, LabelledPatterns, load_rules, pattern_prefixes
from .text import NUMBER_WORDS, parse_number

_RULES = load_rules("horizon")
_FLAGS = re.IGNORECASE

_NO_HORIZON = frozenset({"protocol", "qualitative", "other"})
_REVIEWS = frozenset({"review", "systematic_review"})
_BUCKETS = _RULES["buckets"]
_SPANS = frozenset({"duration", "point"})
_SAME_POINT = 0.03  # "26 weeks" and "6 months" name the same time point


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _unit_table() -> dict[str, tuple[str, int | None]]:
    """Unit word -> (unit name, days per unit or None for minutes and hours)."""
    return {
        word.lower(): (name, spec.get("days"))
        for name, spec in _RULES["units"].items()
        for word in spec["words"]
    }


_UNITS = _unit_table()
_WORDS = _alternation(list(NUMBER_WORDS))
_NUM = rf"(?:\d+(?:\.\d+)?|\b(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*\b|\ban?\b)"
_RANGE = rf"{_NUM}(?:\s*(?:-|\u2013|to)\s*{_NUM})?"
_SEP = r"\s*-?\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+|&\s*)"
_LIST = rf"{_RANGE}(?:{_SEP}{_RANGE})*"
_FILLER = rf"(?:(?:{_alternation(_RULES['filler_words'])})\s+){{0,2}}"
# Pattern sets with few, rare start words join the tagger's shared scan of each
# text (when the tables offer one); see direction.py for the cue table.
SHARED_GROUP = {"group": tables.TAG_GROUP} if hasattr(tables, "TAG_GROUP") else {}
_GROUP = SHARED_GROUP
# Unit words first (rare, cheap to find), then the numbers before or after them.
_UNIT_WORDS = LabelledPatterns(
    [("unit", rf"\b(?<![\w'\u2019.])(?:{_alternation(list(_UNITS))})\b(?!\s*=|-\w)")], **_GROUP
)
# A number led by its own unit ("week 11 and 3 months") starts no list of the next unit.
_NOT_LED = "".join(f"(?<!{word} )" for word in sorted(_RULES["leading_units"]))
_NUMS_BEFORE = re.compile(
    guard_pattern(rf"(?<![\w.])(?<![A-Za-z]-){_NOT_LED}(?:{_LIST})\s*-?\s*{_FILLER}$"), _FLAGS
)
_LOWER_ONLY = frozenset({"s", "d", "h"})  # "2.0 D" is a dioptre, "18 S" a unit of its own
# ("week 11 and 3 months": the list stops before a number with its own unit)
_NUMS_AFTER = re.compile(
    rf"\s+({_LIST})\b(?![.,]\d)(?!\s*-?\s*(?:{_alternation(list(_UNITS))})\b)", _FLAGS
)
_LEADING = frozenset(w.lower() for w in _RULES["leading_units"])
_NUMBER = re.compile(_NUM, _FLAGS)
_FILLERS = frozenset(w.lower() for w in _RULES["filler_words"])
_NUMBER_TAILS = frozenset((*NUMBER_WORDS, "a", "an"))
_LIST_WORDS = _NUMBER_TAILS | {"and", "or", "to"}  # words a number list is made of
_LIST_MARKS = frozenset(",.-\u2013&")
_CHAIN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:at\s+)?\s*", _FLAGS)
_ARTICLE_OK = re.compile(r"\b(?:after|for|over|within|at|of|than|about|in|to|around)\s*$", _FLAGS)
_LOOKBACK = 90
_LEAD_WORD = re.compile(
    r"\b(?:at|after|for|over|by|until|up\s+to|within|during|in|to|through)\s+(?:the\s+)?$",
    _FLAGS,
)


@dataclass(frozen=True)
class _Item:
    """A number (list) with its time unit: '4, 10 and 26 weeks', 'week 12'."""

    start: int
    end: int
    unit: str
    numbers: str


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(guard_pattern("|".join(f"(?:{p})" for p in patterns)), _FLAGS)


class _LeftContext:
    """Patterns tested on the short text before a time expression ('aged 6 months').

    A pattern that starts at a word is tried only when the text holds a word
    starting as the pattern can start (as the shared word index keys words);
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
_START_POINT = re.compile(_RULES["exclude"]["start_point"], _FLAGS)
_PLANNED = re.compile(_RULES["exclude"]["planned"], _FLAGS)
_PLANNED_WORDS = ("will", "planned")  # prefilter: the planned pattern needs one
_START_WORDS = ("rom", "tart", "egin", "egun", "egan", "ommenc", "ince")  # start_point prefilter
_GESTATIONAL_CONTEXT = tuple(_RULES["exclude"]["gestational_context"])
_GESTATIONAL_WEEKS = tuple(_RULES["exclude"]["gestational_weeks"])
_GESTATIONAL_UNLESS = re.compile(_RULES["exclude"]["gestational_unless"], _FLAGS)
_RANGE_MARK = re.compile(r"\d\s*(?:-|\u2013|to)\s*\d|\bto\b", _FLAGS)
_DURATION_LEFT = re.compile(_RULES["points"]["duration_left"], _FLAGS)
_DURATION_RIGHT = re.compile(_RULES["points"]["duration_right"], _FLAGS)
_RELATIVE = _any(_RULES["points"]["relative"])
_ANCHORED = _any(_RULES["points"]["anchored"])
_FOLLOW_UP = _any(_RULES["points"]["follow_up"])
_REVIEW_FOLLOW_UP = _any(_RULES["points"]["review_follow_up"])
_SESSIONS = _RULES["sessions"]
_SESSION_CUES = LabelledPatterns(
    (
        (label, pattern)
        for label, patterns in (
            ("procedure", [_SESSIONS["procedure"]]),
            ("single", _SESSIONS["single_session"]),
            ("multi", _SESSIONS["multi_session"]),
            ("crossover", [_SESSIONS["crossover"]]),
        )
        for pattern in patterns
    ),
    **_GROUP,
)
# Cues that start after a look-behind ("(?<=a )day"): the word they look back
# at, by the cue's first word, shown with it as evidence.
_CUE_LEADS = {
    "day": re.compile(r"\b(?:a|per)\s$", _FLAGS),
    "week": re.compile(r"\b(?:a|per)\s$", _FLAGS),
    "wk": re.compile(r"\b(?:a|per)\s$", _FLAGS),
    "subject": re.compile(r"\bwithin-$", _FLAGS),
}
_UNPLACEABLE = LabelledPatterns((("unplaceable", p) for p in _SESSIONS["unplaceable"]), **_GROUP)
_UNPLACEABLE_NEEDLES = tuple(_SESSIONS["unplaceable_needles"])
_COUNT_NEEDLES = tuple(_SESSIONS["multi_session_count_needles"])
_SESSION_COUNT_CUE = LabelledPatterns([("count", _SESSIONS["multi_session_count"])], **_GROUP)
_DELIVERY_WORDS = ("deliver", "birth", "labo")  # prefilters: no pattern matches without one
_SPACING = re.compile(_RULES["spans"]["spacing"], _FLAGS)
_SESSION_COUNT = re.compile(_RULES["spans"]["session_count"], _FLAGS)
_UNTIL_DELIVERY = re.compile(_RULES["spans"]["until_delivery"], _FLAGS)
_DISCHARGE = re.compile(_RULES["spans"]["discharge"], _FLAGS)
_STAY_NUMBER = r"\d+(?:\.\d+)?"
_STAY = re.compile(  # "mean stay 19 versus 24 days": every figure of the list
    rf"{_RULES['spans']['stay']}[^.;]{{0,80}}?(?P<n>{_STAY_NUMBER}"
    rf"(?:\s*(?:versus|vs\.?|and|or|,|to|-|\u2013)\s*{_STAY_NUMBER})*)\s*(?:days|d)\b",
    _FLAGS,
)
_FREQUENCY = re.compile(_RULES["spans"]["frequency"], _FLAGS)
_PER_WEEK = {"once": 1, "twice": 2, "thrice": 3}


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
        """A follow-up word around it (for reviews, H6)."""
        return bool(_REVIEW_FOLLOW_UP.search(self.source, max(0, self.start - 40), self.end))

    @property
    def text(self) -> str:
        """The phrase, with the word that leads it ('at 4, 10 and 26 weeks')."""
        lead = _LEAD_WORD.search(self.source, max(0, self.start - 45), self.start)
        return (lead.group() if lead else "") + self.source[self.start : self.end]

    def evidence(self) -> Evidence:
        return Evidence(self.where, self.text)


def tag_horizon(record: Record, *, design: str) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """The horizon label, follow-up days and evidence of ``record`` (TAXONOMY.md §4)."""
    if design in _NO_HORIZON:
        return "not_reported", None, (Evidence("default", f"no outcome time for {design}"),)
    texts = _texts(record)
    lower = "\n".join(text for _, text in texts).lower()
    pregnancy = any(word in lower for word in _GESTATIONAL_CONTEXT)
    mentions = [m for where, text in texts for m in _find_mentions(where, text, pregnancy)]
    if design in _REVIEWS:
        return _review_horizon(mentions)
    return _study_horizon(texts, mentions, lower=lower)


def _texts(record: Record) -> list[tuple[str, str]]:
    texts = [("title", record.title)] if record.title else []
    for section in record.abstract:
        label = section.label.strip().upper() if section.label and section.label.strip() else ""
        texts.append((f"abstract:{label}" if label else "abstract", section.text))
    return texts


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


def _gestational(mention: _Mention, items: list[_Item]) -> bool:
    """A plain point of 20-42 weeks in a record about pregnancy: a gestational age."""
    if mention.role != "point" or _GESTATIONAL_UNLESS.match(mention.source, mention.end):
        return False
    low, high = _GESTATIONAL_WEEKS
    weeks = [
        value / 7
        for item in items
        for unit, value in _item_values(item, "")
        if unit == "day" and _UNITS[item.unit.lower()][0] == "week"
    ]
    return len(weeks) == len(items) and all(low <= week <= high for week in weeks)


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
    return items


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


def _classify(
    where: str, text: str, start: int, end: int, items: list[_Item], *, planned: bool
) -> _Mention | None:
    left, right = text[max(0, start - 45) : start], text[end : end + 60]
    if _EXCLUDE_RIGHT.match(right) or _EXCLUDE_LEFT.search(left):
        return None
    if (
        any(word in left for word in _START_WORDS)
        and _START_POINT.search(left)
        and not any(_RANGE_MARK.search(i.numbers) for i in items)
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
    least = min((v for u, v in values if u == unit), default=value)
    if unit == "day" and values[0][0] == "hour":
        least = value
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
        return "relative"
    if _FOLLOW_UP.match(right):
        return "follow_up"
    if _DURATION_RIGHT.match(right) or _DURATION_LEFT.search(left):
        return "duration"
    return "point"


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
        return float(token) if "." in token else float(parse_number(token) or 0) or None
    value = parse_number(token)
    return float(value) if value is not None else None


def _review_horizon(mentions: list[_Mention]) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """H6: a review gets a horizon only from a stated follow-up time."""
    stated = [m for m in mentions if m.unit == "day" and (m.follow or m.role not in _SPANS)]
    if not stated:
        return "not_reported", None, (Evidence("default", "review without a stated follow-up"),)
    latest = max(stated, key=lambda m: m.value)
    days = int(round(latest.value))
    return _bucket(days), days, (latest.evidence(),)


def _study_horizon(
    texts: list[tuple[str, str]], mentions: list[_Mention], *, lower: str
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
    return _single_session(texts, mentions, latest, lower=lower)


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
    if not candidates:
        return None
    value, found = max(candidates, key=lambda c: c[0])
    return int(round(value)), found.evidence() if isinstance(found, _Mention) else found


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


def _same_point(value: float, others: list[float]) -> bool:
    return any(abs(value - other) <= _SAME_POINT * other for other in others)


def _treatment_span(days: list[_Mention]) -> float:
    """The span that 'N weeks after treatment' is added to: the longest stated
    treatment duration, else the latest plain time point that is not itself one
    of the post-treatment points."""
    durations = [m.value for m in days if m.role == "duration"]
    if durations:
        return max(durations)
    later = [m.value for m in days if m.role in ("relative", "follow_up")]
    points = [m.value for m in days if m.role == "point" and not _same_point(m.value, later)]
    return max(points, default=0.0)


def _special_spans(texts: list[tuple[str, str]], *, lower: str) -> list[tuple[float, Evidence]]:
    """Spans stated other than by a time point: session spacing, 'until delivery', discharge."""
    found: list[tuple[float, Evidence]] = []
    if "apart" in lower:
        found.extend(_spacing_spans(texts))
    if "week" in lower and any(word in lower for word in _DELIVERY_WORDS):
        for where, text in texts:
            for match in _UNTIL_DELIVERY.finditer(text):
                days = (40 - int(match.group("week") or match.group("weeks"))) * 7.0
                found.append((days, Evidence(where, match.group())))
    if "discharge" in lower and any(_DISCHARGE.search(text) for _, text in texts):
        for where, text in texts:
            stays = [
                float(n) for m in _STAY.finditer(text) for n in re.findall(_STAY_NUMBER, m["n"])
            ]
            if stays:
                found.append((max(stays), Evidence(where, "stay until discharge")))
    return found


def _spacing_spans(texts: list[tuple[str, str]]) -> list[tuple[float, Evidence]]:
    """'four sessions spaced 2-3 days apart': (sessions - 1) x spacing (H2, H5)."""
    found: list[tuple[float, Evidence]] = []
    for where, text in texts:
        for match in _SPACING.finditer(text):
            sessions = sum(_count(m.group("n")) for m in _SESSION_COUNT.finditer(text))
            gap = _mean_range(match.group("gap")) * (
                7 if match.group("unit").startswith("w") else 1
            )
            if sessions > 1:
                found.append(((sessions - 1) * gap, Evidence(where, match.group())))
    return found


def _count(token: str) -> int:
    return parse_number(token) or 0


def _mean_range(token: str) -> float:
    parts = [float(p) for p in re.split(r"\s*(?:-|\u2013|to)\s*", token) if p]
    return sum(parts) / len(parts)


def _single_session(
    texts: list[tuple[str, str]],
    mentions: list[_Mention],
    latest: tuple[int, Evidence] | None,
    *,
    lower: str,
) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """H2: immediate for one session measured within a day; else not_reported."""
    cues = _session_cues(texts)
    procedure = cues.get("procedure")
    multi = _multi_session(texts, cues, lower=lower)
    if multi is not None:
        return "not_reported", None, (multi,)
    short = [m for m in mentions if m.unit in ("minute", "hour")]
    cue = procedure or cues.get("single")
    if latest is None and cue is None and not any(m.unit == "minute" for m in short):
        why = short[0] if short else None
        evidence = why.evidence() if why else Evidence("default", "no time stated")
        return "not_reported", None, (evidence,)
    day = 1 if any(m.unit == "hour" and 24 <= m.value < 48 for m in short) else 0
    if latest is not None:
        day = max(day, latest[0])
    evidence = cue or (short[0].evidence() if short else latest[1])
    return "immediate", day, (evidence,)


def _multi_session(
    texts: list[tuple[str, str]], cues: dict[str, Evidence], *, lower: str
) -> Evidence | None:
    """Evidence of treatment on several days, unless read during a procedure (H2)."""
    if "procedure" in cues:
        return None
    multi = cues.get("multi")
    if multi is not None or "crossover" in cues:
        return multi
    if not any(needle in lower for needle in _COUNT_NEEDLES):
        return None
    return _first_match(_SESSION_COUNT_CUE, texts)


def _first_match(patterns: LabelledPatterns, texts: list[tuple[str, str]]) -> Evidence | None:
    """The first hit of ``patterns`` in the first text that has one."""
    for where, text in texts:
        hit = patterns.search(text)
        if hit is not None:
            return Evidence(where, _phrase(text, hit))
    return None


def _session_cues(texts: list[tuple[str, str]]) -> dict[str, Evidence]:
    """First evidence of each session cue (single, multi, procedure, ...) in one scan."""
    found: dict[str, Evidence] = {}
    for where, text in texts:
        for hit in _SESSION_CUES.finditer(text):
            if hit.label not in found:
                found[hit.label] = Evidence(where, _phrase(text, hit))
    return found


def _phrase(text: str, hit: LabelledMatch) -> str:
    """The hit with the word its pattern looks back at ('a' of 'a day')."""
    lead = _CUE_LEADS.get(hit.text.split(None, 1)[0].lower()) if hit.text.strip() else None
    found = lead.search(text, max(0, hit.start - 10), hit.start) if lead else None
    return ((found.group() if found else "") + hit.text).strip()


def _bucket(days: int) -> str:
    if days <= _BUCKETS["immediate"]:
        return "immediate"
    if days <= _BUCKETS["short"]:
        return "short"
    if days <= _BUCKETS["intermediate"]:
        return "intermediate"
    return "long"
