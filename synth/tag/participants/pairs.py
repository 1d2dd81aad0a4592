"""Counts read together: a pool and the count taken from it, a split by sex or by arm,
arms filled in turn, a count that is the sum of those before it, controls beside cases."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .patterns import (
    _ARM_CONTEXT,
    _ARM_JOIN,
    _AS_CONTROLS,
    _BREAKDOWN,
    _COMPARED_WITH,
    _CONTROL,
    _DROPPED_OUT,
    _FIRST_NEXT,
    _FRACTION,
    _FRACTION_HINT,
    _MALE,
    _NOUN_BEFORE,
    _NUMBER_BEFORE,
    _PARALLEL_AND,
    _PARALLEL_LEAD,
    _PAREN,
    _PAREN_PERSONS,
    _POPULATION,
    _SCREENED,
    _SEX_NOUN,
    _SEX_SECOND,
    _Count,
    _not_count,
    _sentence_span,
    _value,
)


def _sequence_arms(text: str, lower: str, where: str, index: int) -> Iterator[_Count]:
    """'The first 25 admissions received usual care and the next 25 massage' counts 50."""
    if " the next " not in lower and " the following " not in lower:
        return
    for match in _FIRST_NEXT.finditer(lower):
        one, other = _value(match.group("a")), _value(match.group("b"))
        if one is not None and other is not None:
            phrase = text[match.start() : match.end()]
            yield _Count("arms", one + other, where, phrase, (index, match.start("a")))


def _fractions(text: str, lower: str, where: str, index: int) -> Iterator[_Count]:
    """'23 of 30 eligible parents (77%) enrolled' counts the 23 who took part (N1)."""
    hint = _FRACTION_HINT.search(lower) if " of " in lower else None
    if hint is None:  # (cheap: a number, "of", a number; the full pattern only from there)
        return
    for match in _FRACTION.finditer(text, max(0, hint.start() - 8)):
        value = _value(match.group("a"))
        if value is not None and not _not_count(text, match.start()):
            yield _Count("persons", value, where, match.group(), (index, match.start()))


def _pair_arms(text: str, counts: list[_Count]) -> list[_Count]:
    """Two arm sizes in a row count their sum (not a withdrawal by arm); one alone, nothing."""
    kept: list[_Count] = []
    for count in counts:
        previous = kept[-1] if kept else None
        if count.kind != "arm":
            kept.append(count)
        elif previous is not None and previous.kind == "arm":
            gap = text[previous.order[1] + len(previous.text) : count.order[1]]
            end = count.order[1] + len(count.text)
            if _ARM_JOIN.fullmatch(gap) and not _DROPPED_OUT.match(text, end):
                phrase = f"{previous.text}{gap}{count.text}"
                kept[-1] = _Count(
                    "arms", previous.value + count.value, count.where, phrase, previous.order
                )
            else:
                kept[-1] = count
        else:
            kept.append(count)
    return [count for count in kept if count.kind != "arm"]


def _sums_as_totals(text: str, counts: list[_Count]) -> list[_Count]:
    """A count equal to the sum of two or more counts before it in its sentence is their
    total ("22 residents received massage and 22 continued usual care (n = 44)")."""
    if len(counts) < 3:
        return counts
    result, parts = list(counts), {}  # sentence span -> the values before, in it
    for at, count in enumerate(counts):
        before = parts.setdefault(_sentence_span(text, count.order[1]), [])
        if len(before) >= 2 and sum(before) == count.value and count.kind != "total":
            result[at] = count._replace(kind="total")
        before.append(count.value)
    return result


def _drop_pools(text: str, counts: list[_Count]) -> list[_Count]:
    """A pool ("Of the 72 eligible women, ...") gives way to the count that follows it
    in its sentence ("... 64 were randomised"); alone, it is the head count."""
    kept = []
    for at, count in enumerate(counts):
        if count.kind == "pool":
            following = counts[at + 1] if at + 1 < len(counts) else None
            span = _sentence_span(text, count.order[1])
            if following is not None and _sentence_span(text, following.order[1]) == span:
                continue
            count = count._replace(kind="persons")
        kept.append(count)
    return kept


def _sex_pairs(text: str, *, where: str, index: int) -> Iterator[_Count]:
    for _, _, noun in _SEX_NOUN.hits(text):
        second = _SEX_SECOND.match(text, noun.end())
        if second is None or (noun.group().lower() in _MALE) == (
            second.group("second").lower() in _MALE
        ):
            continue  # "12 women and 12 girls" is no split by sex
        first = _NUMBER_BEFORE.search(text, max(0, noun.start() - 40), noun.start())
        if first is None or _not_count(text, first.start()):
            continue
        one, other = _value(first.group("num")), _value(second.group("other"))
        if one is not None and other is not None:
            phrase = text[first.start() : second.end()]
            yield _Count("persons", one + other, where, phrase, (index, first.start()))


# arm sizes each named by its arm in brackets: "73 (massage) and 70 (rest) were included"
_BRACKETED_ARMS = re.compile(
    r"(?<![\w.,])(?P<a>\d[\d,]*)\s*\((?:the\s+)?[a-z][\w\s-]{0,25}\)\s*(?:and|vs\.?|versus|,)\s*"
    r"(?P<b>\d[\d,]*)\s*\((?:the\s+)?[a-z][\w\s-]{0,25}\)\s+(?:were|was)\s+(?:(?P<analysed>analy[sz]ed"
    r"|studied)|randomi[sz]ed|included|enrolled|allocated|assigned|recruited)\b",
    re.IGNORECASE,
)


_ARMS_HINT = re.compile(r"\)\s*(?:and|vs\.?|versus|,)\s*\d")


def _bracketed_arms(text: str, *, where: str, index: int) -> list[_Count]:
    """The two arms of "73 (massage) and 70 (rest) were included", as one total (as
    persons when they were only analysed: an earlier randomised count comes first, N1)."""
    counts = []
    if "(" not in text or not _ARMS_HINT.search(text):  # (cheap: the full pattern is slow)
        return counts
    for match in _BRACKETED_ARMS.finditer(text):
        a, b = _value(match.group("a")), _value(match.group("b"))
        if a is not None and b is not None:
            kind = "persons" if match.group("analysed") else "total"
            phrase = match.group().strip()
            counts.append(_Count(kind, a + b, where, phrase, (index, match.start())))
    return counts


# the arms' sizes listed in one bracket: "(massage n = 30, control n = 28)", "(n = 25 massage,
# n = 25 control)", "(massage, n = 30; control, n = 28)", "(experimental group 21, control
# group 22)"; every item of the bracket must be an arm's size
_BRACKET = re.compile(r"\(([^()]{9,160})\)")
_LISTED_ARM = re.compile(
    r"(?:[a-z][\w-]*(?:\s+[\w-]+){0,3}?(?:\s*,\s*|\s+))?n\s*=\s*(?P<n>\d[\d,]*)"
    r"(?:\s+[a-z][\w-]*(?:\s+[\w-]+){0,2})?"
    r"|[a-z][\w-]*(?:\s+[\w-]+){0,2}?\s+(?:group|arm)\s*:?\s*(?P<g>\d+)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)


def _listed_arms(text: str, *, where: str, index: int) -> Iterator[_Count]:
    """The sum of the arms' sizes listed in one bracket (see ``_LISTED_ARM``)."""
    for bracket in _BRACKET.finditer(text):
        inner = bracket.group(1)
        lower = inner.lower()
        if "=" not in inner and "group" not in lower and "arm" not in lower:
            continue
        items = inner.split(";") if ";" in inner else _LIST_SPLIT.split(inner)
        total = 0
        for item in items:
            match = _LISTED_ARM.fullmatch(item.strip())
            value = _value(match.group("n") or match.group("g")) if match else None
            if value is None:
                break  # an item that is no arm's size: the bracket lists something else
            total += value
        else:
            if len(items) >= 2:
                yield _Count("arms", total, where, bracket.group(), (index, bracket.start()))


def _paren_counts(text: str, *, where: str, index: int) -> list[_Count]:
    """``patients (n = 64)`` is a head count; several ``(n = 30)`` in a sentence about
    allocation are arms (also "... or talk with the same nurse (n = 38)")."""
    counts: list[_Count] = []
    arms: dict[tuple[int, int], list[re.Match[str]]] = {}
    found = [*_PAREN.finditer(text), *_PAREN_PERSONS.finditer(text)] if "(" in text else []
    by_sentence: dict[tuple[int, int], int] = {}
    for match in found:
        span = _sentence_span(text, match.start())
        by_sentence[span] = by_sentence.get(span, 0) + 1
    for match in sorted(found, key=lambda m: m.start()):
        span = _sentence_span(text, match.start())
        before = text[max(0, match.start() - 40) : match.start()]
        named = match.group("close") == ")" and _NOUN_BEFORE.search(before)
        if named and not (by_sentence[span] > 1 and _ARM_CONTEXT.search(text, *span)):
            value = _value(match.group("num"))
            if value is not None:
                phrase = text[max(0, match.start() - 20) : match.end()].strip()
                counts.append(_Count("paren", value, where, phrase, (index, match.start())))
        else:
            arms.setdefault(span, []).append(match)
    return counts + _arm_counts(text, arms, where=where, index=index)


def _merge_controls(text: str, counts: list[_Count]) -> list[_Count]:
    """``16 preterm neonates ... compared with 16 control infants`` -> one count of 32 (also
    "compared 42 patients of the first period with 42 patients of the second")."""
    merged: list[_Count] = []
    for count in counts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and count.kind == previous.kind == "persons"
            and (
                _CONTROL.search(count.text)
                or _AS_CONTROLS.match(text, count.order[1] + len(count.text))
                or _COMPARED_WITH.search(
                    text, _sentence_span(text, previous.order[1])[0], count.order[1]
                )
                or _parallel(text, previous, count)
                or _listed(text, previous, count)
                or _parallel_arms(text, previous, count)
            )
            and _sentence_span(text, previous.order[1]) == _sentence_span(text, count.order[1])
            and not _BREAKDOWN.search(text, previous.order[1] + len(previous.text), count.order[1])
            and not _in_brackets_after(text, previous, count)  # "64 patients (32 ..., 32 controls)"
        ):
            text_both = f"{previous.text} ... {count.text}"
            value = previous.value + count.value
            merged[-1] = _Count("persons", value, previous.where, text_both, previous.order)
            continue
        merged.append(count)
    return merged


def _arm_counts(text: str, arms: dict, *, where: str, index: int) -> list[_Count]:
    counts = []
    for (start, end), found in arms.items():
        matches = _not_screened(text, start, found)
        values = [_value(m.group("num")) for m in matches]
        if len(values) >= 2 and None not in values and _ARM_CONTEXT.search(text, start, end):
            phrase = text[matches[0].start() : matches[-1].end()]
            total = sum(values)
            if len(values) >= 3 and max(values) * 2 == total:
                total = max(values)  # "(n = 125) were randomized to ... (n = 63) or ... (n = 62)"
            counts.append(_Count("arms", total, where, phrase, (index, matches[0].start())))
        elif (
            len(values) == 1
            and values[0]
            and _POPULATION.search(text, start, matches[0].start())
            and not _SCREENED.search(text, start, matches[0].start())
        ):
            # the one "(n = 58)" of a sentence that names its population or enrolment first
            phrase = text[start : matches[0].end()].strip()
            counts.append(_Count("paren", values[0], where, phrase, (index, matches[0].start())))
    return counts


def _not_screened(text: str, start: int, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The figures of a sentence that are not a screened pool: "screened by telephone
    (n = 412); 64 were randomised to massage (n = 32) or wait-list (n = 32)"."""
    kept, since = [], start
    for match in matches:
        if not _SCREENED.search(text, since, match.start()):
            kept.append(match)
        since = match.end()
    return kept


def _in_brackets_after(text: str, previous: _Count, count: _Count) -> bool:
    """``count`` stands in a bracket opened after ``previous``: a breakdown of it."""
    gap = text[previous.order[1] + len(previous.text) : count.order[1]]
    return "(" in gap and ")" not in gap


def _parallel(text: str, previous: _Count, count: _Count) -> bool:
    """Two samples named in parallel: "from 96 men with pain and from 40 asymptomatic men",
    "in 12 normal subjects and in 8 patients"."""
    lead = _PARALLEL_LEAD.search(text, max(0, previous.order[1] - 6), previous.order[1])
    again = _PARALLEL_AND.search(text, max(0, count.order[1] - 12), count.order[1])
    return lead is not None and again is not None and lead[1].lower() == again[1].lower()


# two samples in one list of nouns: "28 women with fibromyalgia and 24 healthy women", "48
# patients, 37 carers and 61 staff" (no verb between them: not "60 were randomised and 54 ...")
_LIST_GAP = re.compile(
    r"(?:\s+(?:with|without|from|in|at|of|on|receiving|undergoing|who|aged|treated)\b"
    r"(?:(?!\b(?:were|was|are|is|and|completed|randomi[sz]ed|allocated|assigned|enrolled|"
    r"included|analy[sz]ed)\b)[^.;:()]){0,80}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)",
    re.IGNORECASE,
)


def _listed(text: str, previous: _Count, count: _Count) -> bool:
    """Two samples named one after the other in a list of nouns (not a whole and its
    split by sex: "120 patients, 60 women and 60 men")."""
    if count.value == previous.value and " and " in count.text:
        return False
    return _LIST_GAP.fullmatch(text, _count_end(text, previous), count.order[1]) is not None


def _count_end(text: str, count: _Count) -> int:
    """Where ``count``'s phrase ends in ``text`` (of a merged count, its last part's)."""
    last = count.text.rsplit(" ... ", 1)[-1]
    return text.find(last, count.order[1]) + len(last)


# two arms told in parallel: "19 residents received a hand massage and 19 residents a
# footbath", "21 inpatients on one ward received massage, and 21 inpatients on another ward
# received exercise" (the same persons, each followed by what they received)
_RECEIVED = r"(?:received|underwent|were\s+given|were\s+treated|got)\b"
_RECEIVED_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,4}}?{_RECEIVED}", re.IGNORECASE)
_SECOND_ARM_AFTER = re.compile(
    rf"\s+(?:(?:[\w-]+\s+){{0,4}}?{_RECEIVED}|(?:a|an|the|usual|standard|routine)\b)",
    re.IGNORECASE,
)


def _parallel_arms(text: str, previous: _Count, count: _Count) -> bool:
    """Two arms of the same persons, each told what it received."""
    noun = previous.text.rsplit(None, 1)[-1].lower()
    if " ... " in previous.text or noun != count.text.rsplit(None, 1)[-1].lower():
        return False
    end = _count_end(text, previous)
    if count.order[1] < end or _RECEIVED_AFTER.match(text, end) is None:
        return False  # ("One hundred and fifty patients": "hundred and fifty" is no second count)
    return _SECOND_ARM_AFTER.match(text, _count_end(text, count)) is not None
