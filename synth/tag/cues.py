"""Named cue vocabularies scanned in one pass, shared by the rule families.

A rule table's ``[cues]`` maps a cue name to regexes. :class:`CueScanner`
compiles them into one pattern set and reports, for a record, the first
evidence of every cue found and where it was found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..records import Evidence
from .scan import ScanGroup
from .tables import LabelledPatterns
from .text import marked_nearby

_SENTENCE = (". ",)


@dataclass
class CueHits:
    """Cues found in a record: first ``(where, phrase)`` per cue and per ``cue@place``."""

    first: dict[str, tuple[str, str]] = field(default_factory=dict)

    def has(self, cue: str, *, place: str | None = None) -> bool:
        """Whether ``cue`` was found (in ``place`` = title, abstract, ... when given)."""
        return (cue if place is None else f"{cue}@{place}") in self.first

    def evidence(self, cue: str, *, place: str | None = None) -> Evidence | None:
        """The first evidence for ``cue`` (in ``place`` when given)."""
        found = self.first.get(cue if place is None else f"{cue}@{place}")
        return None if found is None else Evidence(*found)

    @property
    def names(self) -> frozenset[str]:
        """Every cue found, as ``cue`` and as ``cue@place``."""
        return frozenset(self.first)


class CueScanner:
    """All cues of one table in a single pattern set."""

    def __init__(
        self, cues: Mapping[str, Iterable[str]], *, group: ScanGroup | None = None
    ) -> None:
        self.patterns = LabelledPatterns(
            ((name, pattern) for name, patterns in cues.items() for pattern in patterns),
            group=group,
        )

    def scan(
        self,
        sections: Iterable[tuple[str, str]],
        *,
        skip: LabelledPatterns | None = None,
        exempt: frozenset[str] = frozenset(),
    ) -> CueHits:
        """Scan ``(where, text)`` pairs; ``place`` is ``where`` before any ``:``.

        With ``skip``, a hit of a cue not in ``exempt`` is passed over when it stands
        in a sentence where ``skip`` has a hit.
        """
        first: dict[str, tuple[str, str]] = {}
        for where, text in sections:
            place = where.split(":", 1)[0]
            marks = [mark.start for mark in skip.finditer(text)] if skip is not None else ()
            for hit in self.patterns.finditer(text):
                if (
                    marks
                    and hit.label not in exempt
                    and marked_nearby(text, hit.start, marks, breaks=_SENTENCE)
                ):
                    continue
                found = (where, hit.text)
                first.setdefault(hit.label, found)
                first.setdefault(f"{hit.label}@{place}", found)
        return CueHits(first)
