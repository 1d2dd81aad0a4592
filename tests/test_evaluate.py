"""synth eval: scores per field against targets, confusion matrices, mismatches, JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from synth.cli import main
from synth.devset import LabelledRecord, default_dev_set
from synth.evaluate import SCORE_NAMES, TARGETS, evaluate_tagger, score_tags
from synth.records import Record, Tags
from synth.tag import TAGGER_VERSION
from synth.tag.tables import PACKAGE_DIR, package_digest


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    monkeypatch.setenv("SYNTH_CONFIG", str(tmp_path / "none.toml"))


def _tags(pmid: str = "1", **values) -> Tags:
    base = dict(
        massage_kind="therapeutic",
        conditions=("low_back_pain",),
        design="rct",
        horizon="short",
        max_followup_days=70,
        direction="positive",
        n_participants=60,
    )
    base.update(values)
    return Tags(pmid=pmid, tagger_version="test", **base)


def _pair(expected: Tags, got: Tags) -> tuple[LabelledRecord, Tags]:
    return LabelledRecord(Record(pmid=expected.pmid, title="t"), expected), got


def test_synth_eval_prints_every_field_target_and_verdict(capsys) -> None:
    assert main(["eval"]) == 0
    out = capsys.readouterr().out
    for title in SCORE_NAMES.values():
        assert title in out
    assert out.count("PASS") + out.count("FAIL") == len(TARGETS)
    assert "horizon confusion" in out
    assert "direction confusion" in out
    assert TAGGER_VERSION in out


def test_eval_errors_and_json_on_a_labelled_file(tmp_path, capsys) -> None:
    line = json.loads(default_dev_set().read_text(encoding="utf-8").splitlines()[0])
    line["labels"]["massage_kind"] = "uterine"
    dev = tmp_path / "one.jsonl"
    dev.write_text(json.dumps(line) + "\n", encoding="utf-8")
    out_json = tmp_path / "scores.json"
    assert main(["eval", "--dev", str(dev), "--errors", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert f"{line['pmid']} massage_kind: uterine -> therapeutic" in out
    payload = json.loads(out_json.read_text(encoding="utf-8"))
    assert payload["records"] == 1
    assert payload["scores"]["massage_kind"] == 0.0
    assert payload["passed"]["massage_kind"] is False
    assert set(payload["targets"]) == set(TARGETS)


def test_perfect_tags_score_one_everywhere() -> None:
    pairs = [
        _pair(_tags("1"), _tags("1")),
        _pair(_tags("2", conditions=()), _tags("2", conditions=())),
    ]
    result = score_tags(pairs, tagger_version="v", source="table")
    assert all(value == 1.0 for value in result.scores.values())
    assert not result.mismatches
    assert result.design == 1.0  # scores read as attributes too


def test_conditions_micro_f1_and_exact_match() -> None:
    want = _tags(conditions=("cancer", "mental_health"))
    got = _tags(conditions=("cancer", "sleep"))
    result = score_tags([_pair(want, got)], tagger_version="v", source="table")
    assert result.conditions_f1 == pytest.approx(0.5)
    assert result.conditions_exact == 0.0


@pytest.mark.parametrize(
    ("expected", "got", "match"),
    [(100, 109, True), (100, 111, False), (None, None, True), (None, 30, False), (0, 0, True)],
)
def test_followup_days_within_ten_percent(expected, got, match) -> None:
    pair = _pair(_tags(max_followup_days=expected), _tags(max_followup_days=got))
    result = score_tags([pair], tagger_version="v", source="table")
    assert result.followup_days == (1.0 if match else 0.0)


def test_confusion_matrix_counts_expected_against_tagged() -> None:
    pairs = [
        _pair(_tags("1", direction="positive"), _tags("1", direction="mixed")),
        _pair(_tags("2", direction="positive"), _tags("2", direction="positive")),
    ]
    matrix = score_tags(pairs, tagger_version="v", source="t").confusion["direction"]
    assert matrix["positive"] == {"mixed": 1, "positive": 1}
    assert matrix["mixed"] == {"mixed": 0, "positive": 0}


def test_evaluate_tagger_on_the_bundled_set_reports_its_size() -> None:
    result = evaluate_tagger()
    assert result.records == 96
    assert result.tagger_version == TAGGER_VERSION
    assert json.loads(result.to_json())["scores"]["design"] == round(result.design, 4)


def test_tagger_version_changes_when_a_rules_file_changes(tmp_path: Path) -> None:
    copy = tmp_path / "tag"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert package_digest(copy) == package_digest(PACKAGE_DIR)
    assert TAGGER_VERSION.endswith(package_digest(PACKAGE_DIR))
    rules = copy / "rules" / "kind.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# an expert's edit\n", encoding="utf-8")
    assert package_digest(copy) != package_digest(PACKAGE_DIR)
