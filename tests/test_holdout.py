"""The tagger generalises to a hand-written holdout set it was not tuned on."""

from pathlib import Path

import pytest

from synth.evaluate import evaluate_tagger

HOLDOUT = Path(__file__).parent / "fixtures" / "holdout.jsonl"
FLOORS = {
    "massage_kind": 0.93,
    "conditions_f1": 0.80,
    "design": 0.85,
    "horizon": 0.75,
    "direction": 0.70,
    "n_participants": 0.75,
}


@pytest.fixture(scope="module")
def holdout_scores() -> dict[str, float]:
    return evaluate_tagger(HOLDOUT).scores


def test_holdout_has_45_records() -> None:
    assert len(HOLDOUT.read_text(encoding="utf-8").splitlines()) == 45


@pytest.mark.parametrize(("field", "floor"), sorted(FLOORS.items()))
def test_holdout_score_reaches_floor(
    holdout_scores: dict[str, float], field: str, floor: float
) -> None:
    assert holdout_scores[field] >= floor, f"{field} {holdout_scores[field]:.3f} < {floor}"
