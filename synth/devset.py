"""The labelled development set: records with the tags TAXONOMY.md expects.

Each line of ``dev_set.jsonl`` is one real PubMed record (abstract rewritten)
with its expected labels.  This module turns a line into a :class:`Record` and
its expected :class:`Tags`, for the evaluation, the stub's demo corpus and the
tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .exceptions import ParseError
from .records import AbstractSection, MeshHeading, Record, Tags

LABELS_VERSION = "dev-labels"


def default_dev_set() -> Path:
    """The dev set bundled with the package."""
    return Path(str(resources.files("synth") / "data" / "dev_set.jsonl"))


@dataclass(frozen=True)
class LabelledRecord:
    """A record together with its expected tags and the labeller's note."""

    record: Record
    expected: Tags
    why: str | None = None


def load_dev_set(path: Path | None = None) -> list[LabelledRecord]:
    """Read every line of a dev-set JSONL file (bundled one by default)."""
    return list(iter_dev_set(path or default_dev_set()))


def iter_dev_set(path: Path) -> Iterator[LabelledRecord]:
    """Yield the labelled records of ``path`` one by one."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                yield LabelledRecord(record_from_json(obj), expected_tags(obj), obj.get("why"))
            except (ValueError, KeyError, TypeError) as exc:
                raise ParseError(f"{path}:{number}: not a dev-set record ({exc})") from None


def record_from_json(obj: dict) -> Record:
    """Build a :class:`Record` from one dev-set object."""
    title = obj["title"].strip()
    return Record(
        pmid=str(obj["pmid"]),
        title=title,
        abstract=tuple(
            AbstractSection(text=s["text"], label=s.get("label")) for s in obj.get("abstract") or ()
        ),
        journal=obj.get("journal"),
        year=int(obj["year"]) if obj.get("year") else None,
        publication_types=tuple(obj.get("publication_types") or ()),
        mesh=tuple(_mesh_heading(m) for m in obj.get("mesh") or ()),
        language=obj.get("language", "eng"),
        title_translated=title.startswith("[") and title.endswith("]"),
        status="MEDLINE",
    )


def _mesh_heading(text: str) -> MeshHeading:
    """``'Episiotomy / statistics & numerical data*'`` -> descriptor, qualifiers, major flag.

    Each ``/`` starts one qualifier ("prevention & control" is a single one).
    """
    parts = [p.strip() for p in text.split("/")]
    major = any(p.endswith("*") for p in parts)
    parts = [p.rstrip("*").strip() for p in parts]
    qualifiers = tuple(parts[1:])
    return MeshHeading(descriptor=parts[0], major=major, qualifiers=qualifiers)


def expected_tags(obj: dict) -> Tags:
    """The labels of one dev-set object as :class:`Tags`."""
    labels = obj["labels"]
    return Tags(
        pmid=str(obj["pmid"]),
        massage_kind=labels["massage_kind"],
        conditions=tuple(sorted(labels["conditions"])),
        design=labels["design"],
        horizon=labels["horizon"],
        max_followup_days=labels.get("max_followup_days"),
        direction=labels["direction"],
        n_participants=labels.get("n_participants"),
        tagger_version=LABELS_VERSION,
    )
