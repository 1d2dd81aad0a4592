"""Find where rule patterns may match with one compiled scan per text.

Python's regex engine tries every alternative of a big alternation at every
position, which makes hundreds of rule patterns slow to scan.  Each pattern
that starts at a word, however, can only match where the text starts with one
of a few literal strings ("lumbar pain", "randomi", "sciatica ").  A
:class:`ScanGroup` collects these literal prefixes from many pattern sets,
builds one Aho-Corasick automaton of them at first use (pyahocorasick: every
prefix found in one linear pass, in C), and scans a text once: a "candidate"
is a word start where some prefix matches, with the prefix ("leaf") that
matched.  The pattern sets then try only their patterns for that leaf, at that
position.  Candidates are few (a dozen per abstract), so the exact patterns
run a dozen times instead of at every character.

The scan runs on a normalised copy of the text: lower-cased, every character
other than ``a-z0-9`` replaced by a space, one space added at each end.
Offsets are unchanged, so a candidate's position is its position in the text.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_TABLE = bytes(c if chr(c) in _ALNUM else 32 for c in range(256))
_WORD_END = " "
MAX_PREFIXES = 48
"""A pattern expands to at most this many literal prefixes (longer lists are cut short)."""

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT)
_STARTS = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BOUNDARY)
_SPACES = (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD)


def normalise(text: str) -> str:
    """``text`` as the scan reads it: ``" " + lower-case a-z0-9, all else spaces + " "``."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer: keep offsets aligned
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return f" {lower.encode('ascii', 'replace').translate(_TABLE).decode('ascii')} "


def literal_prefixes(pattern: str, *, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Normalised literal strings one of which starts every match of ``pattern``.

    ``"\\blumbar (?:pain|disc)\\b"`` -> ``{"lumbar pain ", "lumbar disc "}`` (a
    trailing space stands for a word end). None when a match may start with
    something other than a letter or digit, or with no literal at all.
    """
    try:
        states = _walk(_parser.parse(pattern, flags), {("", True)})
    except RecursionError:
        return None
    prefixes = frozenset(prefix for prefix, _ in states)
    if not prefixes or any(not p or p[0] not in _ALNUM for p in prefixes):
        return None
    return prefixes


def _closed(states: set) -> set:
    return {(prefix, False) for prefix, _ in states}


def _walk(items, states: set) -> set:
    for op, arg in items:
        if not any(open_ for _, open_ in states):
            return states
        states = _step(op, arg, states)
        if len(states) > MAX_PREFIXES:
            states = _closed(states)
    return states


def _word_end(prefix: str) -> tuple[str, bool]:
    return (prefix + _WORD_END, False) if prefix[-1] in _ALNUM else (prefix, False)


def _grow(states: set, chars: Iterable[str]) -> set:
    out = set()
    for prefix, open_ in states:
        if not open_:
            out.add((prefix, False))
            continue
        for char in chars:
            char = char.lower()
            out.add((prefix + (char if char in _ALNUM else " "), True))
    return out


def _step(op, arg, states: set) -> set:
    if op is _c.LITERAL:
        return _grow(states, chr(arg))
    if op is _c.IN:
        chars = _charset(arg)
        return _closed(states) if chars is None else _grow(states, chars)
    if op is _c.AT:
        if arg is _c.AT_BOUNDARY:  # after a letter: the word ends here
            return {_word_end(p) if o and p else (p, o) for p, o in states}
        if arg in _STARTS:
            return {(p, o and not p) if p else (p, o) for p, o in states}
        return _closed(states)
    if op in _ZERO_WIDTH:
        return states
    if op is _c.SUBPATTERN:
        return _walk(arg[-1], states)
    if op is _c.BRANCH:
        return set().union(*(_walk(branch, states) for branch in arg[1]))
    if op in _REPEATS:
        low, high, item = arg
        once = _walk(item, states)
        if high != 1:
            once = _closed(once)
        return once | states if low == 0 else once
    return _closed(states)


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < 10:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is _c.CATEGORY and arg in _SPACES:
            chars.add(" ")  # every whitespace or non-word character is a space in the scan
        else:
            return None
    return chars if len({c.lower() for c in chars}) <= 10 else None


def _prefix_free(strings: Iterable[str]) -> list[str]:
    """The strings no other string of the set is a prefix of, sorted."""
    kept: list[str] = []
    for string in sorted(set(strings)):
        if not kept or not string.startswith(kept[-1]):
            kept.append(string)
    return kept


class ScanGroup:
    """Pattern sets that share one literal-prefix scan per text.

    Members call :meth:`add` with their prefixes at construction; the
    automaton is (re)built at the first :meth:`candidates` after a change.
    """

    def __init__(self, *, cache_size: int = 256) -> None:
        self._prefixes: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self.leaves: list[str] = []
        self._cache_size = cache_size
        self._scan = lru_cache(maxsize=cache_size)(self._scan_text)
        self.version = 0

    def add(self, prefixes: Iterable[str]) -> None:
        """Register literal prefixes (as :func:`literal_prefixes` gives them)."""
        new = set(prefixes) - self._prefixes
        if new:
            self._prefixes |= new
            self._automaton = None
            self._scan.cache_clear()

    def compile(self) -> None:
        """Build the automaton and number its leaves (done on first use)."""
        self.leaves = _prefix_free(self._prefixes)
        automaton = ahocorasick.Automaton()
        for number, leaf in enumerate(self.leaves):
            # keyed with the space before the word; the value finds the word start from the end
            automaton.add_word(f" {leaf}", (number, len(leaf)))
        if self.leaves:
            automaton.make_automaton()
        self._automaton = automaton
        self.version += 1

    def candidates(self, text: str) -> dict[int, list[int]]:
        """Leaf number -> the word starts in ``text`` where that leaf's prefix matches."""
        if self._automaton is None:
            self.compile()
        return self._scan(text)

    def _scan_text(self, text: str) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        if not self.leaves:
            return found
        for end, (number, length) in self._automaton.iter(normalise(text)):
            found.setdefault(number, []).append(end - length)
        return found
