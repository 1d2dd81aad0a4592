"""What the horizon modules share: the rule table, regex flags and scan group."""

from __future__ import annotations

import re

from .. import tables
from ..guard import guard_pattern
from ..tables import load_rules

_RULES = load_rules("horizon")
_FLAGS = re.IGNORECASE


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Pattern sets with few, rare start words join the tagger's shared scan of each
# text (when the tables offer one); see the direction package for the cue table.
SHARED_GROUP = {"group": tables.TAG_GROUP} if hasattr(tables, "TAG_GROUP") else {}
_GROUP = SHARED_GROUP


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(guard_pattern("|".join(f"(?:{p})" for p in patterns)), _FLAGS)
