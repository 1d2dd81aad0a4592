"""The shared literal-prefix scan finds what the plain patterns find."""

from __future__ import annotations

import re

import pytest

from synth.records import Record
from synth.tag.scan import ScanGroup, literal_prefixes
from synth.tag.tables import LabelledPatterns


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\blumbar (?:pain|disc)\b", {"lumbar pain ", "lumbar disc "}),
        (r"\b(?:low(?:er)?[- ])?back ?pain", {"low back", "lower back", "back"}),
        (r"\bRCT\b", {"rct "}),
        (r"(?<=in )vitro\b", {"vitro "}),
        (r"\banxi\w+\b", {"anxi"}),
    ],
)
def test_literal_prefixes_start_every_match(pattern: str, expected: set[str]) -> None:
    found = literal_prefixes(pattern)
    assert found is not None
    assert all(any(p.startswith(e) for e in expected) for p in found)


def test_whitespace_after_a_short_word_narrows_its_prefix() -> None:
    # "no" alone would make every "not", "normal", "november" a candidate
    assert literal_prefixes(r"\bno\s+(?:statistically\s+)?significant\b") == {"no "}
    assert literal_prefixes(r"(?<=n')t\s+improve") == {"t "}
    prefixes = literal_prefixes(r"\bshort[\s-]*term\b")
    assert prefixes is not None and "short" not in prefixes


def test_in_texts_without_whitespace_runs_a_short_word_does_not_end_the_prefix() -> None:
    # "the " starts a word in every sentence; "the authors reviewed " in few
    pattern = r"\bthe\s+authors?\s+reviewed\b"
    assert literal_prefixes(pattern) == {"the "}
    assert literal_prefixes(pattern, one_space=True) == {
        "the author reviewed ",
        "the authors reviewed ",
    }
    assert literal_prefixes(r"\bno\s*pain", one_space=True) == {"no pain", "nopain"}


@pytest.mark.parametrize(
    "text",
    [
        "In short, the authors reviewed 12 trials.",
        "In short, the  authors\n reviewed 12 trials.",  # as a user's own Record may hold it
        "In short,\tthe authors reviewed 12 trials.",
    ],
)
def test_a_pattern_across_whitespace_is_found_however_the_whitespace_runs(text: str) -> None:
    patterns = LabelledPatterns([("review", r"\bthe\s+authors?\s+reviewed\b")], group=ScanGroup())
    assert [(h.label, h.start) for h in patterns.finditer(text)] == [("review", 10)]


@pytest.mark.parametrize("pattern", [r"\d+ weeks", r"\(n\s*=", r"\b\w+ing\b"])
def test_patterns_without_a_leading_literal_have_no_prefix(pattern: str) -> None:
    assert literal_prefixes(pattern) is None


_PAIRS = [
    ("back", r"\b(?:low(?:er)?[- ])?back ?(?:pain|ache)\b"),
    ("lbp", r"\bLBP\b"),
    ("trial", r"\brandomi[sz]ed (?:controlled )?trial\b"),
    ("ignore", r"\bnon-?specific\b"),
    ("spec", r"\bspecific\b"),
    ("digits", r"\d+ patients"),
    ("vitro", r"(?<=in )vitro\b"),
]
_TEXTS = [
    "Massage for Low-Back Pain (LBP): a randomised controlled trial in 64 patients.",
    "Non-specific lower back ache; specific LBPs; backpain in vitro and ex vitro.",
    "A RANDOMIZED TRIAL. Back pain, back-ache, low back pain; 12 patients",
    "Éclair back pain naïve-back pain _back pain",
]


def _plain(text: str, *, blockers: frozenset[str] | None) -> list[tuple[str, str, int]]:
    """The same scan done the slow way: every pattern tried at every word start."""
    hits = []
    starts = [m.start() for m in re.finditer(r"(?<![a-z0-9])[a-z0-9]", text.lower())]
    for number, (label, pattern) in enumerate(_PAIRS):
        regex = re.compile(pattern, re.IGNORECASE)
        if label == "digits":  # no literal start: one plain scan
            hits += [(m.start(), number, label, m) for m in regex.finditer(text)]
            continue
        matches = [(start, regex.match(text, start)) for start in starts]
        hits += [(start, number, label, m) for start, m in matches if m]
    hits.sort(key=lambda h: (h[0], h[1]))
    out, end, last = [], -1, -1
    for start, _, label, m in hits:
        if blockers is None and start >= end:
            end = max(m.end(), start + 1)
            out.append((label, m.group(), start))
        elif blockers is not None and start >= end and start != last:
            last = start
            end = m.end() if label in blockers else end
            out.append((label, m.group(), start))
    return out


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("blockers", [None, frozenset({"ignore"})])
def test_scan_finds_the_same_hits_as_plain_patterns(
    text: str, blockers: frozenset[str] | None
) -> None:
    patterns = LabelledPatterns(_PAIRS, group=ScanGroup())
    found = [(h.label, h.text, h.start) for h in patterns.finditer(text, blockers=blockers)]
    assert found == _plain(text, blockers=blockers)


def test_pattern_sets_in_one_group_share_a_scan() -> None:
    group = ScanGroup()
    first = LabelledPatterns([("a", r"\bback pain\b")], group=group)
    second = LabelledPatterns([("b", r"\bback\b"), ("c", r"\bpain\b")], group=group)
    text = "Chronic back pain."
    assert [h.label for h in first.finditer(text)] == ["a"]
    assert [(h.label, h.start) for h in second.finditer(text)] == [("b", 8), ("c", 13)]


# Rule patterns the shared scan cannot place, reviewed one by one: each runs over every
# text of every record. A new rule that starts with a digit, a look-behind the scan cannot
# read or a loose class ("[a-z]+teen") lands here and makes every record slower.
REVIEWED_LOOSE = {
    r"\b[\w-]+\s+added\s+to\s+(?:\w+\s+){0,3}(?:massage|lymph(?:atic)?\s+drainage|MLD|reflexology)\b",
}


def test_every_rule_pattern_is_placed_by_the_shared_scan_or_was_reviewed() -> None:
    import json
    import subprocess
    import sys

    # a fresh interpreter: the rule families' pattern sets only, none built by tests
    code = "import json, synth.tag; print(json.dumps(synth.tag.tables.LOOSE_PATTERNS))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(json.loads(done.stdout)) <= REVIEWED_LOOSE, "see synth/tag/rules/README.md"


def test_rule_tables_hold_no_control_characters() -> None:
    """A backslash in a double-quoted TOML string is an escape: "\\b" there is a backspace,
    and the rule silently never matches. Rules are written in single quotes."""
    import tomllib
    from pathlib import Path

    import synth.tag

    def strings(value: object):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    rules = Path(synth.tag.__file__).parent / "rules"
    for path in sorted(rules.glob("*.toml")):
        for text in strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            assert text.isprintable() or "\n" in text, f"{path.name}: {text!r}"


def test_every_combined_rule_pattern_compiles() -> None:
    """The shared scan compiles each leaf's combined pattern at its first hit: a pattern
    Python cannot compile (a look-behind of varying width) would only fail on the first
    record that reaches it, in the middle of a user's run."""
    import synth.tag
    from synth.tag.tables import TAG_GROUP

    synth.tag.tag_record(Record(pmid="1", title="Massage for low back pain"))  # builds the scan
    entries = [entry for scan in TAG_GROUP.scans() for leaf in scan.dispatch for entry in leaf]
    assert entries
    for entry in entries:
        TAG_GROUP.compile_entry(entry)  # raises re.error on a bad pattern
