"""``n_participants``: persons randomised or enrolled, as the abstract states them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..records import Evidence, Record
from .tables import TAG_GROUP, LabelledPatterns, load_rules
from .text import NUMBER_WORDS, parse_number

_RULES = load_rules("participants")


def _alternation(words: list[str]) -> str:
    return "|".join(words)


_WORDS = _alternation(list(NUMBER_WORDS))
_WORD_NUMBER = rf"\b(?:{_WORDS})(?:(?:\s+|-)(?:and\s+)?(?:{_WORDS}))*\b(?!-)"
# Digits first (a character class), so the regex engine jumps from digit to digit.
# digits with comma or thin-space thousands ("1,340", "18\u2009804"), not part of a figure
_DIGIT_NUMBER = (
    r"[0-9](?<![\w.,/±+\-\u00b7\u2009\u202f][0-9])(?:[0-9,]|[\u2009\u202f](?=[0-9]{3}(?![0-9])))*"
    r"(?<!,)(?![\w%]|[.,\u00b7]\d|\s*%)"
)


_ENROLLED = r"(?:randomi[sz]ed|enrolled|recruited|allocated|assigned|included|studied)\b"


def _tails() -> str:
    """What may follow a number for it to be a head count (or a per-group size).

    Written for lower-cased text (see ``_DIGIT_COUNT``).
    """
    nouns = _alternation(_RULES["person_nouns"]).lower()
    breakers = _alternation(_RULES["phrase_breakers"]).lower()
    filler = rf"(?:(?!(?:{breakers})\b)[a-z][\w'/\-]*,?\s+)"
    gap = _RULES["max_words_between"]
    screened = _alternation(_RULES["screened_not_enrolled"])
    took_part = _alternation(_RULES["participation_verbs"])
    places = _alternation(_RULES["place_nouns"]).lower()
    modifier = _alternation(_RULES["modifier_nouns"]).lower()
    return (
        rf"(?:\s+(?P<persons>{filler}{{0,{gap}}}(?:{nouns})\b(?!,?\s+(?:{screened})\b)"
        rf"(?!\s+(?:(?!(?:from|in|at|of|on|to|and|or|with)\b)[a-z-]+\s+){{0,2}}(?:{places})\b)"
        rf"(?!\s+(?:{modifier})\b))"
        rf"|\s+(?P<enrolled>(?:with (?:[\w'-]+ ){{1,6}}?)?(?:were|was) (?:then |subsequently )?"
        rf"(?:randomly )?{_ENROLLED}"
        rf"|(?:agreed|consented) to (?:participate|take part|join|be randomi[sz]ed)"
        rf"|gave (?:written )?(?:informed )?consent"
        rf"|(?:met|fulfilled|satisfied) (?:the |all )?(?:inclusion|eligibility|study) criteria"
        # survey respondents: "554 (55%) returned it", "312 midwives replied"
        rf"|(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:responded|replied|returned (?:it|them|the)"
        rf"|(?:were|was) returned)\b)"
        rf"|\s+(?P<per_group>(?:per|in each|each) group)"
        # an arm's size without a noun: "22 in the experimental group (and 21 in the ...)"
        rf"|\s+(?P<arm>(?:were\s+)?(?:in|to|into)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:group|arm)\b)"
        rf"|\s+(?P<took_part>{filler}{{0,{gap}}}(?!(?:{breakers}|{places})\b)[a-z][a-z'-]*s"
        rf"\s+(?:{took_part})\b))"
    )


_TAILS = _tails()
# Matched against lower-cased text without IGNORECASE: the engine can then reject
# most alternatives on their first letter, which keeps the scan cheap.
_DIGIT_COUNT = re.compile(rf"(?P<num>{_DIGIT_NUMBER}){_TAILS}")
_WORD_COUNT = re.compile(rf"(?P<num>{_WORD_NUMBER}){_TAILS}")
# Where a number word starts, found by the shared scan ("3 groups of" is found by its words).
_WORD_STARTS = LabelledPatterns([("number", rf"\b(?:{_WORDS})\b")], group=TAG_GROUP)
_NOT_TOTAL = _alternation(_RULES["total_not_persons"])
_TOTAL = re.compile(
    rf"[Tt]otal(?: sample)? of (?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})\s+"
    # "a total of 2484 (58.7%) of the total prescriptions" counts no persons either
    rf"(?!(?:\([^()]{{0,24}}\)\s*)?(?:of (?:the )?(?:total |\w+ )?)?(?:{_NOT_TOTAL})\b)"
)
_GROUPS_OF = re.compile(
    rf"\b(?P<groups>two|three|four|2|3|4) (?:\w+ )?(?:groups|arms) of "
    rf"(?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})"
)
_EACH_GROUP = re.compile(  # "24 per group", "48 infants were allocated to each group"
    r",?\s+(?:(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|allocated|assigned|included|enrolled)\s+)?"
    r"(?:in each|in both|per|each|to each|to both) (?:group|arm)\b",
    re.IGNORECASE,
)
# "(n = 64)", also after the arm's name: "(massage, n = 51)"
_PAREN = re.compile(
    r"\(\s*(?:[A-Za-z][\w -]{0,24},\s*)?[nN]\s*=\s*(?P<num>[0-9][0-9,]*)\s*(?P<close>[;,)])"
)
_NOUN_BEFORE = re.compile(
    rf"\b(?:{_alternation(_RULES['person_nouns'])}|sample)\s*$", re.IGNORECASE
)
_POPULATION = re.compile(
    rf"\b(?:{_alternation(_RULES['person_nouns'])}|{_ENROLLED}|allocated at random)", re.IGNORECASE
)
_NOT_BEFORE = re.compile(rf"\b(?:{_alternation(_RULES['not_count_before'])})\s*$", re.IGNORECASE)
_ENROLLED_POOL = re.compile(rf"[^,.;\d]*\b{_ENROLLED}", re.IGNORECASE)  # (before any other number)
_COMPLETED = re.compile(
    r"[^.;]{0,30}?\b(?:completed|were\s+analy[sz]ed|finished|remained)\b", re.IGNORECASE
)
_DENOMINATOR = re.compile(r"(?:^|[.;]\s+)of\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)
_MALE = frozenset({"men", "males", "boys"})
_A_DIGIT = re.compile(r"\d")
# arms filled in turn: "the first 20 eligible patients ... and the next 20 ..."
_FIRST_NEXT = re.compile(
    rf"\bthe first (?P<a>{_DIGIT_NUMBER}|{_WORD_NUMBER})\b[^.;]{{0,120}}?"
    rf"\bthe (?:next|following) (?P<b>{_DIGIT_NUMBER}|{_WORD_NUMBER})\b"
)
# two arm sizes in a row: "22 in the experimental group and 21 in the control group"
_ARM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)")
_DROPPED_OUT = re.compile(
    r"\s+(?:withdrew|dropped|discontinued|did\s+not|completed|were\s+(?:lost|excluded|"
    r"withdrawn|analy[sz]ed))",
    re.IGNORECASE,
)
# "12 men and 12 women": found from the first sex noun (a plain scan), then the
# number before it and the number and noun after it are matched where they stand
_SEX = r"(?:men|males|boys|women|females|girls)"
_SEX_NOUN = LabelledPatterns([("sex", rf"\b{_SEX}\b")], group=TAG_GROUP)
_NUMBER_BEFORE = re.compile(rf"(?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER}) $", re.IGNORECASE)
_SEX_SECOND = re.compile(
    rf",? (?:and )?(?P<other>{_DIGIT_NUMBER}|{_WORD_NUMBER}) (?P<second>{_SEX})\b", re.IGNORECASE
)
_ARM_CONTEXT = re.compile(_alternation(_RULES["arm_context"]), re.IGNORECASE)
_GROUPS = re.compile(r"\b(two|three|four|five|2|3|4|5) (?:\w+ )?(?:groups|arms)\b", re.IGNORECASE)
_CONTROL = re.compile(r"\bcontrols?\b", re.IGNORECASE)
# "18 residents of a similar ward served as controls", "98 men with a benign biopsy (controls)"
_AS_CONTROLS = re.compile(
    r"[^.;,]{0,50}?(?:\bserved\s+as\s+(?:the\s+)?controls?\b|\(\s*controls?\s*\))", re.IGNORECASE
)
_INVITED = re.compile(_RULES["invited_before"], re.IGNORECASE)
_BEFORE_WINDOW = 20  # characters before a number searched for words that make it no count
_BREAKDOWN = re.compile(r"\b\d+ (?:in|to|were|was|received|got)\b", re.IGNORECASE)
_SKIP = tuple(_RULES["skip_sections"])


class _Count(NamedTuple):
    kind: str
    value: int
    where: str
    text: str
    order: tuple[int, int]


def tag_participants(record: Record, *, design: str) -> tuple[int | None, tuple[Evidence, ...]]:
    """The head count and the phrase it was read from (None when not stated)."""
    if design in _RULES["no_count_designs"]:
        return None, (Evidence("default", f"no participant count for design {design}"),)
    counts = _find_counts(record)
    title = record.title
    if not counts and title and (_A_DIGIT.search(title) or _WORD_STARTS.hits(title)):
        counts = _section_counts(title, where="title", index=-1)  # "report of three cases"
    totals = [c for c in counts if c.kind == "total"]
    chosen = totals[0] if totals else (counts[0] if counts else None)
    if chosen is not None:
        return chosen.value, (Evidence(chosen.where, chosen.text),)
    if design == "case_report":
        value = _RULES["case_report_default"]
        return value, (Evidence("default", f"case report: {value} patient"),)
    return None, (Evidence("default", "no participant count stated"),)


def _find_counts(record: Record) -> list[_Count]:
    """The first section's counts, and any stated totals after it (all that can be chosen)."""
    counts: list[_Count] = []
    for index, section in enumerate(record.abstract):
        label = (section.label or "").upper()
        if label.startswith(_SKIP):
            continue
        where = f"abstract:{label}" if label else "abstract"
        if counts:  # a later section can only contribute a "total of N"
            counts.extend(_total_counts(section.text, where=where, index=index))
        else:
            counts.extend(_section_counts(section.text, where=where, index=index))
    return counts


def _total_counts(text: str, *, where: str, index: int) -> Iterator[_Count]:
    lower = text.lower()
    if "total" not in lower:
        return
    for match in _TOTAL.finditer(lower if len(lower) == len(text) else text):
        count = _read_count(text, match, where=where, index=index)
        if count is not None:
            yield count


def _section_counts(text: str, *, where: str, index: int) -> list[_Count]:
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # rare letters whose lower case is longer: offsets must stay aligned
    found = [
        count
        for match in _count_matches(text, lower)
        if (count := _read_count(text, match, where=where, index=index)) is not None
    ]
    found = _pair_arms(text, found)
    pairs = [
        *_sex_pairs(text, where=where, index=index),
        *_sequence_arms(text, lower, where, index),
    ]
    if pairs:  # "12 men and 12 women" counts 24, not the 12 men alone
        paired = {pair.order for pair in pairs}
        found = [count for count in found if count.order not in paired] + pairs
    found.extend(_paren_counts(text, where=where, index=index))
    counts = _merge_controls(text, _drop_pools(text, sorted(found, key=lambda c: c.order)))
    return _sums_as_totals(text, counts)


def _sequence_arms(text: str, lower: str, where: str, index: int) -> Iterator[_Count]:
    """'The first 25 admissions received usual care and the next 25 massage' counts 50."""
    if " the next " not in lower and " the following " not in lower:
        return
    for match in _FIRST_NEXT.finditer(lower):
        one, other = _value(match.group("a")), _value(match.group("b"))
        if one is not None and other is not None:
            phrase = text[match.start() : match.end()]
            yield _Count("arms", one + other, where, phrase, (index, match.start("a")))


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


def _count_matches(text: str, lower: str) -> Iterator[re.Match[str]]:
    """Digit counts and totals by scanning; word counts only where a number word starts."""
    yield from _DIGIT_COUNT.finditer(lower)
    if "total" in lower:
        yield from _TOTAL.finditer(lower)
    if "groups of" in lower or "arms of" in lower:
        yield from (m for m in _GROUPS_OF.finditer(lower) if m.group("groups").isdigit())
    for pos, _, _ in _WORD_STARTS.hits(text):
        for regex in (_GROUPS_OF, _WORD_COUNT):
            match = regex.match(lower, pos)
            if match:
                yield match
                break


_KINDS = {_TOTAL: "total", _GROUPS_OF: "per_group"}


def _not_count(text: str, start: int) -> bool:
    """A word right before the number makes it no head count ('aged 45', 'sent to 540')."""
    if _NOT_BEFORE.search(text, max(0, start - _BEFORE_WINDOW), start):
        return True
    if "to " not in text[max(0, start - 32) : start]:
        return False  # (cheap test first: every invitation ends "... to (a sample of) N")
    return _INVITED.search(text, max(0, start - 80), start) is not None


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
    ):
        return "pool"  # "Of the 72 women eligible, 64 were randomised" (not "Of 1,527 randomised")
    return kind


def _read_count(text: str, match: re.Match[str], *, where: str, index: int) -> _Count | None:
    value = _value(match.group("num"))
    if value is None or _not_count(text, match.start()):
        return None
    kind = _kind(text, match)
    if match.re is _GROUPS_OF:
        value *= parse_number(match.group("groups")) or 1
    elif kind == "per_group" or _EACH_GROUP.match(text, match.end()):
        value *= _group_count(text, match.start())
    phrase = text[match.start() : match.end()].strip()
    return _Count(kind, value, where, phrase, (index, match.start()))


def _paren_counts(text: str, *, where: str, index: int) -> list[_Count]:
    """``patients (n = 64)`` is a head count; several ``(n = 30)`` in a sentence are arms."""
    counts: list[_Count] = []
    arms: dict[tuple[int, int], list[re.Match[str]]] = {}
    for match in _PAREN.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if match.group("close") == ")" and _NOUN_BEFORE.search(before):
            value = _value(match.group("num"))
            if value is not None:
                phrase = text[max(0, match.start() - 20) : match.end()].strip()
                counts.append(_Count("paren", value, where, phrase, (index, match.start())))
        else:
            arms.setdefault(_sentence_span(text, match.start()), []).append(match)
    return counts + _arm_counts(text, arms, where=where, index=index)


def _merge_controls(text: str, counts: list[_Count]) -> list[_Count]:
    """``16 preterm neonates ... compared with 16 control infants`` -> one count of 32."""
    merged: list[_Count] = []
    for count in counts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and count.kind == previous.kind == "persons"
            and (
                _CONTROL.search(count.text)
                or _AS_CONTROLS.match(text, count.order[1] + len(count.text))
            )
            and _sentence_span(text, previous.order[1]) == _sentence_span(text, count.order[1])
            and not _BREAKDOWN.search(text, previous.order[1] + len(previous.text), count.order[1])
        ):
            text_both = f"{previous.text} ... {count.text}"
            value = previous.value + count.value
            merged[-1] = _Count("persons", value, previous.where, text_both, previous.order)
            continue
        merged.append(count)
    return merged


def _arm_counts(text: str, arms: dict, *, where: str, index: int) -> list[_Count]:
    counts = []
    for (start, end), matches in arms.items():
        values = [_value(m.group("num")) for m in matches]
        if len(values) >= 2 and None not in values and _ARM_CONTEXT.search(text, start, end):
            phrase = text[matches[0].start() : matches[-1].end()]
            counts.append(_Count("arms", sum(values), where, phrase, (index, matches[0].start())))
        elif len(values) == 1 and values[0] and _POPULATION.search(text, start, matches[0].start()):
            # the one "(n = 58)" of a sentence that names its population or enrolment first
            phrase = text[start : matches[0].end()].strip()
            counts.append(_Count("paren", values[0], where, phrase, (index, matches[0].start())))
    return counts


def _value(token: str) -> int | None:
    value = parse_number(token)
    return value if value and value < 1_000_000 else None


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, pos) + 1
    end = text.find(". ", pos)
    return start, len(text) if end < 0 else end


def _group_count(text: str, pos: int) -> int:
    start, end = _sentence_span(text, pos)
    match = _GROUPS.search(text, 0, end)
    return parse_number(match.group(1)) if match else 2
