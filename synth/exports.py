"""Exports of the cached records with their tags: PMIDs, CSV, RIS, BibTeX, JSONL.

``synth export --format FMT`` calls :func:`export`; the report writes all of
them next to ``report.html`` with :func:`write_exports`.  The ``write_*``
functions are pure: records and tags in, text on a stream out.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from .config import Settings
from .exceptions import SynthError
from .records import Record, Tags
from .tagging import CSV_COLUMNS as TAGS_CSV_COLUMNS
from .tagging import tags_to_row

TAG_COLUMNS = TAGS_CSV_COLUMNS  # exactly the columns of `synth tag --out`
CSV_COLUMNS = (*TAG_COLUMNS, "title", "year", "journal", "doi")
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
FILE_NAMES = {
    "csv": "records.csv",
    "ris": "records.ris",
    "bibtex": "records.bib",
    "jsonl": "records.jsonl",
    "pmids": "pmids.txt",
}


@dataclass(frozen=True)
class Tagged:
    """What the cache holds for a report: records, their tags and where they came from."""

    records: list[Record]
    tags: dict[str, Tags]
    fingerprint: str
    tagger_version: str
    searched_at: str | None = None
    search_count: int | None = None


def load_tagged(
    settings: Settings,
    *,
    query: str | None = None,
    mindate: str | None = None,
    maxdate: str | None = None,
) -> Tagged:
    """Parse the cached records (of ``query``'s last search, if given) and their tags."""
    from .cache import open_cache
    from .tag import TAGGER_VERSION

    with open_cache(settings.cache_path, create=False) as cache:
        current = set(cache.pmids())
        last = cache.last_search(query, mindate=mindate, maxdate=maxdate) if query else None
        wanted = [p for p in last["pmids"] if p in current] if last else sorted(current, key=int)
        records = _read_records(cache, wanted, progress=settings.progress)
        keep = set(wanted)
        tags = {p: t for p, t in cache.load_tags(TAGGER_VERSION).items() if p in keep}
        return Tagged(
            records=[r for r in records if not r.deleted],
            tags=tags,
            fingerprint=cache.fingerprint(),
            tagger_version=TAGGER_VERSION,
            searched_at=last["run_at"] if last else None,
            search_count=last["count"] if last else None,
        )


def _read_records(cache: Any, pmids: list[str], *, progress: bool) -> list[Record]:
    from .parse import parse_article

    blobs = tqdm(
        cache.iter_xml(pmids),
        total=len(pmids),
        desc="read records",
        unit="rec",
        disable=not progress,
        leave=False,
    )
    return [parse_article(xml) for _, xml in blobs]


def export(settings: Settings, *, fmt: str, out: Path | None = None) -> int:
    """Write every cached record in ``fmt`` to ``out`` (standard output when None).

    Returns the number of records written.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise SynthError(f"unknown export format {fmt!r}: use one of {', '.join(_WRITERS)}")
    if fmt == "pmids":  # needs no parsing: straight from the cache's index
        return _export_pmids(settings, out)
    tagged = load_tagged(settings)
    if out is None:
        return writer(tagged.records, tagged.tags, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as stream:
        return writer(tagged.records, tagged.tags, stream)


def _export_pmids(settings: Settings, out: Path | None) -> int:
    from .cache import open_cache

    with open_cache(settings.cache_path, create=False) as cache:
        pmids = sorted(cache.pmids(), key=int)
    text = "".join(f"{pmid}\n" for pmid in pmids)
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
    return len(pmids)


def write_exports(
    records: Sequence[Record], tags: Mapping[str, Tags], *, out_dir: Path | str
) -> dict[str, Path]:
    """Write every format into ``out_dir`` (records.csv, .ris, .bib, .jsonl, pmids.txt)."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt, writer in _WRITERS.items():
        path = folder / FILE_NAMES[fmt]
        with open(path, "w", encoding="utf-8", newline="") as stream:
            writer(records, tags, stream)
        paths[fmt] = path
    return paths


def write_pmids(records: Sequence[Record], tags: Mapping[str, Tags], stream: TextIO) -> int:
    """One PMID a line."""
    for record in records:
        stream.write(f"{record.pmid}\n")
    return len(records)


def tag_cells(tags: Tags | None) -> dict[str, str]:
    """The tag columns of one CSV row, as ``synth tag`` writes them (empty when untagged)."""
    if tags is None:
        return {name: "" for name in TAG_COLUMNS[1:]}
    row = tags_to_row(tags)
    del row["pmid"]
    return row


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def write_csv(records: Sequence[Record], tags: Mapping[str, Tags], stream: TextIO) -> int:
    """One row per PMID: every tag with its evidence (JSON), then title, year, journal, DOI."""
    writer = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = {"pmid": record.pmid, **tag_cells(tags.get(record.pmid))}
        row.update(title=record.title, year=_cell(record.year), journal=_cell(record.journal))
        row["doi"] = _cell(record.doi)
        writer.writerow(row)
    return len(records)


def write_jsonl(records: Sequence[Record], tags: Mapping[str, Tags], stream: TextIO) -> int:
    """One JSON object a line: the record's fields and its tags (``null`` when untagged)."""
    for record in records:
        obj = asdict(record)
        found = tags.get(record.pmid)
        obj["tags"] = asdict(found) if found else None
        stream.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")
    return len(records)


def _keywords(tags: Tags | None) -> list[str]:
    if tags is None:
        return []
    words = [f"synth:massage_kind={tags.massage_kind}", f"synth:design={tags.design}"]
    words += [f"synth:condition={c}" for c in tags.conditions]
    words += [f"synth:horizon={tags.horizon}", f"synth:direction={tags.direction}"]
    return words


def write_ris(records: Sequence[Record], tags: Mapping[str, Tags], stream: TextIO) -> int:
    """RIS (Zotero, EndNote, Mendeley): one TY..ER block per record; tags as keywords."""
    for record in records:
        stream.write("\n".join(_ris_lines(record, tags.get(record.pmid))) + "\n\n")
    return len(records)


def _ris_lines(record: Record, tags: Tags | None) -> list[str]:
    pairs: list[tuple[str, Any]] = [("TY", "JOUR"), ("TI", record.title)]
    pairs += [("AU", author) for author in record.authors]
    pairs += [("PY", record.year), ("JO", record.journal), ("VL", record.volume)]
    pairs += [("IS", record.issue), ("SP", record.pages), ("DO", record.doi)]
    pairs += [("AN", record.pmid), ("UR", PUBMED_URL.format(pmid=record.pmid))]
    pairs += [("AB", record.abstract_text), ("LA", record.language)]
    pairs += [("KW", word) for word in _keywords(tags)]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in pairs if value not in (None, "")]
    return [*lines, "ER  - "]


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def escape_bibtex(text: str) -> str:
    """Escape LaTeX's special characters so any title is a valid BibTeX value."""
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in _one_line(text))


def write_bibtex(records: Sequence[Record], tags: Mapping[str, Tags], stream: TextIO) -> int:
    """BibTeX ``@article`` entries keyed ``pmidNNNN``; tags in ``keywords``."""
    for record in records:
        stream.write(_bibtex_entry(record, tags.get(record.pmid)) + "\n\n")
    return len(records)


def _bibtex_entry(record: Record, tags: Tags | None) -> str:
    fields = {
        "title": record.title,
        "author": " and ".join(record.authors),
        "journal": record.journal,
        "year": record.year,
        "volume": record.volume,
        "number": record.issue,
        "pages": record.pages,
        "doi": record.doi,
        "pmid": record.pmid,
        "url": PUBMED_URL.format(pmid=record.pmid),
        "keywords": ", ".join(_keywords(tags)),
    }
    body = [
        f"  {name} = {{{escape_bibtex(str(value))}}}"
        for name, value in fields.items()
        if value not in (None, "")
    ]
    return f"@article{{pmid{record.pmid},\n" + ",\n".join(body) + "\n}"


Writer = Callable[[Sequence[Record], Mapping[str, Tags], TextIO], int]
_WRITERS: dict[str, Writer] = {
    "pmids": write_pmids,
    "csv": write_csv,
    "ris": write_ris,
    "bibtex": write_bibtex,
    "jsonl": write_jsonl,
}


def export_text(records: Sequence[Record], tags: Mapping[str, Tags], *, fmt: str) -> str:
    """The export of ``fmt`` as a string (for notebooks and tests)."""
    stream = io.StringIO()
    _WRITERS[fmt](records, tags, stream)
    return stream.getvalue()
