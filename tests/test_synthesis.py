"""Synthesis tables on the labelled dev set: counts that add up and match the tags."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from synth import synthesis as syn
from synth.devset import load_dev_set

FOCUS = ["low_back_pain", "leg_pain_edema;lymphedema"]


@pytest.fixture(scope="module")
def dev():
    labelled = load_dev_set()
    records = [item.record for item in labelled]
    tags = {item.record.pmid: item.expected for item in labelled}
    return records, tags


def _effect(tags, *, designs=syn.EFFECT_DESIGNS):
    return [
        t
        for t in tags.values()
        if t.massage_kind == "therapeutic"
        and t.design in designs
        and t.direction != "not_applicable"
    ]


@pytest.mark.parametrize("exclude", [True, False])
def test_flow_boxes_add_up(dev, exclude):
    records, tags = dev
    flow = syn.count_flow(records, tags, focus=FOCUS, exclude_non_therapeutic=exclude)
    main = flow[flow["role"] == "main"].set_index("key")["count"]
    excluded = flow[flow["role"] == "excluded"]
    assert main["identified"] == len(records)
    for step, previous, current in [(2, "identified", "included"), (3, "included", "effect")]:
        set_aside = excluded[excluded["step"] == step]["count"].sum()
        assert main[previous] - set_aside == main[current]
    assert main["effect"] == len(_effect(tags) if exclude else _effect_any_kind(tags))


def _effect_any_kind(tags):
    return [
        t
        for t in tags.values()
        if t.design in syn.EFFECT_DESIGNS and t.direction != "not_applicable"
    ]


def test_flow_sets_aside_each_procedural_kind_with_its_count(dev):
    records, tags = dev
    flow = syn.count_flow(records, tags)
    kinds = Counter(t.massage_kind for t in tags.values() if t.massage_kind != "therapeutic")
    shown = {
        row.key.removeprefix("kind:"): row.count for row in flow.itertuples() if "kind:" in row.key
    }
    assert shown == dict(kinds)


def test_flow_focus_counts_effect_studies_of_the_group(dev):
    records, tags = dev
    flow = syn.count_flow(records, tags, focus=FOCUS).set_index("key")["count"]
    effect = _effect(tags)
    assert flow["focus:low_back_pain"] == sum("low_back_pain" in t.conditions for t in effect)
    legs = {"leg_pain_edema", "lymphedema"}
    assert flow["focus:leg_pain_edema;lymphedema"] == sum(
        bool(legs & set(t.conditions)) for t in effect
    )


def test_untagged_records_are_a_counted_exclusion(dev):
    records, tags = dev
    fewer = dict(list(tags.items())[:-5])
    flow = syn.count_flow(records, fewer).set_index("key")["count"]
    assert flow["untagged"] == 5
    assert flow["identified"] == len(records)


def test_years_count_every_dated_included_record_once(dev):
    records, tags = dev
    included = syn.select_included(syn.frame_records(records, tags))
    by_year = syn.count_by_year(included)
    assert by_year.to_numpy().sum() == included["year"].notna().sum()
    assert list(by_year.index) == list(range(by_year.index.min(), by_year.index.max() + 1))


def test_evidence_map_counts_match_the_tags(dev):
    records, tags = dev
    effect_frame = syn.select_effect_studies(syn.select_included(syn.frame_records(records, tags)))
    evidence = syn.map_evidence(effect_frame)
    expected = Counter(
        (c, t.horizon, t.direction)
        for t in _effect(tags)
        for c in (t.conditions or ["no_condition"])
    )
    for row in evidence.itertuples():
        for direction in syn.DIRECTIONS[:-1]:
            assert getattr(row, direction) == expected[(row.condition, row.horizon, direction)]
    assert evidence["studies"].sum() == sum(expected.values())


def test_durability_shares_intermediate_and_long_follow_up(dev):
    records, tags = dev
    effect_frame = syn.select_effect_studies(syn.select_included(syn.frame_records(records, tags)))
    table = syn.summarise_durability(effect_frame, min_studies=3).set_index("condition")
    back = [t for t in _effect(tags) if "low_back_pain" in t.conditions]
    lasting = sum(t.horizon in ("intermediate", "long") for t in back)
    assert table.loc["low_back_pain", "studies"] == len(back)
    assert table.loc["low_back_pain", "share_lasting"] == pytest.approx(lasting / len(back))
    assert (table["studies"] >= 3).all()


def test_condition_table_lists_systematic_reviews_first(dev):
    records, tags = dev
    table = syn.table_condition(syn.frame_records(records, tags), "low_back_pain")
    designs = list(table["design"])
    reviews = designs.count("systematic review")
    assert reviews >= 1
    assert designs[:reviews] == ["systematic review"] * reviews
    assert len(table) == sum("low_back_pain" in t.conditions for t in tags.values())


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (None, ""),
        (0, "same day"),
        (1, "1 day"),
        (5, "5 days"),
        (56, "8 weeks"),
        (182, "6 months"),
        (365, "1 year"),
        (730, "2 years"),
    ],
)
def test_follow_up_is_shown_in_words(days, words):
    assert syn.format_days(days) == words


def test_snapshot_diff_names_new_removed_and_retagged_records(dev):
    _, tags = dev
    pmids = sorted(tags)
    before = syn.snapshot_tags({p: tags[p] for p in pmids[1:]}, query="q")
    changed = replace(tags[pmids[2]], design="observational", n_participants=999)
    now = {p: tags[p] for p in pmids if p != pmids[-1]} | {pmids[2]: changed}
    diff = syn.diff_snapshots(before, syn.snapshot_tags(now, query="q")).set_index("pmid")
    assert diff.loc[pmids[0], "change"] == "new"
    assert diff.loc[pmids[-1], "change"] == "removed"
    assert diff.loc[pmids[2], "change"] == "tags changed"
    assert "design:" in diff.loc[pmids[2], "detail"] and "999" in diff.loc[pmids[2], "detail"]
    assert len(diff) == 3


def test_nothing_tagged_yet_gives_empty_tables_with_their_columns(dev):
    records, _ = dev
    frame = syn.frame_records(records, {})
    flow = syn.count_flow(records, {}, focus=FOCUS).set_index("key")["count"]
    assert flow["untagged"] == len(records) and flow["effect"] == 0
    table = syn.table_condition(frame, "low_back_pain")
    assert table.empty and "design" in table.columns
    assert syn.map_evidence(frame).empty and syn.summarise_durability(frame).empty


def test_evidence_phrase_joins_direction_and_follow_up_cues(dev):
    from synth.records import Evidence

    _, tags = dev
    base = next(iter(tags.values()))
    cues = (
        ("direction", (Evidence("abstract:CONCLUSIONS", "did not improve"),)),
        ("horizon", (Evidence("abstract:METHODS", "at 6 months"),)),
        ("design", (Evidence("publication_type", "Randomized Controlled Trial"),)),
    )
    assert syn.pick_evidence(replace(base, evidence=cues)) == "did not improve · at 6 months"
    defaults = (("direction", (Evidence("default", "no cue"),)), cues[2])
    assert syn.pick_evidence(replace(base, evidence=defaults)) == "Randomized Controlled Trial"
