"""The report's tables: tagged records in, pandas DataFrames out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ..records import TAG_FIELDS, Record, Tags
from .labels import (
    DESIGN_NAMES,
    DESIGNS,
    DIRECTION_NAMES,
    DIRECTIONS,
    EFFECT_DESIGNS,
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

FRAME_COLUMNS = ("pmid", "title", "year", "journal", "doi", *TAG_FIELDS, "evidence")


def frame_records(records: Sequence[Record], tags: Mapping[str, Tags]) -> pd.DataFrame:
    """One row per tagged, non-deleted record, sorted by PMID (numerically)."""
    rows = [_row(r, tags[r.pmid]) for r in records if not r.deleted and r.pmid in tags]
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["max_followup_days"] = frame["max_followup_days"].astype("Int64")
    frame["n_participants"] = frame["n_participants"].astype("Int64")
    order = frame["pmid"].map(pmid_order)
    return frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)


def _row(record: Record, tags: Tags) -> dict[str, Any]:
    return {
        "pmid": record.pmid,
        "title": record.title,
        "year": record.year,
        "journal": record.journal,
        "doi": record.doi,
        "massage_kind": tags.massage_kind,
        "conditions": tuple(tags.conditions),
        "design": tags.design,
        "horizon": tags.horizon,
        "max_followup_days": tags.max_followup_days,
        "direction": tags.direction,
        "n_participants": tags.n_participants,
        "evidence": pick_evidence(tags),
    }


def pick_evidence(tags: Tags) -> str:
    """The phrases behind the result: direction and follow-up cues, else design or conditions.

    ``"did not change · at 6 weeks"``; empty when every label fell back to a default.
    """
    phrases = [_first_phrase(tags, name) for name in ("direction", "horizon")]
    if not any(phrases):
        phrases = [_first_phrase(tags, "design") or _first_phrase(tags, "conditions")]
    return " · ".join(p for p in phrases if p)


def _first_phrase(tags: Tags, name: str) -> str:
    for evidence in tags.evidence_for(name):
        if evidence.where != "default" and evidence.text:
            return evidence.text
    return ""


def select_included(frame: pd.DataFrame, *, exclude_non_therapeutic: bool = True) -> pd.DataFrame:
    """Records kept for the synthesis: therapeutic massage only, unless told otherwise."""
    if not exclude_non_therapeutic:
        return frame
    return frame[frame["massage_kind"] == "therapeutic"]


def select_effect_studies(
    frame: pd.DataFrame, *, effect_designs: Sequence[str] = EFFECT_DESIGNS
) -> pd.DataFrame:
    """Studies that assess an effect: an effect design and a direction that applies."""
    keep = frame["design"].isin(list(effect_designs)) & (frame["direction"] != "not_applicable")
    return frame[keep]


def select_condition(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """Rows tagged with any condition of a focus group (``a;b``)."""
    wanted = set(split_group(group))
    hits = frame["conditions"].map(lambda labels: bool(wanted.intersection(labels)))
    return frame[hits.astype(bool)]


def count_flow(
    records: Sequence[Record],
    tags: Mapping[str, Tags],
    *,
    focus: Sequence[str] = (),
    effect_designs: Sequence[str] = EFFECT_DESIGNS,
    exclude_non_therapeutic: bool = True,
) -> pd.DataFrame:
    """PRISMA-style flow: each ``main`` box equals the previous one minus its exclusions.

    Columns: ``step`` (1 identified, 2 included, 3 effect studies, 4 per focus
    group), ``role`` (``main``, ``excluded`` or ``focus``), ``key``, ``label``,
    ``count``.  Focus groups may overlap, so they are not meant to add up.
    """
    live = [r for r in records if not r.deleted]
    frame = frame_records(live, tags)
    rows = [_flow_row(1, "main", "identified", "records identified", len(live))]
    untagged = len(live) - len(frame)
    if untagged:
        rows.append(_flow_row(2, "excluded", "untagged", "not tagged yet", untagged))
    included = select_included(frame, exclude_non_therapeutic=exclude_non_therapeutic)
    for kind, count in _ordered_counts(frame.drop(included.index)["massage_kind"], KINDS):
        rows.append(_flow_row(2, "excluded", f"kind:{kind}", KIND_NAMES.get(kind, kind), count))
    label = "therapeutic massage" if exclude_non_therapeutic else "records included"
    rows.append(_flow_row(2, "main", "included", label, len(included)))
    effect = select_effect_studies(included, effect_designs=effect_designs)
    rows += _flow_not_effect(included.drop(effect.index), effect_designs)
    rows.append(_flow_row(3, "main", "effect", "studies that assess an effect", len(effect)))
    for group in focus:
        count = len(select_condition(effect, group))
        rows.append(_flow_row(4, "focus", f"focus:{group}", name_group(group), count))
    return pd.DataFrame(rows, columns=["step", "role", "key", "label", "count"])


def _flow_row(step: int, role: str, key: str, label: str, count: int) -> dict[str, Any]:
    return {"step": step, "role": role, "key": key, "label": label, "count": int(count)}


def _flow_not_effect(rest: pd.DataFrame, effect_designs: Sequence[str]) -> list[dict[str, Any]]:
    in_design = rest["design"].isin(list(effect_designs))
    rows = []
    for design, count in _ordered_counts(rest[~in_design]["design"], DESIGNS):
        rows.append(_flow_row(3, "excluded", f"design:{design}", DESIGN_NAMES[design], count))
    if in_design.any():
        label = "effect design, no effect assessed"
        rows.append(_flow_row(3, "excluded", "no_effect_assessed", label, int(in_design.sum())))
    return rows


def _ordered_counts(values: pd.Series, order: Sequence[str]) -> list[tuple[str, int]]:
    counts = values.value_counts()
    known = [(label, int(counts[label])) for label in order if label in counts]
    extra = sorted((str(k), int(v)) for k, v in counts.items() if k not in order)
    return known + extra


def count_by_year(frame: pd.DataFrame) -> pd.DataFrame:
    """Publications per year (rows, no gaps) by design (columns in DESIGNS order)."""
    dated = frame.dropna(subset=["year"])
    if dated.empty:
        return pd.DataFrame(columns=[d for d in DESIGNS])
    table = pd.crosstab(dated["year"].astype(int), dated["design"])
    years = range(int(table.index.min()), int(table.index.max()) + 1)
    columns = [d for d in DESIGNS if d in table.columns]
    columns += sorted(c for c in table.columns if c not in DESIGNS)
    table = table.reindex(index=years, columns=columns, fill_value=0)
    table.index.name, table.columns.name = "year", "design"
    return table


def explode_conditions(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (record, condition); records with none get ``no_condition``."""
    labelled = frame.assign(
        condition=frame["conditions"].map(lambda labels: list(labels) or [NO_CONDITION])
    )
    return labelled.explode("condition")


def map_evidence(effect: pd.DataFrame) -> pd.DataFrame:
    """Evidence map of effect studies: one row per condition x horizon with any study.

    Columns: condition, horizon, studies, one count per direction, and
    ``main_direction`` (the most frequent; ties go to the first in DIRECTIONS).
    """
    columns = ["condition", "horizon", "studies", *DIRECTIONS[:-1], "main_direction"]
    exploded = explode_conditions(effect)
    if exploded.empty:
        return pd.DataFrame({c: pd.Series(dtype=int) for c in columns}).astype(
            {"condition": object, "horizon": object, "main_direction": object}
        )
    table = pd.crosstab([exploded["condition"], exploded["horizon"]], exploded["direction"])
    table = table.reindex(columns=list(DIRECTIONS[:-1]), fill_value=0).reset_index()
    table["studies"] = table[list(DIRECTIONS[:-1])].sum(axis=1)
    table["main_direction"] = table[list(DIRECTIONS[:-1])].idxmax(axis=1)
    table = table[table["studies"] > 0]
    table.columns.name = None
    table["horizon"] = pd.Categorical(table["horizon"], categories=HORIZONS, ordered=True)
    table = table.sort_values(["condition", "horizon"]).reset_index(drop=True)
    table["horizon"] = table["horizon"].astype(str)
    return table[columns]


def count_direction_by_horizon(effect: pd.DataFrame) -> pd.DataFrame:
    """Effect studies by horizon (rows, HORIZONS order) and direction (columns)."""
    table = pd.crosstab(effect["horizon"], effect["direction"]) if len(effect) else None
    if table is None:
        return pd.DataFrame(0, index=list(HORIZONS), columns=list(DIRECTIONS[:-1]))
    table = table.reindex(index=list(HORIZONS), columns=list(DIRECTIONS[:-1]), fill_value=0)
    table.index.name, table.columns.name = "horizon", "direction"
    return table


def summarise_durability(effect: pd.DataFrame, *, min_studies: int = 3) -> pd.DataFrame:
    """ "Does it last?": per condition with at least ``min_studies`` effect studies.

    Columns: condition, studies, lasting (intermediate or long horizon),
    share_lasting (0-1), then one column per horizon holding the direction
    mix there, e.g. ``"3 positive, 1 no effect"``.
    """
    exploded = explode_conditions(effect)
    rows = []
    for condition, group in exploded.groupby("condition", sort=True):
        if len(group) < min_studies:
            continue
        lasting = int(group["horizon"].isin(LASTING).sum())
        row = {"condition": condition, "studies": len(group), "lasting": lasting}
        row["share_lasting"] = lasting / len(group)
        for horizon in HORIZONS:
            row[horizon] = _direction_mix(group[group["horizon"] == horizon]["direction"])
        rows.append(row)
    columns = ["condition", "studies", "lasting", "share_lasting", *HORIZONS]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["studies", "condition"], ascending=[False, True], ignore_index=True)


def _direction_mix(directions: pd.Series) -> str:
    counts = _ordered_counts(directions, DIRECTIONS)
    return ", ".join(f"{count} {DIRECTION_NAMES.get(label, label)}" for label, count in counts)


def format_days(days: int | None) -> str:
    """Latest follow-up in words: ``0`` -> "same day", ``182`` -> "6 months"."""
    if days is None or pd.isna(days):
        return ""
    days = int(days)
    if days <= 1:
        return "same day" if days == 0 else "1 day"
    if days < 14:
        return f"{days} days"
    if days < 92:
        return f"{round(days / 7)} weeks"
    if days < 360:
        return f"{round(days / 30)} months"
    years = days / 365
    return "1 year" if round(years, 1) == 1 else f"{years:.1f} years".replace(".0 ", " ")


def table_condition(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """The studies of one focus group, systematic reviews first, then newest first.

    Columns: pmid, year, design, n, horizon, latest_followup, direction,
    evidence, title (labels in words; missing values as empty strings).
    """
    rows = select_condition(frame, group)
    rank = {design: i for i, design in enumerate(DESIGNS)}
    ordered = rows.assign(
        _rank=rows["design"].map(lambda d: rank.get(d, len(rank))),
        _year=rows["year"].fillna(0).astype(int),
    ).sort_values(["_rank", "_year", "pmid"], ascending=[True, False, True])
    return pd.DataFrame(
        {
            "pmid": ordered["pmid"],
            "year": ordered["year"].map(lambda y: "" if pd.isna(y) else str(int(y))),
            "design": ordered["design"].map(name_label),
            "n": ordered["n_participants"].map(lambda n: "" if pd.isna(n) else str(int(n))),
            "horizon": ordered["horizon"].map(name_label),
            "latest_followup": ordered["max_followup_days"].map(format_days),
            "direction": ordered["direction"].map(name_label),
            "evidence": ordered["evidence"],
            "title": ordered["title"],
        }
    ).reset_index(drop=True)
