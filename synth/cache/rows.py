"""Plain values in and out of the cache's rows: timestamps, sizes, tags, status text."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..records import Evidence, Tags
from .schema import FINAL_STATUSES


def format_status(status: dict[str, Any], *, as_json: bool = False) -> str:
    """``status()`` as aligned text lines, or as JSON."""
    if as_json:
        return json.dumps(status, indent=2, sort_keys=True)
    lines = [
        ("cache", status["cache"]),
        ("records", f"{status['records']} ({status['current']} current)"),
        ("deleted", status["deleted"]),
        ("gone", f"{status['gone']} (no longer returned by their query)"),
        ("tagged", status["tagged"]),
        ("searches", status["searches"]),
        ("last refresh", status["last_refresh"] or "never"),
        ("size", human_size(status["size_bytes"])),
    ]
    return "\n".join(f"{name + ':':<14}{value}" for name, value in lines)


# --- helpers -------------------------------------------------------------------


def needs_fetch(cached: tuple | None, *, cutoff: str) -> bool:
    if cached is None:
        return True
    status, fetched_at, deleted = cached
    return not deleted and status not in FINAL_STATUSES and fetched_at <= cutoff


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def file_size(path: Path) -> int:
    parts = (path, Path(f"{path}-wal"))
    return sum(p.stat().st_size for p in parts if p.exists())


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def search_row(row: tuple) -> dict[str, Any]:
    query, mindate, maxdate, run_at, count, blob = row
    text = zlib.decompress(blob).decode() if blob else ""
    return {
        "query": query,
        "mindate": mindate,
        "maxdate": maxdate,
        "run_at": run_at,
        "count": count,
        "pmids": text.split(),
    }


def tags_to_row(tags: Tags, when: str) -> tuple:
    evidence = {field: [asdict(e) for e in items] for field, items in tags.evidence}
    return (
        tags.pmid,
        tags.tagger_version,
        tags.massage_kind,
        json.dumps(list(tags.conditions)),
        tags.design,
        tags.horizon,
        tags.max_followup_days,
        tags.direction,
        tags.n_participants,
        json.dumps(evidence, sort_keys=True),
        when,
    )


def tags_from_row(row: tuple, tagger_version: str) -> Tags:
    pmid, kind, conditions, design, horizon, followup, direction, n, evidence = row
    items = json.loads(evidence)
    return Tags(
        pmid=pmid,
        massage_kind=kind,
        conditions=tuple(json.loads(conditions)),
        design=design,
        horizon=horizon,
        max_followup_days=followup,
        direction=direction,
        n_participants=n,
        tagger_version=tagger_version,
        evidence=tuple(
            (field, tuple(Evidence(**e) for e in entries)) for field, entries in items.items()
        ),
    )
