"""Load the rule tables under ``rules/`` once, and compile their patterns once.

A rule table is a TOML file a domain expert edits: vocabularies, MeSH and
publication-type mappings, regular expressions with comments.  This module
reads them, fingerprints them (with the tagger's sources) for
``TAGGER_VERSION``, and combines many labelled patterns into one regex so a
text is scanned once per rule family.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_DIR = Path(__file__).with_name("rules")
PACKAGE_DIR = Path(__file__).parent


@cache
def load_rules(name: str) -> dict:
    """The parsed table ``rules/<name>.toml`` (read once per process)."""
    path = RULES_DIR / f"{name}.toml"
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def digest_sources(paths: Iterable[Path]) -> str:
    """A short hash over the bytes (and names) of ``paths``, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def package_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """Hash of the tag package's sources and rule tables (changes when rules change)."""
    files = [*package_dir.glob("*.py"), *package_dir.glob("rules/*.toml")]
    return digest_sources(files)


@dataclass(frozen=True)
class LabelledMatch:
    """One hit of a :class:`LabelledPatterns`: the label and the matched text."""

    label: str
    text: str
    start: int


class LabelledPatterns:
    """Many ``(label, regex)`` pairs combined into a single alternation.

    ``finditer`` scans a text once and reports which label each hit belongs
    to; the order of the pairs breaks ties between patterns matching at the
    same place.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]], *, flags: int = re.IGNORECASE) -> None:
        self.labels: list[str] = []
        parts = []
        for index, (label, pattern) in enumerate(pairs):
            self.labels.append(label)
            parts.append(f"(?P<g{index}>{pattern})")
        self.regex = re.compile("|".join(parts) or r"(?!x)x", flags)

    def finditer(self, text: str) -> Iterator[LabelledMatch]:
        """Every non-overlapping hit in ``text``, left to right."""
        for match in self.regex.finditer(text):
            group = match.lastgroup
            if group is not None:
                yield LabelledMatch(self.labels[int(group[1:])], match.group(), match.start())

    def search(self, text: str) -> LabelledMatch | None:
        """The first hit in ``text``, or None."""
        return next(self.finditer(text), None)


def table_patterns(rows: Iterable[dict], *, key: str = "patterns") -> list[tuple[str, str]]:
    """Flatten ``[[rule]]`` rows (label + list of patterns) into ``(label, pattern)`` pairs."""
    return [(row["label"], pattern) for row in rows for pattern in row[key]]
