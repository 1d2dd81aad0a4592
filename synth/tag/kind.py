"""``massage_kind``: soft-tissue therapy, or a procedure that borrows the word."""

from __future__ import annotations

from ..records import Evidence, Record
from .tables import LabelledPatterns, load_rules, table_patterns
from .text import record_sections

_RULES = load_rules("kind")
_PATTERNS = LabelledPatterns(table_patterns(_RULES["rule"]))
_ORDER = {row["label"]: i for i, row in enumerate(_RULES["rule"])}
_PLACES = ("title", "abstract", "mesh", "keyword")


def tag_kind(record: Record) -> tuple[str, tuple[Evidence, ...]]:
    """The record's ``massage_kind`` and the phrase that decided it."""
    sections = record_sections(record)
    for place in _PLACES:
        hits = [
            (_ORDER[hit.label], hit.label, Evidence(where, hit.text))
            for where, text in sections
            if where.split(":")[0] == place
            for hit in _PATTERNS.finditer(text)
        ]
        if hits:
            _, label, evidence = min(hits, key=lambda h: h[0])
            return label, (evidence,)
    return _RULES["default"], (Evidence("default", "no cue matched"),)
