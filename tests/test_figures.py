"""Report figures: titled, labelled, with legends, saved as PNG and SVG."""

from __future__ import annotations

import pytest

from synth import figures
from synth import synthesis as syn
from synth.devset import load_dev_set


@pytest.fixture(scope="module")
def tables():
    labelled = load_dev_set()
    records = [item.record for item in labelled]
    tags = {item.record.pmid: item.expected for item in labelled}
    included = syn.select_included(syn.frame_records(records, tags))
    effect = syn.select_effect_studies(included)
    return {
        "flow": syn.count_flow(records, tags, focus=["low_back_pain"]),
        "years": syn.count_by_year(included),
        "evidence": syn.map_evidence(effect),
        "by_horizon": syn.count_direction_by_horizon(effect),
    }


PLOTS = [
    ("plot_years", "years", "Publications per year", True),
    ("plot_evidence_map", "evidence", "Evidence map", True),
    ("plot_durability", "by_horizon", "Does it last?", True),
    ("plot_flow", "flow", "Flow of records", False),
]


@pytest.mark.parametrize(("plot", "table", "title", "has_axes"), PLOTS)
def test_each_figure_has_a_title_axis_labels_and_legend(tables, plot, table, title, has_axes):
    figure = getattr(figures, plot)(tables[table])
    ax = figure.axes[0]
    assert ax.get_title().startswith(title)
    if has_axes:
        assert ax.get_xlabel() and ax.get_ylabel()
        assert ax.get_legend() is not None and ax.get_legend().get_texts()
        sizes = [t.get_fontsize() for t in ax.get_legend().get_texts() + ax.get_xticklabels()]
        assert min(sizes) >= 9  # readable when printed


def test_save_writes_png_and_svg_with_readable_text(tables, tmp_path):
    figure = figures.plot_flow(tables["flow"])
    png, svg = figures.save_figure(figure, "flow", out_dir=tmp_path / "figures")
    assert png.read_bytes().startswith(b"\x89PNG")
    text = svg.read_text(encoding="utf-8")
    identified = int(tables["flow"].set_index("key").loc["identified", "count"])
    assert "Flow of records" in text and f"n = {identified}" in text


def test_saved_svg_is_the_same_on_every_run(tables, tmp_path):
    first = figures.save_figure(figures.plot_years(tables["years"]), "a", out_dir=tmp_path)[1]
    second = figures.save_figure(figures.plot_years(tables["years"]), "b", out_dir=tmp_path)[1]
    assert first.read_bytes() == second.read_bytes()


def test_a_cache_with_nothing_tagged_still_draws_every_figure(tmp_path):
    records = [item.record for item in load_dev_set()[:5]]
    included = syn.select_included(syn.frame_records(records, {}))
    effect = syn.select_effect_studies(included)
    drawn = [
        figures.plot_flow(syn.count_flow(records, {}, focus=["low_back_pain"])),
        figures.plot_years(syn.count_by_year(included)),
        figures.plot_evidence_map(syn.map_evidence(effect)),
        figures.plot_durability(syn.count_direction_by_horizon(effect)),
    ]
    for i, figure in enumerate(drawn):
        png, _ = figures.save_figure(figure, f"empty-{i}", out_dir=tmp_path)
        assert png.stat().st_size > 0
