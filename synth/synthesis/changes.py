"""Snapshots of the tags kept next to each report, and what changed between two of them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..records import TAG_FIELDS, Tags
from .labels import pmid_order

SNAPSHOT_FIELDS = TAG_FIELDS


def snapshot_tags(tags: Mapping[str, Tags], **about: Any) -> dict[str, Any]:
    """A small JSON-able snapshot of the tags, to compare the next report with.

    ``about`` holds what the report states (query, generated_at, demo, ...).
    """
    labelled = {pmid: _snapshot_entry(tags[pmid]) for pmid in sorted(tags, key=pmid_order)}
    return {**about, "tags": labelled}


def _snapshot_entry(tags: Tags) -> dict[str, Any]:
    entry = {name: getattr(tags, name) for name in SNAPSHOT_FIELDS}
    entry["conditions"] = list(entry["conditions"])
    return entry


def diff_snapshots(previous: Mapping[str, Any], current: Mapping[str, Any]) -> pd.DataFrame:
    """Records new, gone or re-tagged between two snapshots.

    Columns: pmid, change (``new``, ``removed``, ``tags changed``) and detail
    (``"design: rct -> controlled_trial; ..."`` for changed tags).
    """
    before, after = previous.get("tags", {}), current.get("tags", {})
    rows = [(pmid, "new", "") for pmid in after if pmid not in before]
    rows += [(pmid, "removed", "") for pmid in before if pmid not in after]
    for pmid in after:
        if pmid in before and before[pmid] != after[pmid]:
            rows.append((pmid, "tags changed", _describe_change(before[pmid], after[pmid])))
    rows.sort(key=lambda row: (row[1], pmid_order(row[0])))
    return pd.DataFrame(rows, columns=["pmid", "change", "detail"])


def _describe_change(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    parts = []
    for name in SNAPSHOT_FIELDS:
        if old.get(name) != new.get(name):
            parts.append(f"{name}: {_show(old.get(name))} -> {_show(new.get(name))}")
    return "; ".join(parts)


def _show(value: Any) -> str:
    if value is None or value == []:
        return "none"
    return ", ".join(value) if isinstance(value, list) else str(value)
