"""Synthesis tables: tagged records in, pandas DataFrames out (pure, no I/O).

Every function takes ``records`` (parsed :class:`Record` objects) and ``tags``
(PMID -> :class:`Tags`), or the frame :func:`frame_records` builds from them, so
it does not matter whether the tags came from the tagger, the cache or the
labelled dev set.  Labels are the snake_case strings of TAXONOMY.md; the
``*_NAMES`` tables give the words the report shows for them.

- :mod:`.labels`: label order and display names;
- :mod:`.tables`: flow, per-year, evidence map, "does it last?", per-condition tables;
- :mod:`.changes`: tag snapshots and the differences between two reports.
"""

from __future__ import annotations

from .changes import SNAPSHOT_FIELDS, diff_snapshots, snapshot_tags
from .labels import (
    CONDITION_NAMES,
    DESIGN_NAMES,
    DESIGNS,
    DIRECTION_NAMES,
    DIRECTIONS,
    EFFECT_DESIGNS,
    HORIZON_NAMES,
    HORIZONS,
    KIND_NAMES,
    KINDS,
    LASTING,
    NO_CONDITION,
    name_group,
    name_label,
    pmid_order,
    split_group,
)
from .tables import (
    FRAME_COLUMNS,
    count_by_year,
    count_direction_by_horizon,
    count_flow,
    explode_conditions,
    format_days,
    frame_records,
    map_evidence,
    pick_evidence,
    select_condition,
    select_effect_studies,
    select_included,
    summarise_durability,
    table_condition,
)

__all__ = [
    "CONDITION_NAMES",
    "DESIGNS",
    "DESIGN_NAMES",
    "DIRECTIONS",
    "DIRECTION_NAMES",
    "EFFECT_DESIGNS",
    "FRAME_COLUMNS",
    "HORIZONS",
    "HORIZON_NAMES",
    "KINDS",
    "KIND_NAMES",
    "LASTING",
    "NO_CONDITION",
    "SNAPSHOT_FIELDS",
    "count_by_year",
    "count_direction_by_horizon",
    "count_flow",
    "diff_snapshots",
    "explode_conditions",
    "format_days",
    "frame_records",
    "map_evidence",
    "name_group",
    "name_label",
    "pick_evidence",
    "pmid_order",
    "select_condition",
    "select_effect_studies",
    "select_included",
    "snapshot_tags",
    "split_group",
    "summarise_durability",
    "table_condition",
]
