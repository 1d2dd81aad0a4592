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
import re._parser as _parser
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .scan import _START_AND_NUMBER, ScanGroup, literal_prefixes

RULES_DIR = Path(__file__).with_name("rules")
PACKAGE_DIR = Path(__file__).parent


@cache
def load_rules(name: str) -> dict:
    """The parsed table ``rules/<name>.toml`` (read once per process)."""
    path = RULES_DIR / f"{name}.toml"
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def digest_sources(paths: Iterable[Path], *, root: Path) -> str:
    """A short hash over the bytes and paths (relative to ``root``) of ``paths``, sorted."""
    digest = hashlib.sha256()
    for name, path in sorted((p.relative_to(root).as_posix(), p) for p in paths):
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def package_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """Hash of the tag package's sources and rule tables (changes when rules change)."""
    files = [*package_dir.glob("**/*.py"), *package_dir.glob("rules/*.toml")]
    return digest_sources(files, root=package_dir)


class LabelledMatch(NamedTuple):
    """One hit of a :class:`LabelledPatterns`: the label and the matched text (a cheap tuple)."""

    label: str
    text: str
    start: int


LOOSE_PATTERNS: list[str] = []
"""Patterns the shared scan cannot place (each runs over every text it is given).
They cost time on every record: keep them few (``rules/README.md``)."""


class LabelledPatterns:
    """Many ``(label, regex)`` pairs scanned as if they were one alternation.

    ``finditer`` reports non-overlapping hits left to right; where several
    patterns match at one place, the pair listed first wins (as in ``a|b``).
    Speed: a pattern that starts at a word is tried only where the text
    starts with one of its literal prefixes, as found by the scan of
    ``group`` (see :mod:`.scan`; pattern sets in one group share that scan,
    the default is a group of its own). The other patterns are scanned as
    one regex.
    """

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]],
        *,
        flags: int = re.IGNORECASE,
        group: ScanGroup | None = None,
    ) -> None:
        pairs = list(pairs)
        self.labels = [label for label, _ in pairs]
        self.group = group if group is not None else ScanGroup(cache_size=64)
        prefixes: dict[int, frozenset[str]] = {}
        loose = []
        for number, (_, pattern) in enumerate(pairs):
            found = _word_prefixes(pattern, flags)
            if found is None:
                loose.append(number)
            else:
                prefixes[number] = found
        self._member = self.group.join([pattern for _, pattern in pairs], prefixes, flags)
        self.loose = _combine(pairs, loose, flags) if loose else None
        LOOSE_PATTERNS.extend(pairs[number][1] for number in loose)

    def finditer(
        self, text: str, *, blockers: frozenset[str] | None = None
    ) -> Iterator[LabelledMatch]:
        """Every non-overlapping hit in ``text``, left to right.

        With ``blockers``, hits may overlap (one per start position), except
        that nothing starts inside a hit whose label is in ``blockers``.
        """
        end = last = -1
        labels = self.labels
        for start, number, match in self.hits(text):
            if blockers is None:
                if start >= end:
                    end = max(match.end(), start + 1)
                    yield LabelledMatch(labels[number], match.group(), start)
            elif start >= end and start != last:
                last = start
                label = labels[number]
                if label in blockers:
                    end = match.end()
                yield LabelledMatch(label, match.group(), start)

    def hits(self, text: str) -> list[tuple[int, int, re.Match[str]]]:
        """``(start, pattern number, match)`` of the first pattern matching at each
        place, by start (a shared list: do not change it)."""
        hits = self.group.hits(self._member, text)
        if self.loose is None:
            return hits
        hits = hits + [(m.start(), int(m.lastgroup[1:]), m) for m in self.loose.finditer(text)]
        hits.sort(key=_START_AND_NUMBER)
        return hits

    def search(self, text: str) -> LabelledMatch | None:
        """The first hit in ``text``, or None."""
        return next(self.finditer(text), None)


TAG_GROUP = ScanGroup()
"""The scan shared by the rule families that read whole record texts."""


def _word_prefixes(pattern: str, flags: int) -> frozenset[str] | None:
    """Literal prefixes of a pattern that only matches at a word start, else None."""
    if pattern_prefixes(pattern) is None and not pattern.startswith("\\b"):
        return None
    return literal_prefixes(pattern, flags=flags)


def _combine(pairs: list[tuple[str, str]], numbers: list[int], flags: int) -> re.Pattern[str]:
    """One regex trying ``pairs[numbers]`` in order; group ``g<number>`` tells which matched."""
    return re.compile("|".join(f"(?P<g{n}>{pairs[n][1]})" for n in numbers), flags)


KEY_LENGTH = 4
"""Word starts ``pattern_prefixes`` gives are this many letters long (or a shorter word)."""


def pattern_prefixes(pattern: str) -> frozenset[str] | None:
    """The lower-case word starts (4 letters, or a whole shorter word) ``pattern`` can match.

    None when the pattern may start elsewhere than at such a word start (a
    digit class, punctuation, a character class too wide to list).
    """
    try:
        states = _walk(_parser.parse(pattern), {("", "open")})
    except (_Unknown, RecursionError):
        return None
    if not states or any(status != "done" for _, status in states):
        return None
    return frozenset(prefix for prefix, _ in states)


class _Unknown(Exception):
    """The prefix walk met a construct it does not follow."""


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _extend(states: set, chars: Iterable[str]) -> set:
    out = set()
    for prefix, status in states:
        if status != "open":
            out.add((prefix, status))
            continue
        for char in chars:
            char = char.lower()
            if char in _ALNUM:
                grown = prefix + char
                out.add((grown, "done" if len(grown) == KEY_LENGTH else "open"))
            elif prefix:
                out.add((prefix, "done"))  # the word ends here: a short whole word
            else:
                raise _Unknown(char)
    return out


def _walk(items, states: set) -> set:
    for op, arg in items:
        if not any(status == "open" for _, status in states):
            return states
        states = _step(op, arg, states)
    return {(p, "bad" if s == "open" else s) for p, s in states}


def _step(op, arg, states: set) -> set:
    name = str(op)
    if name == "LITERAL":
        return _extend(states, [chr(arg)])
    if name == "IN":
        return _extend(states, _charset(arg))
    if name == "AT":
        ends_word = str(arg) in ("AT_BOUNDARY", "AT_END")
        return {(p, "done" if ends_word and s == "open" and p else s) for p, s in states}
    if name in ("ASSERT", "ASSERT_NOT"):
        return states
    if name == "SUBPATTERN":
        return _open_walk(arg[-1], states)
    if name == "BRANCH":
        return set().union(*(_open_walk(branch, states) for branch in arg[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, item = arg
        once = _open_walk(item, states)
        if high > 1 or high == _parser.MAXREPEAT:
            once = {(p, "bad" if s == "open" else s) for p, s in once}
        return once | states if low == 0 else once
    raise _Unknown(name)


def _open_walk(items, states: set) -> set:
    """Walk a sub-sequence, leaving states open when it ends (the pattern goes on)."""
    out = set()
    for prefix, status in states:
        if status != "open":
            out.add((prefix, status))
            continue
        current = {(prefix, "open")}
        for op, arg in items:
            if not any(s == "open" for _, s in current):
                break
            current = _step(op, arg, current)
        out |= current
    return out


def _charset(items) -> list[str]:
    chars: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(arg))
        elif name == "RANGE" and arg[1] - arg[0] < 12:
            chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
        elif name == "CATEGORY" and str(arg) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            chars.append(" ")  # any non-word character ends the word
        else:
            raise _Unknown(name)
    return chars


def table_patterns(rows: Iterable[dict], *, key: str = "patterns") -> list[tuple[str, str]]:
    """Flatten ``[[rule]]`` rows (label + list of patterns) into ``(label, pattern)`` pairs."""
    return [(row["label"], pattern) for row in rows for pattern in row[key]]
