"""The typed record model shared by every stage.

Records and tags are frozen dataclasses: missing values are ``None``,
multi-valued fields are tuples, so they hash, compare and never change under a
caller's feet.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AbstractSection:
    """One AbstractText element: its Label, NlmCategory and flattened text."""

    text: str
    label: str | None = None
    nlm_category: str | None = None


@dataclass(frozen=True)
class MeshHeading:
    """A MeSH descriptor with its major-topic flag and qualifiers."""

    descriptor: str
    major: bool = False
    qualifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """One PubMed citation, as parsed from PubMed XML."""

    pmid: str
    title: str
    abstract: tuple[AbstractSection, ...] = ()
    journal: str | None = None
    year: int | None = None
    publication_types: tuple[str, ...] = ()
    mesh: tuple[MeshHeading, ...] = ()
    keywords: tuple[str, ...] = ()
    language: str | None = None
    title_translated: bool = False
    authors: tuple[str, ...] = ()
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmc: str | None = None
    status: str | None = None
    date_revised: str | None = None
    entrez_date: str | None = None
    deleted: bool = False

    @property
    def abstract_text(self) -> str:
        """All abstract sections joined by blank lines."""
        return "\n\n".join(section.text for section in self.abstract)


@dataclass(frozen=True)
class Evidence:
    """Why a label was given: the matched phrase and where it was found.

    ``where`` is ``title``, ``abstract`` or ``abstract:<LABEL>``, ``mesh``,
    ``publication_type``, ``keyword`` or ``default`` (no cue matched).
    """

    where: str
    text: str


# The labelled fields of Tags, in the order of TAXONOMY.md and of every export.
TAG_FIELDS = (
    "massage_kind",
    "conditions",
    "design",
    "horizon",
    "max_followup_days",
    "direction",
    "n_participants",
)


@dataclass(frozen=True)
class Tags:
    """The labels of one record (see TAXONOMY.md), each with its evidence."""

    pmid: str
    massage_kind: str
    conditions: tuple[str, ...]
    design: str
    horizon: str
    max_followup_days: int | None
    direction: str
    n_participants: int | None
    tagger_version: str
    evidence: tuple[tuple[str, tuple[Evidence, ...]], ...] = field(default=())

    def evidence_for(self, name: str) -> tuple[Evidence, ...]:
        """The evidence recorded for one field (empty when none)."""
        return dict(self.evidence).get(name, ())
