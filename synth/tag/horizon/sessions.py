"""Single sessions (H2): ``immediate`` for one session measured within a day.

Session cues (a single session, several sessions, a procedure, a crossover)
tell one session from several; other cues make a time unplaceable.
"""

from __future__ import annotations

import re

from ...records import Evidence
from ..tables import LabelledMatch, LabelledPatterns
from .common import _FLAGS, _GROUP, _RULES
from .mentions import _Mention

_SESSIONS = _RULES["sessions"]
_SESSION_CUES = LabelledPatterns(
    (
        (label, pattern)
        for label, patterns in (
            ("procedure", [_SESSIONS["procedure"]]),
            ("resuscitation", [_SESSIONS["resuscitation"]]),
            ("labour", [_SESSIONS["labour_stages"]]),
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
_ONE_SESSION = re.compile(r"(?:a\s+)?(?:single|one)\b", _FLAGS)  # not "during labour"
_DURING_RESUSCITATION = re.compile(_SESSIONS["during_resuscitation"], _FLAGS)
_HEAD_SECTION = re.compile(r"OBJECT|AIM|PURPOSE|GOAL|QUESTION|INTERVENTION", _FLAGS)
_ARM_DAYS = re.compile(_SESSIONS["crossover_arm_days"], _FLAGS)
_SESSION_COUNT_CUE = LabelledPatterns([("count", _SESSIONS["multi_session_count"])], **_GROUP)


def _single_session(
    texts: list[tuple[str, str]],
    mentions: list[_Mention],
    latest: tuple[int, Evidence] | None,
    *,
    lower: str,
    animal: bool = False,
) -> tuple[str, int | None, tuple[Evidence, ...]]:
    """H2: immediate for one session measured within a day; else not_reported."""
    cues = _session_cues(texts)
    procedure = cues.get("procedure") or _measured_during(cues, lower=lower, animal=animal)
    if procedure is not None and all(where == "title" for where, _ in texts):
        procedure = None  # a title alone ("... by carotid sinus massage") states no measurement
    if procedure is None and latest is None and "resuscitation" in cues:
        return "not_reported", None, (cues["resuscitation"],)
    multi = _multi_session(texts, cues, lower=lower)
    if multi is not None and not _single_in_head(cues, texts):
        return "not_reported", None, (multi,)
    short = [m for m in mentions if m.unit in ("minute", "hour")]
    cue = procedure or cues.get("single") or cues.get("labour")
    if latest is None and cue is None and not short:
        why = short[0] if short else None
        evidence = why.evidence() if why else Evidence("default", "no time stated")
        return "not_reported", None, (evidence,)
    day = 1 if any(m.unit == "hour" and 24 <= m.value < 48 for m in short) else 0
    if latest is not None:
        day = max(day, latest[0])
    evidence = cue or (short[0].evidence() if short else latest[1])
    return "immediate", day, (evidence,)


def _measured_during(cues: dict[str, Evidence], *, lower: str, animal: bool) -> Evidence | None:
    """A resuscitation cue when outcomes are read during it (pressures, compression
    quality, an animal model); patients' later outcomes are no time point (H3)."""
    cue = cues.get("resuscitation")
    if cue is None or not (animal or _DURING_RESUSCITATION.search(lower)):
        return None
    return cue


def _single_in_head(cues: dict[str, Evidence], texts: list[tuple[str, str]]) -> bool:
    """A single session named in the title or the first section ("to examine a single foot
    massage during haemodialysis"): a frequency elsewhere is someone else's schedule."""
    single = cues.get("one")
    if single is None or "crossover" in cues:
        return False
    return single.where == "title" or _HEAD_SECTION.search(single.where) is not None


def _multi_session(
    texts: list[tuple[str, str]], cues: dict[str, Evidence], *, lower: str
) -> Evidence | None:
    """Evidence of treatment on several days, unless read during a procedure (H2)."""
    if "procedure" in cues or "resuscitation" in cues or "labour" in cues:
        return None  # (one manoeuvre, one resuscitation, one labour)
    multi = cues.get("multi")
    if multi is not None and "crossover" in cues and _ARM_DAYS.fullmatch(multi.text):
        return None  # "two heel lances on consecutive days, in random order": one per arm
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
            if hit.label == "single" and "one" not in found and _ONE_SESSION.match(hit.text):
                found["one"] = Evidence(where, _phrase(text, hit))  # "a single session"
    return found


def _phrase(text: str, hit: LabelledMatch) -> str:
    """The hit with the word its pattern looks back at ('a' of 'a day')."""
    lead = _CUE_LEADS.get(hit.text.split(None, 1)[0].lower()) if hit.text.strip() else None
    found = lead.search(text, max(0, hit.start - 10), hit.start) if lead else None
    return ((found.group() if found else "") + hit.text).strip()
