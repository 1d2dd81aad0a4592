"""``design``: publication types first, then design cues in title and abstract."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Evidence, Record
from .cues import CueHits, CueScanner
from .tables import TAG_GROUP, LabelledPatterns, load_rules

_RULES = load_rules("design")
_SCANNER = CueScanner(_RULES["cues"], group=TAG_GROUP)
_FUTURE = LabelledPatterns([("future", _RULES["future_sentence"])], group=TAG_GROUP)
_FUTURE_EXEMPT = frozenset(_RULES["future_sentence_exempt"])


@dataclass(frozen=True)
class _Rule:
    """One ``[[rule]]`` of design.toml, with the names that can make it fire."""

    label: str
    unless: frozenset[str]
    types: tuple[str, ...]
    title: tuple[str, ...]
    text: tuple[str, ...]
    groups: tuple[tuple[str, ...], ...]
    triggers: frozenset[str]  # publication types, ``cue@title`` and ``cue`` names


def _rule(row: dict) -> _Rule:
    title = tuple(row.get("title", ()))
    text = tuple(row.get("text", ()))
    types = tuple(row.get("publication_types", ()))
    groups = tuple(tuple(group) for group in row.get("text_all", ()))
    triggers = frozenset((*types, *(f"{c}@title" for c in title), *text))
    return _Rule(
        row["label"], frozenset(row.get("unless", ())), types, title, text, groups, triggers
    )


_TABLE = tuple(_rule(row) for row in _RULES["rule"])


def tag_design(record: Record) -> tuple[str, tuple[Evidence, ...]]:
    """The record's study design and the publication type or phrase behind it."""
    sections = [("title", record.title)] if record.title else []
    sections += [
        (f"abstract:{s.label.upper()}" if s.label else "abstract", s.text) for s in record.abstract
    ]
    hits = _SCANNER.scan(sections, skip=_FUTURE, exempt=_FUTURE_EXEMPT)
    found = hits.names.union(record.publication_types)
    for rule in _TABLE:
        if rule.unless and not rule.unless.isdisjoint(found):
            continue
        if rule.groups or not rule.triggers.isdisjoint(found):
            evidence = _fire(rule, found, hits)
            if evidence:
                return rule.label, evidence
    if not record.abstract:
        return _RULES["no_abstract_default"], (Evidence("default", "no abstract, no design cue"),)
    return _RULES["default"], (Evidence("default", "no cue matched"),)


def _fire(rule: _Rule, found: frozenset[str], hits: CueHits) -> tuple[Evidence, ...]:
    """Evidence when ``rule`` fires for this record, else ()."""
    for kind in rule.types:
        if kind in found:
            return (Evidence("publication_type", kind),)
    for cue in rule.title:
        if hits.has(cue, place="title"):
            return (hits.evidence(cue, place="title"),)
    for cue in rule.text:
        if hits.has(cue):
            return (hits.evidence(cue),)
    evidence = [
        next((hits.evidence(c) for c in group if hits.has(c)), None) for group in rule.groups
    ]
    if rule.groups and all(evidence):
        return tuple(evidence)
    return ()
