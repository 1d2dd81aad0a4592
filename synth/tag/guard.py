"""Cheap first-character guards for combined rule patterns.

Python's regex engine tries every alternative of a big alternation at every
position of a text. A lookahead on the characters any alternative can start
with (``(?=[abc])``) rejects most positions at once, which makes the rule
scans several times faster without changing what they match.
"""

from __future__ import annotations

import re
import string

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_SKIP = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(
    op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op
)
_CATEGORIES = {_c.CATEGORY_DIGIT: string.digits, _c.CATEGORY_SPACE: " \t\n\r\f\v"}
_MAX_RANGE = 64


def guard_pattern(pattern: str, *, flags: int = re.IGNORECASE) -> str:
    """``pattern`` prefixed by a lookahead on its possible first characters.

    The pattern is returned unchanged when its first character cannot be
    bounded (it may start with any character, or match the empty string).
    """
    first, nullable = _first(_p.parse(pattern, flags))
    if first is None or nullable or not first:
        return pattern
    if flags & re.IGNORECASE:
        first = {ch for c in first for ch in (c.lower(), c.upper())}
    chars = "".join(sorted(first))
    return f"(?=[{re.escape(chars)}])(?:{pattern})"


def _first(items) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    for op, av in items:
        if op in _SKIP:
            continue
        chars, nullable = _first_op(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_op(op, av) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        return _charset(av), False
    if op is _c.BRANCH:
        return _branch(av[1])
    if op is _c.SUBPATTERN:
        return _first(av[-1])
    if op in _REPEATS:
        low, _, sub = av
        chars, nullable = _first(sub)
        return chars, nullable or low == 0
    return None, False


def _branch(branches) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    any_nullable = False
    for branch in branches:
        chars, nullable = _first(branch)
        if chars is None:
            return None, False
        found |= chars
        any_nullable = any_nullable or nullable
    return found, any_nullable


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            chars.update(_CATEGORIES[av])
        else:
            return None
    return chars
