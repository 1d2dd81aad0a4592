"""Shared text helpers: sections with their place, sentences, conclusion, numbers."""

from __future__ import annotations

import pytest

from synth.records import AbstractSection, MeshHeading, Record
from synth.tag.text import conclusion_sentences, parse_number, record_sections, split_sentences


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("64", 64),
        ("1,340", 1340),
        ("twelve", 12),
        ("Forty-two", 42),
        ("one hundred and twenty", 120),
        ("two thousand five hundred", 2500),
        ("3.5", None),
        ("several", None),
        ("", None),
    ],
)
def test_parse_number(token: str, expected: int | None) -> None:
    assert parse_number(token) == expected


def test_split_sentences_keeps_abbreviations_and_decimals() -> None:
    text = "Pain fell by 2.5 points vs. sham (e.g. at week 4). Smith et al. agreed. Why? Unknown."
    assert split_sentences(text) == [
        "Pain fell by 2.5 points vs. sham (e.g. at week 4).",
        "Smith et al. agreed.",
        "Why?",
        "Unknown.",
    ]


def test_record_sections_name_each_place() -> None:
    record = Record(
        pmid="1",
        title="Massage for neck pain",
        abstract=(AbstractSection("Aim text.", label="Objective"), AbstractSection("Plain.")),
        mesh=(MeshHeading("Neck Pain", major=True, qualifiers=("therapy",)),),
        publication_types=("Randomized Controlled Trial",),
        keywords=("massage",),
    )
    assert record_sections(record) == [
        ("title", "Massage for neck pain"),
        ("abstract:OBJECTIVE", "Aim text."),
        ("abstract", "Plain."),
        ("mesh", "Neck Pain / therapy"),
        ("publication_type", "Randomized Controlled Trial"),
        ("keyword", "massage"),
    ]


def test_conclusion_prefers_the_labelled_section() -> None:
    record = Record(
        pmid="1",
        title="t",
        abstract=(
            AbstractSection("We did a trial. It had results.", label="METHODS"),
            AbstractSection("Massage helped. More work is needed.", label="CONCLUSIONS"),
        ),
    )
    assert conclusion_sentences(record) == [
        ("abstract:CONCLUSIONS", "Massage helped."),
        ("abstract:CONCLUSIONS", "More work is needed."),
    ]


def test_conclusion_of_an_unlabelled_abstract_is_its_last_sentences() -> None:
    text = "One. Two. Three. Four helped."
    record = Record(pmid="1", title="t", abstract=(AbstractSection(text),))
    assert [s for _, s in conclusion_sentences(record)] == ["Three.", "Four helped."]


def test_a_run_in_heading_stays_with_the_sentence_it_heads() -> None:
    text = (
        "Results. Crying fell in both groups (p = 0.57). Conclusions. Neither massage nor the"
        " vibrator was superior."
    )
    assert split_sentences(text) == [
        "Results. Crying fell in both groups (p = 0.57).",
        "Conclusions. Neither massage nor the vibrator was superior.",
    ]
