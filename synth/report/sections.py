"""HTML pieces of the report, built from the synthesis tables.

The synthesis notebook displays each of these with ``IPython.display.HTML``.
Every value that comes from a record (titles, evidence phrases, journal
names) goes through :func:`html.escape`; nothing else is trusted either.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from .. import synthesis as syn
from ..exports import PUBMED_URL

SNAPSHOT_NAME = "tags-snapshot.json"

STYLE = """<style>
.synth table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
.synth th, .synth td { border: 1px solid #ccc; padding: 3px 7px; vertical-align: top;
  text-align: left !important; }
.synth th { background: #f2f2f2; }
.synth td.num { text-align: right !important; white-space: nowrap; }
.synth .banner { background: #fff3cd; border: 2px solid #c99400; padding: 0.7em 1em;
  font-weight: bold; font-size: 1.1em; margin: 0.5em 0; }
.synth .note { color: #555; font-size: 0.92em; }
.synth dl { display: grid; grid-template-columns: max-content auto; gap: 2px 1em; }
.synth dt { font-weight: bold; white-space: nowrap; }
.synth dd { margin: 0; }
</style>"""


def _e(value: Any) -> str:
    """Escape any value for HTML (None and NA become empty)."""
    if value is None or (not isinstance(value, (str, tuple, list)) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def wrap(body: str) -> str:
    """Put a fragment inside the report's styled container."""
    return f'{STYLE}<div class="synth">{body}</div>'


def link_pmid(pmid: str) -> str:
    """A PMID linked to its PubMed page."""
    return f'<a href="{_e(PUBMED_URL.format(pmid=pmid))}">{_e(pmid)}</a>'


def render_table(
    frame: pd.DataFrame,
    *,
    headers: Mapping[str, str] | None = None,
    raw: Iterable[str] = (),
    numeric: Iterable[str] = (),
    keys: Sequence[str] | None = None,
) -> str:
    """An HTML table; cells escaped except ``raw`` columns (already safe HTML).

    ``keys`` (one per row) become ``data-key`` attributes, so tests and
    scripts can find a row without reading its label.
    """
    raw, numeric = set(raw), set(numeric)
    names = headers or {}
    head = "".join(f"<th>{_e(names.get(c, c))}</th>" for c in frame.columns)
    rows = []
    for i, values in enumerate(frame.itertuples(index=False)):
        cells = "".join(
            _cell(value, raw=column in raw, num=column in numeric)
            for column, value in zip(frame.columns, values, strict=True)
        )
        key = f' data-key="{_e(keys[i])}"' if keys is not None else ""
        rows.append(f"<tr{key}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cell(value: Any, *, raw: bool, num: bool) -> str:
    text = str(value) if raw else _e(value)
    return f'<td class="num">{text}</td>' if num else f"<td>{text}</td>"


def render_header(
    *,
    query: str,
    retrieved: str | None,
    records: int,
    tool_version: str,
    tagger_version: str,
    fingerprint: str,
    demo: bool,
) -> str:
    """Section 1: what this report covers and how to reproduce it."""
    banner = (
        '<div class="banner">DEMO: this report was made from the bundled sample of labelled '
        "records served by the local E-utilities stub, not from PubMed. Its numbers say "
        "nothing about the literature; run <code>make report</code> for the real one.</div>"
        if demo
        else ""
    )
    items = {
        "query": query,
        "retrieved": retrieved or "not recorded",
        "records": f"{records:,}",
        "synth version": tool_version,
        "tagger version": tagger_version,
        "cache fingerprint": fingerprint,
        "generated": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }
    rows = "".join(f'<dt>{_e(k)}</dt><dd data-key="{_e(k)}">{_e(v)}</dd>' for k, v in items.items())
    return wrap(f"{banner}<dl>{rows}</dl>")


def render_flow(flow: pd.DataFrame) -> str:
    """The flow counts as a table under the diagram (same numbers, searchable)."""
    table = flow.assign(label=flow.apply(_flow_label, axis=1))[["label", "count"]]
    body = render_table(
        table, headers={"label": "stage", "count": "records"}, numeric={"count"}, keys=flow["key"]
    )
    return wrap(body)


def _flow_label(row: pd.Series) -> str:
    if row["role"] == "excluded":
        return f"\u2003set aside: {row['label']}"
    if row["role"] == "focus":
        return f"\u2003focus: {row['label']}"
    return row["label"]


def render_evidence_map(evidence: pd.DataFrame) -> str:
    """The evidence map's numbers, one row per condition x horizon."""
    table = evidence.assign(
        condition=evidence["condition"].map(syn.name_label),
        horizon=evidence["horizon"].map(syn.name_label),
        main_direction=evidence["main_direction"].map(syn.name_label),
    )
    keys = [f"{c}|{h}" for c, h in zip(evidence["condition"], evidence["horizon"], strict=True)]
    headers = {d: syn.name_label(d) for d in syn.DIRECTIONS}
    numeric = {"studies", *syn.DIRECTIONS}
    return wrap(
        "<details><summary>numbers behind the map</summary>"
        + render_table(table, headers=headers, numeric=numeric, keys=keys)
        + "</details>"
    )


def render_durability(
    durability: pd.DataFrame, *, by_horizon: pd.DataFrame, min_studies: int
) -> str:
    """Section 5: how many effect studies looked beyond 3 months, what they found, by condition."""
    answer = _lasting_answer(by_horizon)
    if durability.empty:
        return wrap(f"{answer}<p>No condition has {min_studies} or more effect studies yet.</p>")
    table = durability.assign(
        condition=durability["condition"].map(syn.name_label),
        share_lasting=durability["share_lasting"].map(lambda s: f"{s:.0%}"),
    )
    headers = {h: syn.HORIZON_NAMES[h] for h in syn.HORIZONS}
    headers.update(
        studies="effect studies",
        lasting="followed > 3 months",
        share_lasting="share followed > 3 months",
    )
    note = (
        f'<p class="note">Conditions with at least {min_studies} effect studies. Each horizon '
        "column gives the direction of effect the authors reported at that follow-up.</p>"
    )
    body = render_table(
        table,
        headers=headers,
        numeric={"studies", "lasting", "share_lasting"},
        keys=list(durability["condition"]),
    )
    return wrap(answer + note + body)


def _lasting_answer(by_horizon: pd.DataFrame) -> str:
    total = int(by_horizon.to_numpy().sum())
    lasting = by_horizon.loc[[h for h in syn.LASTING if h in by_horizon.index]].sum()
    count = int(lasting.sum())
    if not total:
        return "<p>No effect studies to judge yet.</p>"
    mix = ", ".join(f"{int(n)} {syn.name_label(str(d))}" for d, n in lasting.items() if int(n))
    found = f" They reported: {_e(mix)}." if count else ""
    return (
        f'<p data-key="lasting">{count} of {total} effect studies ({count / total:.0%}) '
        f"measured outcomes more than 3 months after treatment began.{found}</p>"
    )


def render_focus(frame: pd.DataFrame, groups: Sequence[str]) -> str:
    """Section 6: one sub-section per focus group, systematic reviews first."""
    parts = []
    for group in groups:
        table = syn.table_condition(frame, group)
        reviews = int((table["design"] == syn.name_label("systematic_review")).sum())
        parts.append(
            f'<h3 id="focus-{_e(group.replace(";", "-"))}">{_e(syn.name_group(group))}</h3>'
            f'<p data-key="focus-count:{_e(group)}">{len(table)} record(s), '
            f"{reviews} systematic review(s).</p>"
        )
        if len(table):
            table = table.assign(pmid=table["pmid"].map(link_pmid))
            headers = {"latest_followup": "latest follow-up", "evidence": "evidence phrase"}
            parts.append(render_table(table, headers=headers, raw={"pmid"}, numeric={"n"}))
    return wrap("".join(parts))


def render_changes(
    changes: pd.DataFrame, *, previous: Mapping[str, Any] | None, titles: Mapping[str, str]
) -> str:
    """Section 7: what changed since the previous report's snapshot."""
    if previous is None:
        return wrap("<p>No earlier report of this query to compare with: this is the first.</p>")
    counts = changes["change"].value_counts()
    summary = ", ".join(f"{int(counts.get(k, 0))} {k}" for k in ("new", "tags changed", "removed"))
    intro = (
        f"<p>Compared with the report of {_e(previous.get('generated_at', '?'))}: "
        f'<span data-key="changes">{_e(summary)}</span>.</p>'
    )
    if changes.empty:
        return wrap(intro)
    table = changes.assign(
        title=changes["pmid"].map(lambda p: titles.get(p, "")),
        pmid=changes["pmid"].map(link_pmid),
    )
    return wrap(intro + render_table(table, raw={"pmid"}, keys=list(changes["pmid"])))


def render_methods(
    *, query: str, accuracy_json: str | None, effect_designs: Sequence[str], demo: bool
) -> str:
    """Section 8: how the records were retrieved and tagged, and how well."""
    source = "the local E-utilities stub (demo corpus)" if demo else "NCBI E-utilities (PubMed)"
    designs = ", ".join(syn.name_label(d) for d in effect_designs)
    text = (
        f"<p><b>Retrieval.</b> Every record matching <code>{_e(query)}</code> was retrieved "
        f"from {_e(source)} with ESearch (history server) and EFetch in batches, and kept as "
        "raw XML in a local SQLite cache; monthly refreshes fetch only new or still-indexed "
        "records.</p>"
        "<p><b>Tagging.</b> Each record was tagged by rules (vocabularies, MeSH mappings, "
        "time-expression patterns and conclusion cues) from its title, abstract, publication "
        "types and MeSH headings, following the project's taxonomy. <b>Tags are automatic</b>: "
        "no person has checked them, so read the evidence phrase and the abstract before "
        f"relying on a single study. Effect studies are records of these designs ({_e(designs)}) "
        "whose direction of effect could be judged.</p>"
    )
    return wrap(text + _render_accuracy(accuracy_json))


def _render_accuracy(accuracy_json: str | None) -> str:
    if not accuracy_json:
        return "<p><b>Tagger accuracy.</b> Not available (run <code>make eval</code>).</p>"
    payload = json.loads(accuracy_json)
    scores, targets = payload.get("scores", {}), payload.get("targets", {})
    rows = [
        (name, f"{score:.2f}", _target(targets.get(name)), _met(score, targets.get(name)))
        for name, score in scores.items()
    ]
    table = pd.DataFrame(rows, columns=["field", "score", "target", "target met"])
    intro = (
        f"<p><b>Tagger accuracy</b> on the labelled development set ({payload.get('records', '?')} "
        f"records, tagger {_e(payload.get('tagger_version', '?'))}; <code>make eval</code>). "
        "Scores are accuracy, except F1 for conditions and a 10% tolerance for follow-up days. "
        "The rules were written while looking at this set, so expect lower accuracy on new "
        "records.</p>"
    )
    keys = [f"accuracy:{name}" for name in scores]
    return intro + render_table(table, numeric={"score", "target"}, keys=keys)


def _target(target: float | None) -> str:
    return "" if target is None else f"{target:.2f}"


def _met(score: float, target: float | None) -> str:
    if target is None:
        return ""
    return "yes" if score >= target else "no"


def render_exports(paths: Mapping[str, Path]) -> str:
    """Links to the export files next to report.html."""
    items = "".join(
        f'<li><a href="{_e(path.name)}">{_e(path.name)}</a> ({_e(fmt)})</li>'
        for fmt, path in paths.items()
    )
    return wrap(f"<ul>{items}</ul>")


def find_previous_snapshot(
    output_dir: Path | str, *, query: str, demo: bool
) -> dict[str, Any] | None:
    """The newest snapshot of the same query (and demo flag) in a sibling report folder."""
    here = Path(output_dir).resolve()
    found = []
    for path in sorted(here.parent.glob(f"*/{SNAPSHOT_NAME}")):
        if path.parent.resolve() == here:
            continue
        try:
            snapshot = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if snapshot.get("query") == query and bool(snapshot.get("demo")) == demo:
            found.append(snapshot)
    return max(found, key=lambda s: str(s.get("generated_at", ""))) if found else None


def write_snapshot(snapshot: Mapping[str, Any], output_dir: Path | str) -> Path:
    """Store the snapshot next to the report, for the next report to compare with."""
    path = Path(output_dir) / SNAPSHOT_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(snapshot, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path
