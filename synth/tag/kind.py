"""``massage_kind``: soft-tissue therapy, or a procedure that borrows the word."""

from __future__ import annotations

from ..records import Evidence, Record
from .tables import TAG_GROUP, LabelledPatterns, load_rules, table_patterns

_RULES = load_rules("kind")
# each pattern is labelled with its rule's number: the rule listed first wins in a place
_NUMBERED = [{**row, "label": str(number)} for number, row in enumerate(_RULES["rule"])]
_LABELS = [row["label"] for row in _RULES["rule"]]
_ANYWHERE = LabelledPatterns(
    table_patterns(r for r in _NUMBERED if not r.get("title_only")), group=TAG_GROUP
)
_TITLE = LabelledPatterns(table_patterns(_NUMBERED), group=TAG_GROUP)


def tag_kind(record: Record) -> tuple[str, tuple[Evidence, ...]]:
    """The record's ``massage_kind`` and the phrase that decided it."""
    for texts in _places(record):
        hits = [
            (int(hit.label), Evidence(where, hit.text))
            for where, text in texts
            for hit in (_TITLE if where == "title" else _ANYWHERE).finditer(text)
        ]
        if hits:
            number, evidence = min(hits, key=lambda h: h[0])
            return _LABELS[number], (evidence,)
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
