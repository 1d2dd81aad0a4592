"""``massage_kind``: soft-tissue therapy, or a procedure that borrows the word."""

from __future__ import annotations

from ..records import Evidence, Record
from .tables import TAG_GROUP, LabelledPatterns, load_rules, table_patterns

_RULES = load_rules("kind")
_ANYWHERE = LabelledPatterns(
    table_patterns(r for r in _RULES["rule"] if not r.get("title_only")), group=TAG_GROUP
)
_TITLE = LabelledPatterns(table_patterns(_RULES["rule"]), group=TAG_GROUP)
_ORDER = {row["label"]: i for i, row in reversed(list(enumerate(_RULES["rule"])))}


def tag_kind(record: Record) -> tuple[str, tuple[Evidence, ...]]:
    """The record's ``massage_kind`` and the phrase that decided it."""
    for texts in _places(record):
        hits = [
            (_ORDER[hit.label], hit.label, Evidence(where, hit.text))
            for where, text in texts
            for hit in (_TITLE if where == "title" else _ANYWHERE).finditer(text)
        ]
        if hits:
            _, label, evidence = min(hits, key=lambda h: h[0])
            return label, (evidence,)
    return _RULES["default"], (Evidence("default", "no cue matched"),)


def _places(record: Record) -> list[list[tuple[str, str]]]:
    """Title, abstract sections but the results, MeSH and keywords, in the order they
    are read."""
    abstract = [
        (f"abstract:{s.label.strip().upper()}" if s.label else "abstract", s.text)
        for s in record.abstract
    ]
    mesh = "; ".join(h.descriptor for h in record.mesh)
    return [
        [("title", record.title)],
        # (not the results: they name subgroups, "12% had used perineal massage")
        [pair for pair in abstract if _RESULTS not in pair[0]],
        [("mesh", mesh)] if mesh else [],
        [("keyword", "; ".join(record.keywords))] if record.keywords else [],
    ]


_RESULTS = ":RESULT"
