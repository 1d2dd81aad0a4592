"""What the direction modules share: the rule table, texts and cue evidence."""

from __future__ import annotations

import re

from ...records import Record
from ..horizon import SHARED_GROUP
from ..tables import LabelledMatch, load_rules
from ..text import per_record

_RULES = load_rules("direction")
_FLAGS = re.IGNORECASE


# The gate's pattern sets (rare start words) join the tagger's shared scan; the
# cue table (common words: "not", "more", "p") scans only the sections it reads.
_GROUP = SHARED_GROUP


# Cue patterns that start after a look-behind ("(?<=did )not improve"): the
# word they look back at, by the hit's first word, shown with it as evidence.
_AUX = r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can|would|will)\s$"
_WITHOUT = r"\bwithout(?:\s+(?:a|any))?\s$"
_LEADS = {
    word: re.compile(pattern, _FLAGS)
    for pattern, words in (
        (_AUX, ["not"]),
        (r"\w+n['\u2019]$", ["t"]),
        (r"\b(?:in|for|for\s+the)\s$", ["diagnosis", "diagnosing"]),
        (r"\b(?:study|trial|review)\s$", ["protocol"]),
        (r"\b(?:compared\s+(?:with|to)|relative\s+to|from)\s$", ["baseline"]),
        (r"\bfrom\s$", ["before"]),
        (r"\bthe\s$", ["two", "three"]),
        (r"\bin\s$", ["addition"]),
        (r"\b(?:with|after|under|following|by)\s$", ["both"]),
        (_WITHOUT, ["significant", "significance", "significantly", "difference", "effect"]),
        (_WITHOUT, ["benefit", "statistically", "clinically", "measurable", "notable"]),
        (_WITHOUT, ["noticeable", "appreciable", "relevant", "meaningful", "major"]),
        (_WITHOUT, ["further", "additional"]),
    )
    for word in words
}
_FIRST_WORD = re.compile(r"\w+")


def _phrase(text: str, hit: LabelledMatch) -> str:
    """The hit with the word its pattern looks back at ('did' of 'did not improve')."""
    first = _FIRST_WORD.match(hit.text)
    lead = _LEADS.get(first.group().lower()) if first else None
    found = lead.search(text, max(0, hit.start - 25), hit.start) if lead else None
    return (found.group() if found else "") + hit.text


@per_record
def _texts(record: Record) -> list[tuple[str, str]]:
    texts = [("title", record.title)] if record.title else []
    for section in record.abstract:
        texts.append((_where(section.label), section.text))
    return texts


def _where(label: str | None) -> str:
    return f"abstract:{label.strip().upper()}" if label and label.strip() else "abstract"
