"""The patterns that find head counts, built from ``rules/participants.toml``, and the
small helpers the readers share (a count's value, its sentence, the number of groups)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..tables import TAG_GROUP, LabelledPatterns, load_rules
from ..text import NUMBER_WORDS, parse_number

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
        # (not persons at a place: "300 men attending a clinic", "40 women visiting wards")
        rf"(?!\s+(?:(?!(?:from|in|at|of|on|to|and|or|with|an?|the)\b|[a-z-]+ing\b)[a-z-]+\s+){{0,2}}"
        rf"(?:{places})\b)"
        rf"(?![\s-]+(?:{modifier})\b))"
        # ("150 who reported discomfort for at least 3 months were randomised")
        rf"|\s+(?P<enrolled>(?:(?:with|who) (?:[\w'-]+ ){{1,9}}?)?"
        rf"(?:were|was) (?:then |subsequently )?(?:randomly )?{_ENROLLED}"
        # "180 were eligible and were randomized"
        rf"|(?:were|was) eligible,? and (?:were |was )?(?:then )?(?:randomly )?{_ENROLLED}"
        rf"|(?:agreed|consented) to (?:participate|take part|join|be randomi[sz]ed)"
        # "Of 1,200 patients invited, 832 enrolled"
        rf"|enrolled(?= *[,.;)])"
        rf"|(?:agreed|consented) and (?:were |was )?(?:randomly )?{_ENROLLED}"
        rf"|underwent (?:the |a )?(?:[a-z-]+ ){{0,2}}?"
        rf"(?:massage|procedure|examination|testing|test)\b"
        rf"|gave (?:written )?(?:informed )?consent"
        rf"|(?:met|fulfilled|satisfied) (?:the |all )?(?:inclusion|eligibility|study) criteria"
        # survey respondents: "554 (55%) returned it", "312 midwives replied", "612 answered",
        # "(of 2,310 invited,) 1,876 did so"
        rf"|(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:responded|replied|answered|did so"
        rf"|returned (?:it|them|the)"
        rf"|(?:were|was) returned"
        # "612 usable questionnaires were returned": one questionnaire a respondent
        rf"|(?:[a-z-]+ ){{0,2}}(?:questionnaires|surveys|survey forms) "
        rf"(?:were )?(?:returned|received))\b)"
        rf"|\s+(?P<per_group>(?:per|in each|each) group)"
        # an arm's size without a noun: "22 in the experimental group (and 21 in the ...)"
        rf"|\s+(?P<arm>(?:were\s+)?(?:in|to|into)\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:group|arm)\b"
        # "88 in intervention homes and 80 in control homes" (clusters named by place)
        rf"|(?:the\s+)?(?:intervention|control|comparison|experimental|usual[\s-]care)\s+"
        rf"(?:homes|wards|units|sites|clinics|schools|practices|centres|centers|hospitals)\b))"
        rf"|\s+(?P<took_part>{filler}{{0,{gap}}}(?!(?:{breakers}|{places})\b)[a-z][a-z'-]*s"
        rf"\s+(?:{took_part})\b))"
    )


_TAILS = _tails()
# Matched against lower-cased text without IGNORECASE: the engine can then reject
# most alternatives on their first letter, which keeps the scan cheap.
_DIGIT_COUNT = re.compile(rf"(?P<num>{_DIGIT_NUMBER}){_TAILS}")
# (a number in words may repeat itself in digits: "Twenty (20) women were interviewed")
_WORD_COUNT = re.compile(rf"(?P<num>{_WORD_NUMBER})(?:\s*\(\s*[0-9]+\s*\))?{_TAILS}")
# Where a number word starts, found by the shared scan ("3 groups of" is found by its words).
_WORD_STARTS = LabelledPatterns([("number", rf"\b(?:{_WORDS})\b")], group=TAG_GROUP)
_NOT_TOTAL = _alternation(_RULES["total_not_persons"])
_TOTAL = re.compile(
    rf"[Tt]otal(?: sample)? of (?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})\s+"
    # "a total of 2484 (58.7%) of the total prescriptions" counts no persons either
    rf"(?!(?:\([^()]{{0,24}}\)\s*)?(?:of (?:the )?(?:total |\w+ )?)?(?:{_NOT_TOTAL})\b)"
)
# "Adults ... were enrolled consecutively, 248 in total" (matched on lower-cased text)
_IN_TOTAL = re.compile(rf"(?<![(\w])(?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER}) in total\b(?! of\b)")
# ... and a second group named right after it in the same phrase: "(a total of 90) men with
# CPPS and 60 age-matched controls" (matched on lower-cased text)
_TOTAL_SECOND_PATTERN = (
    rf"[^.;:()0-9]{{0,60}}?\band (?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_alternation(_RULES['person_nouns']).lower()}|controls?)\b"
)
_GROUPS_OF = re.compile(
    rf"\b(?P<groups>two|three|four|2|3|4) (?:\w+ )?(?:groups|arms) of "
    rf"(?P<num>{_DIGIT_NUMBER}|{_WORD_NUMBER})"
)
_EACH_GROUP = re.compile(  # "24 per group", "48 infants were allocated to each group"
    r",?\s+(?:(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|allocated|assigned|included|enrolled)\s+)?"
    r"(?:in each|in both|per|each|to each|to both) (?:group|arm)\b"
    # "a control group of 20 women each" (each ends the phrase: not "20 women each received")
    r"|\s+each(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE,
)
# "(n = 64)", also after the arm's name: "(massage, n = 51)", and with thousands and the
# people named: "(n = 34,525 adults)"
_PAREN = re.compile(
    r"\(\s*(?:[A-Za-z][\w -]{0,24},\s*)?[nN]\s*=\s*"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9])"
    rf"(?:\s+(?:{_alternation(_RULES['person_nouns'])}))?\s*(?P<close>[;,)])"
)
# "(29 residents)", "(4 facilities, 49 residents)": an arm's size with its noun, read like
# "(n = 29)"
_PAREN_PERSONS = re.compile(
    rf"\(\s*(?:[0-9]+\s+(?:{_alternation(_RULES['place_nouns'])}|facilities|clusters)\s*[,;]\s*)?"
    rf"(?P<num>[0-9][0-9,]*)\s+(?:{_alternation(_RULES['person_nouns'])})"
    rf"\s*(?P<close>\))",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    rf"\b(?:{_alternation(_RULES['person_nouns'])}|sample)\s*$", re.IGNORECASE
)
_POPULATION = re.compile(
    rf"\b(?:{_alternation(_RULES['person_nouns'])}|{_ENROLLED}|allocated at random)", re.IGNORECASE
)
_NOT_BEFORE = re.compile(rf"\b(?:{_alternation(_RULES['not_count_before'])})\s*$", re.IGNORECASE)
_ENROLLED_POOL = re.compile(rf"[^,.;\d]*\b{_ENROLLED}", re.IGNORECASE)  # (before any other number)
# the persons a sample was drawn from: "1000 family physicians, of whom 512 responded"
_OF_WHOM = re.compile(
    r"[^.;\d]{0,40}?\bof\s+whom\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\([^)]*\)\s+)?"
    r"(?:responded|replied|returned|agreed|took\s+part|participated|consented|completed"
    r"|were\s+(?:randomi[sz]ed|recruited|interviewed))\b",
    re.IGNORECASE,
)
_COMPLETED = re.compile(
    r"[^.;]{0,30}?\b(?:completed|were\s+analy[sz]ed|finished|remained"
    r"|were\s+included\s+in\s+(?:the\s+)?(?:final\s+|primary\s+)?analys[ie]s)\b",
    re.IGNORECASE,
)
_DENOMINATOR = re.compile(r"(?:^|[.;]\s+)of\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)
_MALE = frozenset({"men", "males", "boys"})
_A_DIGIT = re.compile(r"\d")
# arms filled in turn: "the first 20 eligible patients ... and the next 20 ..."
_FIRST_NEXT = re.compile(
    rf"\bthe first (?P<a>{_DIGIT_NUMBER}|{_WORD_NUMBER})\b[^.]{{0,150}}?"
    rf"\bthe (?:next|following) (?P<b>{_DIGIT_NUMBER}|{_WORD_NUMBER})\b"
)
_FRACTION_HINT = re.compile(r"[0-9] (?:out )?of (?:the )?[0-9]")
# a share of those asked: "23 of 30 eligible parents (77%) enrolled" counts 23
_FRACTION = re.compile(
    rf"(?P<a>{_DIGIT_NUMBER})\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<b>{_DIGIT_NUMBER})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_alternation(_RULES['person_nouns'])})\b[^.;]{{0,30}}?"
    r"\b(?:enrolled|agreed|consented|participated|took\s+part|joined"
    r"|were\s+(?:randomi[sz]ed|included|recruited|enrolled))",
    re.IGNORECASE,
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
# "patients were screened by telephone (n = 412)": a pool, not those enrolled
_SCREENED = re.compile(
    r"\b(?:screened|approached|invited|contacted|assessed\s+for\s+eligibility)\b", re.IGNORECASE
)
_ARM_CONTEXT = re.compile(_alternation(_RULES["arm_context"]), re.IGNORECASE)
# "three groups", "a three-arm trial", "a quasi-experimental three-group study"
_GROUPS = re.compile(
    r"\b(two|three|four|five|2|3|4|5)(?: (?:\w+ )?(?:groups|arms)|-(?:groups?|arms?))\b",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"\bcontrols?\b", re.IGNORECASE)
# "18 residents of a similar ward served as controls", "98 men with a benign biopsy (controls)",
# "twenty patients in the control group received routine care"
_AS_CONTROLS = re.compile(
    r"[^.;,]{0,50}?(?:\bserved\s+as\s+(?:the\s+)?controls?\b|\(\s*controls?\s*\))"
    r"|\s+in\s+the\s+(?:control|comparison)\s+(?:group|arm)\b"
    r"(?!\s+(?:withdrew|dropped|were\s+lost|did\s+not|discontinued))",
    re.IGNORECASE,
)
# "this study compared 42 patients of one period with 42 patients of the next"
_COMPARED_WITH = re.compile(r"\bcompared\b[^.;]*\bwith\s+$", re.IGNORECASE)
_PARALLEL_LEAD = re.compile(r"\b(from|in)\s+$", re.IGNORECASE)
_PARALLEL_AND = re.compile(r"\band\s+(from|in)\s+$", re.IGNORECASE)
_INVITED = re.compile(_RULES["invited_before"], re.IGNORECASE)
_BEFORE_WINDOW = 20  # characters before a number searched for words that make it no count
_BREAKDOWN = re.compile(r"\b\d+ (?:in|to|were|was|received|got)\b", re.IGNORECASE)
_SKIP = tuple(_RULES["skip_sections"])
_SETTING = frozenset(_RULES["setting_sections"])


class _Count(NamedTuple):
    kind: str
    value: int
    where: str
    text: str
    order: tuple[int, int]


def _value(token: str) -> int | None:
    value = parse_number(token)
    return value if value and value < 1_000_000 else None


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, pos) + 1
    end = text.find(". ", pos)
    return start, len(text) if end < 0 else end


def _group_count(text: str, pos: int, *, default: int = 2) -> int:
    start, end = _sentence_span(text, pos)
    match = _GROUPS.search(text, 0, end)
    return parse_number(match.group(1)) if match else default


def _title_groups(title: str) -> int:
    """The groups a title names ("a three-arm randomised trial"), else two."""
    match = _GROUPS.search(title) if title else None
    return parse_number(match.group(1)) if match else 2


def _not_count(text: str, start: int) -> bool:
    """A word right before the number makes it no head count ('aged 45', 'sent to 540')."""
    if _NOT_BEFORE.search(text, max(0, start - _BEFORE_WINDOW), start):
        return True
    before = text[max(0, start - 32) : start]
    if "to " not in before and "surveyed" not in before:
        return False  # (cheap test first: an invitation ends "... to (a sample of) N" or
        # "surveyed (all) N")
    return _INVITED.search(text, max(0, start - 80), start) is not None
