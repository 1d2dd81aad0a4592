"""synth tag: XML files to CSV, and the cache tagged in place by tagger version."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from synth.cache import open_cache
from synth.cli import main
from synth.config import Settings
from synth.parse import parse_records, split_articles
from synth.records import Evidence, Tags
from synth.stub import write_dev_corpus
from synth.tag import TAGGER_VERSION, tag_record
from synth.tagging import CSV_COLUMNS, tag_cache, tag_files, tags_to_row, write_tags_csv

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("SYNTH_CONFIG", str(tmp_path / "none.toml"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return dataclasses.replace(Settings(), cache_path=tmp_path / "c.sqlite", progress=False)


@pytest.fixture(scope="module")
def dev_xml(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "dev.xml"
    write_dev_corpus(path)
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tags_row_has_empty_cells_joined_conditions_and_json_evidence() -> None:
    tags = Tags(
        pmid="42",
        massage_kind="therapeutic",
        conditions=("cancer", "mental_health"),
        design="review",
        horizon="not_reported",
        max_followup_days=None,
        direction="not_applicable",
        n_participants=None,
        tagger_version="v",
        evidence=(("design", (Evidence("publication_type", "Review"),)),),
    )
    row = tags_to_row(tags)
    assert list(row) == list(CSV_COLUMNS)
    assert row["conditions"] == "cancer;mental_health"
    assert row["max_followup_days"] == "" and row["n_participants"] == ""
    assert json.loads(row["evidence"]) == {
        "design": [{"where": "publication_type", "text": "Review"}]
    }
    buffer = io.StringIO()
    assert write_tags_csv([tags], buffer) == 1
    assert buffer.getvalue().splitlines()[0] == ",".join(CSV_COLUMNS)


def test_tag_files_writes_one_row_per_record_and_reports_what_it_left_out(tmp_path, settings):
    out = tmp_path / "tags.csv"
    files = [
        FIXTURES / "parse-efetch-with-delete.xml",
        FIXTURES / "parse-pubmed-2024.xml.gz",
        FIXTURES / "parse-malformed-no-pmid.xml",
    ]
    summary = tag_files(files, out, settings=settings, jobs=1)
    rows = _rows(out)
    assert [r["pmid"] for r in rows] == [
        "12091962",
        "36400559",
        "2930949",
        "11446611",
        "28786991",
        "12091962",
        "9997",
    ]
    assert summary.startswith(f"tagged 7 records from 3 files into {out}")
    assert "1 unreadable record skipped" in summary
    assert "2 deleted citations left out" in summary
    assert TAGGER_VERSION in summary


def test_csv_row_matches_tag_record(tmp_path, settings):
    source = FIXTURES / "parse-efetch-two-records.xml"
    out = tmp_path / "tags.csv"
    tag_files([source], out, settings=settings, jobs=1)
    expected = [tags_to_row(tag_record(r)) for r in parse_records(source)]
    assert _rows(out) == expected


def test_two_workers_give_the_same_csv_as_one(tmp_path, settings, dev_xml):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    tag_files([dev_xml], one, settings=settings, jobs=1)
    tag_files([dev_xml], two, settings=settings, jobs=2)
    assert one.read_bytes() == two.read_bytes()
    assert len(_rows(one)) == 96


def test_tag_cache_tags_once_per_tagger_version(settings, dev_xml):
    with open_cache(settings.cache_path) as cache:
        cache.store_batch(split_articles(dev_xml.read_bytes()))
    first = tag_cache(settings)
    assert first.startswith(f"tagged 96 of 96 cached records with tagger {TAGGER_VERSION}")
    again = tag_cache(settings)
    assert again.startswith("tagged 0 of 96") and "(96 already tagged" in again
    with open_cache(settings.cache_path, create=False) as cache:
        stored = cache.load_tags(TAGGER_VERSION)
    some = next(iter(parse_records(dev_xml)))
    assert stored[some.pmid].design == tag_record(some).design
    assert stored[some.pmid].conditions == tag_record(some).conditions


def test_tag_cache_progress_bar_counts_towards_the_records_to_tag(settings, dev_xml, capsys):
    with open_cache(settings.cache_path) as cache:
        cache.store_batch(split_articles(dev_xml.read_bytes()))
    tag_cache(dataclasses.replace(settings, progress=True))
    assert "0/96 [" in capsys.readouterr().err  # a bar of 96, not a bare count


def test_tag_cache_without_a_cache_says_how_to_make_one(settings, capsys):
    assert main(["tag", "--cache", str(settings.cache_path), "--no-progress"]) == 1
    assert "run synth fetch or make demo first" in capsys.readouterr().err


def test_synth_tag_cli_writes_the_csv(tmp_path, capsys):
    out = tmp_path / "out" / "tags.csv"
    source = FIXTURES / "parse-efetch-two-records.xml"
    assert main(["tag", "--xml", str(source), "--out", str(out), "--no-progress"]) == 0
    assert capsys.readouterr().out.startswith("tagged 2 records from 1 file")
    assert [r["pmid"] for r in _rows(out)] == ["12091962", "9997"]


def test_broken_xml_fails_in_one_line_and_leaves_no_csv(tmp_path, capsys):
    out = tmp_path / "tags.csv"
    source = FIXTURES / "parse-efetch-truncated.xml"
    assert main(["tag", "--xml", str(source), "--out", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("synth: error:") and "parse-efetch-truncated.xml" in err
    assert list(tmp_path.iterdir()) == []
