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

import bisect
import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable
from itertools import accumulate
from operator import itemgetter

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


def literal_prefixes(
    pattern: str, *, flags: int = re.IGNORECASE, one_space: bool = False
) -> frozenset[str] | None:
    """Normalised literal strings one of which starts every match of ``pattern``.

    ``"\\blumbar (?:pain|disc)\\b"`` -> ``{"lumbar pain ", "lumbar disc "}`` (a
    trailing space stands for a word end). None when a match may start with
    something other than a letter or digit, or with no literal at all.

    With ``one_space``, the prefixes hold in texts where whitespace never runs
    to two characters (as the parser writes titles and abstracts): there
    ``\\s+`` matches one character, so ``"the\\s+authors"`` gives ``"the authors"``
    instead of stopping at ``"the "``, which starts a word in every sentence.
    """
    try:
        states = _walk(_parser.parse(pattern, flags), {("", True)}, one_space)
    except RecursionError:
        return None
    prefixes = frozenset(prefix for prefix, _ in states)
    if not prefixes or any(not p or p[0] not in _ALNUM for p in prefixes):
        return None
    return prefixes


def _closed(states: set) -> set:
    return {(prefix, False) for prefix, _ in states}


def _walk(items, states: set, one_space: bool = False) -> set:
    for op, arg in items:
        if not any(open_ for _, open_ in states):
            return states
        states = _step(op, arg, states, one_space)
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


def _step(op, arg, states: set, one_space: bool) -> set:
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
        return _walk(arg[-1], states, one_space)
    if op is _c.BRANCH:
        return set().union(*(_walk(branch, states, one_space) for branch in arg[1]))
    if op in _REPEATS:
        low, high, item = arg
        if one_space and low <= 1 and _is_space(item):  # one whitespace character, or none
            once = _grow(states, " ")
            return once | states if low == 0 else once
        once = _walk(item, states, one_space)
        if high != 1:
            once = _closed(once)
        return once | states if low == 0 else once
    return _closed(states)


def _is_space(items) -> bool:
    """Whether ``items`` (a repeated item) is one whitespace character: ``\\s`` or a space."""
    if len(items) != 1:
        return False
    op, arg = items[0]
    if op is _c.LITERAL:
        return arg == 32
    return op is _c.IN and list(arg) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


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


class _Scan:
    """One automaton: its leaves (the prefix-free literal prefixes) and, per leaf,
    ``[member, pattern numbers, combined regex (compiled at first use), group map]``."""

    def __init__(self, members: list[dict[int, frozenset[str]]]) -> None:
        self.leaves = _prefix_free(p for prefixes in members for f in prefixes.values() for p in f)
        self.automaton = ahocorasick.Automaton()
        for number, leaf in enumerate(self.leaves):
            # keyed with the space before the word; the value finds the word start from the end
            self.automaton.add_word(f" {leaf}", (number, len(leaf)))
        if self.leaves:
            self.automaton.make_automaton()
        self.dispatch: list[list[list]] = [[] for _ in self.leaves]
        for member, prefixes in enumerate(members):
            for leaf, numbers in _numbers_by_leaf(self.leaves, prefixes).items():
                self.dispatch[leaf].append([member, numbers, None, None])


class ScanGroup:
    """Pattern sets that share one literal-prefix scan per text.

    Members join with :meth:`join` at construction (their patterns by number,
    with the literal prefixes of each).  The automaton is (re)built at the first
    scan after a change.  Scanning a text tries, at each candidate, the
    patterns of every member that the candidate's leaf may start, and keeps
    the hits of all members in one table (cached per text), so members that
    read the same text share both the scan and the pattern tries.

    There are two automata.  Texts whose whitespace never runs to two
    characters (every title and abstract the parser writes) use longer
    prefixes, read with ``one_space`` (see :func:`literal_prefixes`): a
    pattern such as ``the\\s+authors`` is then tried where "the authors"
    starts, not after every "the".  Any other text uses the plain prefixes.
    """

    def __init__(self, *, cache_size: int = 256) -> None:
        self._members: list[tuple[list[str], int]] = []
        self._prefixes: list[dict[int, frozenset[str]]] = []
        self._spaced: list[dict[int, frozenset[str]]] = []
        self._scans: dict[bool, _Scan] = {}
        self._tables: dict[str, dict[int, list[tuple[int, int, re.Match[str]]]]] = {}
        self._cache_size = cache_size
        self.version = 0

    def join(self, patterns: list[str], prefixes: dict[int, frozenset[str]], flags: int) -> int:
        """Add a member: ``patterns[number]`` may only match where one of
        ``prefixes[number]`` starts. Returns the member's number for :meth:`hits`."""
        self._members.append((patterns, flags))
        self._prefixes.append(prefixes)
        self._spaced.append(
            {n: _spaced(patterns[n], found, flags) for n, found in prefixes.items()}
        )
        self._scans.clear()
        self._tables.clear()
        return len(self._members) - 1

    def scans(self) -> list[_Scan]:
        """Both automata, built now if they are not yet."""
        return [self._scan(one_space) for one_space in (True, False)]

    def _scan(self, one_space: bool) -> _Scan:
        scan = self._scans.get(one_space)
        if scan is None:
            scan = self._scans[one_space] = _Scan(self._spaced if one_space else self._prefixes)
            self.version += 1
        return scan

    def hits(self, member: int, text: str) -> list[tuple[int, int, re.Match[str]]]:
        """``(start, pattern number, match)`` of member ``member``'s first pattern
        matching at each candidate of ``text``, by start (shared: do not change it)."""
        table = self._tables.get(text)
        if table is None:
            self.prime((text,))
            table = self._tables[text]
        return table.get(member, _NO_HITS)

    def prime(self, texts: Iterable[str]) -> None:
        """Scan ``texts`` in one pass (a record's title and sections) and keep their
        hit tables for :meth:`hits` (the last few hundred texts are kept)."""
        todo = [text for text in dict.fromkeys(texts) if text not in self._tables]
        if not todo:
            return
        if len(self._tables) + len(todo) > self._cache_size:
            self._tables.clear()
        tables: list[dict] = [{} for _ in todo]
        for text, table in zip(todo, tables, strict=True):
            self._tables[text] = table
        joined = "\n".join(todo)  # a newline between two: a word never runs on into the next
        scan = self._scan(_WHITESPACE_RUN.search(joined) is None)
        if scan.leaves:
            self._fill(scan, joined, todo, tables)

    def _fill(self, scan: _Scan, joined: str, texts: list[str], tables: list[dict]) -> None:
        """Try every candidate of the ``joined`` texts and file the hits by text."""
        offsets = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        dispatch = scan.dispatch
        text, table, low, high = texts[0], tables[0], 0, _next(offsets, 0)
        for end, (leaf, length) in scan.automaton.iter(normalise(joined)):
            start = end - length
            if not low <= start < high:  # (hits come by end: a start may lie before ``low``)
                at = bisect.bisect_right(offsets, start) - 1
                text, table, low, high = texts[at], tables[at], offsets[at], _next(offsets, at)
            start -= low
            for entry in dispatch[leaf]:
                regex = entry[2]
                if regex is None:
                    regex = self.compile_entry(entry)
                match = regex.match(text, start)
                if match is not None:
                    hit = (start, entry[3][match.lastindex], match)
                    table.setdefault(entry[0], []).append(hit)
        for table in tables:
            for found in table.values():
                if len(found) > 1:
                    found.sort(key=_START_AND_NUMBER)

    def compile_entry(self, entry: list) -> re.Pattern[str]:
        """Compile a dispatch entry's patterns into one regex (done at its first candidate)."""
        patterns, flags = self._members[entry[0]]
        regex = re.compile("|".join(f"({patterns[n]})" for n in entry[1]), flags)
        # the group index of each alternative's outer group -> its pattern number
        groups, index = {}, 1
        for number in entry[1]:
            groups[index] = number
            index += 1 + re.compile(patterns[number], flags).groups
        entry[2], entry[3] = regex, groups
        return regex


_WHITESPACE_RUN = re.compile(r"\s\s")


def _spaced(pattern: str, prefixes: frozenset[str], flags: int) -> frozenset[str]:
    """``pattern``'s prefixes in texts with no whitespace runs, when they narrow ``prefixes``."""
    spaced = literal_prefixes(pattern, flags=flags, one_space=True)
    if spaced is None or not all(any(s.startswith(p) for p in prefixes) for s in spaced):
        return prefixes
    return spaced


_NO_HITS: list = []


def _next(offsets: list[int], at: int) -> int:
    return offsets[at + 1] if at + 1 < len(offsets) else 1 << 62


_START_AND_NUMBER = itemgetter(0, 1)


def _numbers_by_leaf(
    leaves: list[str], prefixes: dict[int, frozenset[str]]
) -> dict[int, list[int]]:
    """Leaf number -> the pattern numbers (in order) whose prefixes start with that leaf."""
    numbers: dict[int, list[int]] = {}
    for number in sorted(prefixes):
        for prefix in prefixes[number]:
            leaf = bisect.bisect_right(leaves, prefix) - 1  # the leaf ``prefix`` starts with
            if numbers.get(leaf, [None])[-1] != number:
                numbers.setdefault(leaf, []).append(number)
    return numbers
