"""Tag records from PubMed XML files into a CSV, or the cache in place (``synth tag``).

The glue between ``parse``, ``tag`` and ``cache``: records stream through in
chunks, so memory stays flat whatever the input size; with ``jobs`` > 1 the
chunks are tagged by a pool of worker processes, in input order.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from multiprocessing import Pool
from pathlib import Path
from typing import TextIO, TypeVar

from .config import Settings
from .records import TAG_FIELDS, Record, Tags

CSV_COLUMNS = ("pmid", *TAG_FIELDS, "evidence")
CHUNK = 500
PARALLEL_BYTES = 20_000_000  # inputs this large use every core by default (jobs=None)

T = TypeVar("T")


def tags_to_row(tags: Tags) -> dict[str, str]:
    """One CSV row: labels as text, conditions joined by ';', evidence as JSON, '' for None."""
    evidence = {
        name: [{"where": e.where, "text": e.text} for e in items] for name, items in tags.evidence
    }
    return {
        "pmid": tags.pmid,
        "massage_kind": tags.massage_kind,
        "conditions": ";".join(tags.conditions),
        "design": tags.design,
        "horizon": tags.horizon,
        "max_followup_days": _cell(tags.max_followup_days),
        "direction": tags.direction,
        "n_participants": _cell(tags.n_participants),
        "evidence": json.dumps(evidence, ensure_ascii=False, separators=(",", ":")),
    }


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def write_tags_csv(tags: Iterable[Tags], out: Path | str | TextIO) -> int:
    """Write tags as CSV (columns ``CSV_COLUMNS``) to a path or text stream; returns rows."""
    if isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        return _write_rows(tags, out)  # type: ignore[arg-type]
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            count = _write_rows(tags, handle)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half-written CSV left behind
        raise
    partial.replace(path)
    return count


def _write_rows(tags: Iterable[Tags], handle: TextIO) -> int:
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in tags:
        writer.writerow(tags_to_row(item))
        count += 1
    return count


def tag_files(
    paths: Iterable[Path | str], out_csv: Path | str, *, settings: Settings, jobs: int | None = None
) -> str:
    """Tag every record of PubMed XML files (plain or .gz) into ``out_csv``; a one-line summary."""
    from .parse import parse_records
    from .tag import TAGGER_VERSION

    paths = [Path(p) for p in paths]
    skipped: list[str] = []
    deleted = [0]

    def records() -> Iterator[Record]:
        for path in paths:
            for record in parse_records(path, on_error=lambda where, _: skipped.append(where)):
                if record.deleted:
                    deleted[0] += 1
                    continue
                yield record

    workers = _workers(jobs, sum(p.stat().st_size for p in paths if p.exists()))
    with _progress(settings, unit="rec") as bar:
        tagged = (bar(t) for t in tag_records(records(), workers=workers))
        count = write_tags_csv(tagged, out_csv)
    notes = _notes(skipped=len(skipped), deleted=deleted[0])
    files = f"{len(paths)} file" + ("" if len(paths) == 1 else "s")
    return f"tagged {count} records from {files} into {out_csv} (tagger {TAGGER_VERSION}){notes}"


def tag_cache(settings: Settings, *, jobs: int | None = None) -> str:
    """Tag cached records not yet tagged by this tagger version; a one-line summary."""
    from .cache import open_cache
    from .tag import TAGGER_VERSION

    with open_cache(settings.cache_path, create=False) as cache:
        todo = cache.untagged_pmids(TAGGER_VERSION)
        total = len(cache.pmids())
        workers = _workers(jobs, len(todo) * 7_000)
        stored = 0
        with _progress(settings, unit="rec", total=len(todo)) as bar:
            stream = _tag_stream(cache.iter_xml(todo), _tag_blobs, workers=workers)
            for chunk in _chunks((bar(t) for t in stream), CHUNK):
                stored += cache.store_tags(chunk)
    skipped = len(todo) - stored
    already = total - len(todo)
    notes = _notes(skipped=skipped, deleted=0)
    return (
        f"tagged {stored} of {total} cached records with tagger {TAGGER_VERSION} "
        f"({already} already tagged by this version){notes}"
    )


def _notes(*, skipped: int, deleted: int) -> str:
    notes = []
    if skipped:
        notes.append(f"{_plural(skipped, 'unreadable record')} skipped")
    if deleted:
        notes.append(f"{_plural(deleted, 'deleted citation')} left out")
    return "; " + "; ".join(notes) if notes else ""


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def tag_records(records: Iterable[Record], *, workers: int = 1) -> Iterator[Tags]:
    """Tag ``records`` as ``synth tag`` does, in input order: parsed a chunk at a
    time (flat memory; tagging a chunk in one go keeps the tagger's tables warm in
    the CPU caches), by ``workers`` processes when more than one."""
    return _tag_stream(records, _tag_records, workers=workers)


def _tag_records(records: list[Record]) -> list[Tags]:
    from .tag import tag_record

    return [tag_record(record) for record in records]


def _tag_blobs(blobs: list[tuple[str, bytes]]) -> list[Tags]:
    """Parse and tag stored XML; records that no longer parse, or are deleted, are left out."""
    from .exceptions import ParseError
    from .parse import parse_article
    from .tag import tag_record

    tags = []
    for _pmid, xml in blobs:
        try:
            record = parse_article(xml)
        except ParseError:
            continue
        if not record.deleted:
            tags.append(tag_record(record))
    return tags


def _tag_stream(
    items: Iterable[T], work: Callable[[list[T]], list[Tags]], *, workers: int
) -> Iterator[Tags]:
    """Apply ``work`` to chunks of ``items``, in a process pool when ``workers`` > 1, in order."""
    chunks = _chunks(items, CHUNK)
    if workers <= 1:
        for chunk in chunks:
            yield from work(chunk)
        return
    with Pool(workers) as pool:
        for tags in pool.imap(work, chunks):
            yield from tags


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _workers(jobs: int | None, size_bytes: int) -> int:
    """``jobs`` when given; otherwise every core for large inputs, one process for small ones."""
    if jobs is not None:
        return max(1, jobs)
    return max(1, os.cpu_count() or 1) if size_bytes >= PARALLEL_BYTES else 1


@contextmanager
def _progress(
    settings: Settings, *, unit: str, total: int | None = None
) -> Iterator[Callable[[T], T]]:
    """A pass-through that ticks a tqdm bar on stderr when ``settings.progress``
    (a bar towards ``total`` when it is known, else a running count)."""
    if not settings.progress:
        yield lambda item: item
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=unit, desc="tagging", leave=False) as bar:

        def tick(item: T) -> T:
            bar.update(1)
            return item

        yield tick
