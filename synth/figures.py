"""Figures of the report, drawn from the synthesis tables with one fixed style.

Each ``plot_*`` function takes a DataFrame from :mod:`synth.synthesis` and
returns a :class:`matplotlib.figure.Figure` built without pyplot (no global
state, Agg canvas), so notebooks can display it and :func:`save_figure` can
write it as PNG and SVG.  Sizes are for an A4 page: titles, axis labels and
legends stay readable in print.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyBboxPatch, Patch

from .synthesis import (
    CONDITION_NAMES,
    DESIGN_NAMES,
    DIRECTION_NAMES,
    DIRECTIONS,
    HORIZON_NAMES,
    HORIZONS,
)

STYLE = {
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "legend.fontsize": 9.5,
    "legend.title_fontsize": 10,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "synth",
    "svg.fonttype": "none",
    "savefig.bbox": "tight",
    "figure.dpi": 100,
}
DIRECTION_COLOURS = {
    "positive": "#1b9e77",
    "mixed": "#e6ab02",
    "no_effect": "#7f7f7f",
    "negative": "#d95f02",
    "unclear": "#7570b3",
}
DESIGN_COLOURS = dict(
    zip(DESIGN_NAMES, mpl.colormaps["tab10"].colors, strict=False),
)
PNG_DPI = 150


@contextmanager
def _styled() -> Iterator[None]:
    with mpl.rc_context(STYLE):
        yield


def _new_figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def save_figure(figure: Figure, name: str, *, out_dir: Path | str) -> tuple[Path, Path]:
    """Write ``name.png`` and ``name.svg`` into ``out_dir``; return both paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    png, svg = folder / f"{name}.png", folder / f"{name}.svg"
    with _styled():
        figure.savefig(png, dpi=PNG_DPI, metadata={"Software": None})
        figure.savefig(svg, metadata={"Date": None, "Creator": None})
    return png, svg


def plot_flow(flow: pd.DataFrame) -> Figure:
    """PRISMA-style flow diagram from :func:`synth.synthesis.count_flow`."""
    with _styled():
        main = flow[flow["role"] == "main"].reset_index(drop=True)
        focus = flow[flow["role"] == "focus"]
        rows = len(main) + (1 if len(focus) else 0)
        figure = _new_figure(9, 1.2 * rows + 0.5)
        ax = figure.add_subplot()
        ax.set_xlim(0, 10)
        ax.set_ylim(-rows + 0.5, 0.45)
        ax.axis("off")
        ax.set_title("Flow of records (PRISMA style)")
        for i, box in main.iterrows():
            _box(ax, 2.6, -i, f"{box['label']}\nn = {box['count']:,}", colour="#deebf7")
            if i:
                ax.annotate("", (2.6, -i + 0.33), (2.6, -i + 0.67), arrowprops={"arrowstyle": "->"})
            _flow_exclusions(ax, flow[(flow["role"] == "excluded") & (flow["step"] == i + 1)], -i)
        if len(focus):
            _flow_focus(ax, focus, -len(main))
        return figure


def _box(ax, x: float, y: float, text: str, *, colour: str, width: float = 4.4) -> None:
    patch = FancyBboxPatch(
        (x - width / 2, y - 0.32),
        width,
        0.64,
        boxstyle="round,pad=0.02",
        facecolor=colour,
        edgecolor="#404040",
    )
    ax.add_patch(patch)
    ax.text(x, y, text, ha="center", va="center", fontsize=10)


def _flow_exclusions(ax, excluded: pd.DataFrame, y: float) -> None:
    if excluded.empty:
        return
    lines = [f"{row.label}: {row.count:,}" for row in excluded.itertuples()]
    text = f"set aside: {int(excluded['count'].sum()):,}\n" + "\n".join(lines)
    ax.annotate("", (6.0, y + 0.5), (2.6, y + 0.5), arrowprops={"arrowstyle": "->"})
    ax.text(
        6.1,
        y + 0.5,
        text,
        ha="left",
        va="center",
        fontsize=9,
        linespacing=1.25,
        bbox={"boxstyle": "round", "facecolor": "#f0f0f0", "edgecolor": "#909090"},
    )


def _flow_focus(ax, focus: pd.DataFrame, y: float) -> None:
    width = 9.6 / len(focus)
    for j, row in enumerate(focus.itertuples()):
        x = 0.2 + width * (j + 0.5)
        ax.annotate("", (x, y + 0.33), (2.6, y + 0.67), arrowprops={"arrowstyle": "->"})
        _box(ax, x, y, f"{row.label}\nn = {row.count:,}", colour="#e5f5e0", width=width - 0.3)


def _say_empty(figure: Figure, ax, title: str) -> Figure:
    ax.set_title(title)
    ax.axis("off")
    ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes)
    return figure


def plot_years(by_year: pd.DataFrame) -> Figure:
    """Publications per year, stacked by design, from :func:`count_by_year`."""
    with _styled():
        figure = _new_figure(10, 5)
        ax = figure.add_subplot()
        if by_year.empty:
            return _say_empty(figure, ax, "Publications per year: no records yet")
        bottom = pd.Series(0, index=by_year.index)
        for design in by_year.columns:
            colour = DESIGN_COLOURS.get(design, "#bbbbbb")
            label = DESIGN_NAMES.get(design, design)
            ax.bar(by_year.index, by_year[design], bottom=bottom, label=label, color=colour)
            bottom = bottom + by_year[design]
        ax.set_title("Publications per year, by study design")
        ax.set_xlabel("publication year")
        ax.set_ylabel("records")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(title="design", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        return figure


def plot_evidence_map(evidence: pd.DataFrame) -> Figure:
    """Conditions x horizon; bubble area = effect studies, colour = main direction."""
    with _styled():
        conditions = sorted(evidence["condition"].unique(), key=lambda c: CONDITION_NAMES.get(c, c))
        figure = _new_figure(10, 1.2 + 0.42 * max(len(conditions), 3))
        ax = figure.add_subplot()
        if evidence.empty:
            return _say_empty(figure, ax, "Evidence map: no effect studies yet")
        y = {c: i for i, c in enumerate(reversed(conditions))}
        x = {h: i for i, h in enumerate(HORIZONS)}
        scale = 1100 / max(int(evidence["studies"].max()) if len(evidence) else 1, 1)
        ax.scatter(
            evidence["horizon"].map(x),
            evidence["condition"].map(y),
            s=160 + evidence["studies"] * scale,
            c=evidence["main_direction"].map(DIRECTION_COLOURS),
            alpha=0.85,
            edgecolors="#303030",
            zorder=3,
        )
        for row in evidence.itertuples():
            ax.text(
                x[row.horizon],
                y[row.condition],
                str(row.studies),
                ha="center",
                va="center",
                zorder=4,
            )
        _axes_evidence_map(ax, conditions, y)
        return figure


def _axes_evidence_map(ax, conditions: list[str], y: dict[str, int]) -> None:
    ax.set_xticks(range(len(HORIZONS)), [HORIZON_NAMES[h] for h in HORIZONS], rotation=15)
    ax.set_yticks([y[c] for c in conditions], [CONDITION_NAMES.get(c, c) for c in conditions])
    ax.set_xlim(-0.6, len(HORIZONS) - 0.4)
    ax.set_ylim(-0.7, len(conditions) - 0.3)
    ax.set_title("Evidence map: effect studies by condition and follow-up")
    ax.set_xlabel("latest outcome time point (horizon)")
    ax.set_ylabel("condition")
    ax.grid(True, color="#e0e0e0", zorder=0)
    handles = [
        Line2D(
            [], [], marker="o", linestyle="", markersize=10, color=colour, label=DIRECTION_NAMES[d]
        )
        for d, colour in DIRECTION_COLOURS.items()
    ]
    ax.legend(
        handles=handles,
        title="main direction\n(number = studies)",
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
    )


def plot_durability(by_horizon: pd.DataFrame) -> Figure:
    """Direction of effect by horizon (stacked bars) from :func:`count_direction_by_horizon`."""
    with _styled():
        figure = _new_figure(9, 4.5)
        ax = figure.add_subplot()
        labels = [HORIZON_NAMES.get(h, h) for h in by_horizon.index]
        left = pd.Series(0, index=by_horizon.index)
        for direction in [d for d in DIRECTIONS if d in by_horizon.columns]:
            values = by_horizon[direction]
            colour = DIRECTION_COLOURS.get(direction, "#bbbbbb")
            ax.barh(labels, values, left=left, color=colour, label=DIRECTION_NAMES[direction])
            left = left + values
        ax.invert_yaxis()
        ax.set_title("Does it last? Direction of effect by follow-up")
        ax.set_xlabel("effect studies")
        ax.set_ylabel("latest outcome time point")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(
            handles=[
                Patch(color=DIRECTION_COLOURS[d], label=DIRECTION_NAMES[d])
                for d in DIRECTION_COLOURS
            ],
            title="direction",
            loc="lower right",
            frameon=False,
        )
        return figure
