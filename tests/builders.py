"""Small builders the rule-family tests share (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

from synth.records import AbstractSection, Record


def record_with_sections(*sections: tuple[str | None, str], title: str) -> Record:
    """A record of ``title`` whose abstract has ``(label, text)`` sections in order."""
    return Record(
        pmid="1",
        title=title,
        abstract=tuple(AbstractSection(text=text, label=label) for label, text in sections),
    )
