"""``design``: publication types first, then design cues in title and abstract."""

from __future__ import annotations

from ..records import Evidence, Record
from .cues import CueHits, CueScanner
from .tables import TAG_GROUP, load_rules

_RULES = load_rules("design")
_SCANNER = CueScanner(_RULES["cues"], group=TAG_GROUP)


def tag_design(record: Record) -> tuple[str, tuple[Evidence, ...]]:
    """The record's study design and the publication type or phrase behind it."""
    sections = [("title", record.title)] if record.title else []
    sections += [
        (f"abstract:{s.label.upper()}" if s.label else "abstract", s.text) for s in record.abstract
    ]
    hits = _SCANNER.scan(sections)
    types = set(record.publication_types)
    for rule in _RULES["rule"]:
        evidence = _fire(rule, types, hits)
        if evidence:
            return rule["label"], evidence
    if not record.abstract:
        return _RULES["no_abstract_default"], (Evidence("default", "no abstract, no design cue"),)
    return _RULES["default"], (Evidence("default", "no cue matched"),)


def _fire(rule: dict, types: set[str], hits: CueHits) -> tuple[Evidence, ...]:
    """Evidence when ``rule`` fires for this record, else ()."""
    if any(hits.has(cue) for cue in rule.get("unless", ())):
        return ()
    for kind in rule.get("publication_types", ()):
        if kind in types:
            return (Evidence("publication_type", kind),)
    for cue in rule.get("title", ()):
        if hits.has(cue, place="title"):
            return (hits.evidence(cue, place="title"),)
    for cue in rule.get("text", ()):
        if hits.has(cue):
            return (hits.evidence(cue),)
    groups = rule.get("text_all", ())
    found = [next((hits.evidence(c) for c in group if hits.has(c)), None) for group in groups]
    if groups and all(found):
        return tuple(found)
    return ()
