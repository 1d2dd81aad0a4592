"""Named cue vocabularies scanned in one pass, shared by the rule families.

A rule table's ``[cues]`` maps a cue name to regexes. :class:`CueScanner`
compiles them into one alternation and reports, for a record, the first
evidence of every cue found and where it was found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..records import Evidence
from .scan import ScanGroup
from .tables import LabelledPatterns


@dataclass
class CueHits:
    """Cues found in a record: first evidence per cue, and the places of each."""

    first: dict[str, Evidence] = field(default_factory=dict)
    places: dict[str, set[str]] = field(default_factory=dict)

    def has(self, cue: str, *, place: str | None = None) -> bool:
        """Whether ``cue`` was found (in ``place`` = title, abstract, ... when given)."""
        if place is None:
            return cue in self.first
        return place in self.places.get(cue, ())

    def evidence(self, cue: str, *, place: str | None = None) -> Evidence | None:
        """The first evidence for ``cue`` (in ``place`` when given)."""
        return self.first.get(cue) if place is None else self.first.get(f"{cue}@{place}")


class CueScanner:
    """All cues of one table in a single compiled regex."""

    def __init__(
        self, cues: Mapping[str, Iterable[str]], *, group: ScanGroup | None = None
    ) -> None:
        self.patterns = LabelledPatterns(
            ((name, pattern) for name, patterns in cues.items() for pattern in patterns),
            group=group,
        )

    def scan(self, sections: Iterable[tuple[str, str]]) -> CueHits:
        """Scan ``(where, text)`` pairs; ``place`` is ``where`` before any ``:``."""
        hits = CueHits()
        for where, text in sections:
            place = where.split(":", 1)[0]
            for hit in self.patterns.finditer(text):
                evidence = Evidence(where, hit.text)
                hits.first.setdefault(hit.label, evidence)
                hits.first.setdefault(f"{hit.label}@{place}", evidence)
                hits.places.setdefault(hit.label, set()).add(place)
        return hits
