"""``n_participants``: persons randomised or enrolled, as the abstract states them.

Modules: ``patterns`` builds the count patterns from ``rules/participants.toml``,
``pairs`` reads counts together (pools, splits by sex or arm, sums, controls); this
module finds the counts of each section and chooses the head count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...records import Evidence, Record
from ..text import parse_number
from .pairs import (
    _bracketed_arms,
    _drop_pools,
    _fractions,
    _listed_arms,
    _merge_controls,
    _pair_arms,
    _paren_counts,
    _sequence_arms,
    _sex_pairs,
    _sums_as_totals,
)
from .patterns import (
    _A_DIGIT,
    _COMPLETED,
    _DENOMINATOR,
    _DIGIT_COUNT,
    _EACH_GROUP,
    _ENROLLED_POOL,
    _GROUPS_OF,
    _IN_TOTAL,
    _OF_WHOM,
    _RULES,
    _SETTING,
    _SKIP,
    _TOTAL,
    _TOTAL_SECOND_PATTERN,
    _WORD_COUNT,
    _WORD_STARTS,
    _Count,
    _group_count,
    _not_count,
    _title_groups,
    _value,
)

_MET_CRITERIA = re.compile(r"(?:met|fulfilled|satisfied)\b")
# the sample a questionnaire went to: "offered to 620 consecutive outpatients; 450 returned it"
_SENT_TO = re.compile(
    r"\b(?:offered|sent|mailed|posted|e-?mailed|distributed|handed|given)\s+to\s+(?:all\s+)?$"
)
_OPINION_TYPES = frozenset(_RULES["no_count_publication_types"])
# "Of 3100 patients (mean age 77), 8 (0.26%) had an event": the part that follows is an
# outcome's share, so the "pool" is the sample (unlike "Of 72 eligible, 64 were randomised")
_EVENT_SHARE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?[^.;\d(]{0,40}?,\s*(?:\d[\d,]*|[a-z]+)\s*(?:\([^()]*\)\s*)?"
    r"(?:had|developed|experienced|suffered|showed|died|required|needed)\b",
    re.IGNORECASE,
)
_TOTAL_SECOND = re.compile(_TOTAL_SECOND_PATTERN)


def tag_participants(record: Record, *, design: str) -> tuple[int | None, tuple[Evidence, ...]]:
    """The head count and the phrase it was read from (None when not stated)."""
    if design in _RULES["no_count_designs"]:
        return None, (Evidence("default", f"no participant count for design {design}"),)
    if design == "other" and _OPINION_TYPES.intersection(record.publication_types):
        return None, (Evidence("default", "an opinion piece counts no participants of its own"),)
    # "report of three cases", "... in 80 women: a randomised trial", "a study of 209
    # men": a count the title states is the sample; else the abstract's
    title = record.title
    counts = []
    if title and (_A_DIGIT.search(title) or _WORD_STARTS.hits(title)):
        counts = _section_counts(title, where="title", index=-1)
    if not counts:
        counts = _find_counts(record, groups=_title_groups(title))
    totals = [c for c in counts if c.kind == "total"]
    chosen = totals[0] if totals else (counts[0] if counts else None)
    if chosen is not None:
        return chosen.value, (Evidence(chosen.where, chosen.text),)
    if design == "case_report":
        value = _RULES["case_report_default"]
        return value, (Evidence("default", f"case report: {value} patient"),)
    return None, (Evidence("default", "no participant count stated"),)


def _find_counts(record: Record, *, groups: int = 2) -> list[_Count]:
    """The first section's counts, and any stated totals after it (all that can be chosen)."""
    counts: list[_Count] = []
    for index, section in enumerate(record.abstract):
        label = (section.label or "").upper()
        if label.startswith(_SKIP) or label in _SETTING:
            continue
        where = f"abstract:{label}" if label else "abstract"
        if counts:  # a later section can only contribute a "total of N"
            counts.extend(_total_counts(section.text, where=where, index=index, groups=groups))
        else:
            counts.extend(_section_counts(section.text, where=where, index=index, groups=groups))
    return counts


def _total_counts(text: str, *, where: str, index: int, groups: int = 2) -> Iterator[_Count]:
    """The totals a later section states: "a total of N", "N in total", and arms
    named in brackets ("73 (massage) and 70 (rest) were included")."""
    yield from (c for c in _bracketed_arms(text, where=where, index=index) if c.kind == "total")
    lower = text.lower()
    if "total" not in lower:
        return
    source = lower if len(lower) == len(text) else text
    for match in (*_TOTAL.finditer(source), *_IN_TOTAL.finditer(source)):
        count = _read_count(text, match, where=where, index=index, groups=groups)
        if count is not None:
            yield count


def _section_counts(text: str, *, where: str, index: int, groups: int = 2) -> list[_Count]:
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # rare letters whose lower case is longer: offsets must stay aligned
    found = [
        count
        for match in _count_matches(text, lower)
        if (count := _read_count(text, match, where=where, index=index, groups=groups)) is not None
    ]
    found = _pair_arms(text, found)
    pairs = [
        *_sex_pairs(text, where=where, index=index),
        *_sequence_arms(text, lower, where, index),
    ]
    if pairs:  # "12 men and 12 women" counts 24, not the 12 men alone
        paired = {pair.order for pair in pairs}
        found = [count for count in found if count.order not in paired] + pairs
    fractions = list(_fractions(text, lower, where, index))
    if fractions:  # the pool of "23 of 30 eligible parents" is no count of its own
        spans = [(f.order[1], f.order[1] + len(f.text)) for f in fractions]
        found = [c for c in found if not any(a <= c.order[1] < b for a, b in spans)]
        found += fractions
    found.extend(_paren_counts(text, where=where, index=index))
    found.extend(_bracketed_arms(text, where=where, index=index))
    if "(" in text:
        found.extend(_listed_arms(text, where=where, index=index))
    counts = _merge_controls(text, _drop_pools(text, sorted(found, key=lambda c: c.order)))
    return _sums_as_totals(text, counts)


def _count_matches(text: str, lower: str) -> Iterator[re.Match[str]]:
    """Digit counts and totals by scanning; word counts only where a number word starts."""
    yield from _DIGIT_COUNT.finditer(lower)
    if "total" in lower:
        yield from _TOTAL.finditer(lower)
        yield from _IN_TOTAL.finditer(lower)
    if "groups of" in lower or "arms of" in lower:
        yield from (m for m in _GROUPS_OF.finditer(lower) if m.group("groups").isdigit())
    for pos, _, _ in _WORD_STARTS.hits(text):
        if pos and lower[pos - 1] == "-":
            continue  # the "two" of "forty-two" starts no count of its own
        for regex in (_GROUPS_OF, _WORD_COUNT):
            match = regex.match(lower, pos)
            if match:
                yield match
                break


_KINDS = {_TOTAL: "total", _IN_TOTAL: "total", _GROUPS_OF: "per_group"}


def _kind(text: str, match: re.Match[str]) -> str:
    """What a count is: a stated total, persons, a per-group size, or a pool that a
    later count of its sentence may take from."""
    kind = _KINDS.get(match.re) or match.lastgroup or "persons"
    kind = "persons" if kind in ("enrolled", "took_part") else kind
    if kind == "total" and _COMPLETED.match(text, match.end()):
        return "persons"  # "a total of 112 patients completed": no more than any count (N1)
    if (
        kind == "persons"
        and _DENOMINATOR.search(text, max(0, match.start() - 12), match.start())
        and not _ENROLLED_POOL.match(text, match.end())
        and not _EVENT_SHARE.match(text, match.end())
    ):
        return "pool"  # "Of the 72 women eligible, 64 were randomised" (not "Of 1,527 randomised")
    if match.lastgroup == "enrolled" and _MET_CRITERIA.match(match.group("enrolled")):
        return "pool"  # "318 met the eligibility criteria and 212 were randomized"
    if match.lastgroup == "persons" and _SENT_TO.search(
        text, max(0, match.start() - 30), match.start()
    ):
        return "pool"  # (the responders that follow in the sentence are the count)
    if match.lastgroup == "persons" and _OF_WHOM.match(text, match.end()):
        return "pool"  # "1000 family physicians, of whom 512 responded"
    return kind


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# units of several persons, counted in persons right after: "Sixty patient-caregiver dyads
# (120 participants)"
_PERSONS_AFTER = re.compile(
    r"(?:(?<=couples)|(?<=dyads)|(?<=pairs)|(?<=triads))\s*\(\s*(?P<num>\d[\d,]*)\s+"
    r"(?:participants|individuals|persons|people|subjects)\s*\)",
    re.IGNORECASE,
)


def _a_year(text: str, match: re.Match[str]) -> bool:
    """A year, not a count: "the 2012 National Health Interview Survey adult supplement"."""
    digits = match.group("num")
    return (
        len(digits) == 4
        and digits.isdigit()
        and 1900 <= int(digits) <= 2099
        and _THE_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
    )


def _read_count(
    text: str, match: re.Match[str], *, where: str, index: int, groups: int = 2
) -> _Count | None:
    """The count ``match`` states; a size per group times the groups of its sentence, else
    ``groups`` (the title's: "a three-arm trial")."""
    value = _value(match.group("num"))
    if value is None or _not_count(text, match.start()) or _a_year(text, match):
        return None
    kind = _kind(text, match)
    if match.re is _GROUPS_OF:
        value *= parse_number(match.group("groups")) or 1
    elif kind == "per_group" or _EACH_GROUP.match(text, match.end()):
        value *= _group_count(text, match.start(), default=groups)
    elif match.re is _TOTAL:  # "a total of 90 men with CPPS and 60 controls": both groups
        second = _TOTAL_SECOND.match(text.lower(), match.end())
        value += (_value(second.group("num")) or 0) if second is not None else 0
    persons = _PERSONS_AFTER.match(text, match.end())  # "nine couples (18 participants)"
    if persons is not None:
        value = _value(persons.group("num")) or value
    phrase = text[match.start() : match.end()].strip()
    return _Count(kind, value, where, phrase, (index, match.start()))
