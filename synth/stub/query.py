"""The stub's small PubMed query language.

Supported: bare words and ``"quoted phrases"`` (title + abstract + MeSH), field tags
``[ti]``/``[title]``, ``[tiab]``/``[title/abstract]``, ``[mh]``/``[mesh terms]``,
``[all]``/``[all fields]``; a trailing ``*`` truncates a word (``massag*``); ``lo:hi[uid]``
(also ``[pmid]``) PMID ranges; ``YYYY[dp]``, ``YYYY/MM/DD:YYYY/MM/DD[dp]`` (also ``[pdat]``,
``[edat]``, ``[mdat]``, and PubMed's ``"2020/01/01"[PDAT] : "2020/12/31"[PDAT]`` form);
``#N`` for a history query key; ``AND``, ``OR``, ``NOT`` (upper case) and parentheses.
As in PubMed, operators apply left to right and adjacent terms are ANDed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .corpus import Date, Entry, normalise_text

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<lp>\() | (?P<rp>\)) |
        "(?P<phrase>[^"]*)"(?:\[(?P<pfield>[^\]]*)\])? |
        (?P<word>[^\s()\[\]"]+)(?:\[(?P<wfield>[^\]]*)\])?
    )""",
    re.VERBOSE,
)
_QUOTED_RANGE = re.compile(r'"?([\d/]+)"?\[(\w+)\]\s*:\s*"?([\d/]+)"?\[\2\]', re.IGNORECASE)
_OPERATORS = ("AND", "OR", "NOT")
_TEXT_FIELDS = {
    "ti": "title",
    "title": "title",
    "tiab": "tiab",
    "title/abstract": "tiab",
    "mh": "mesh",
    "mesh": "mesh",
    "mesh terms": "mesh",
    "all": "all",
    "all fields": "all",
}
_DATE_FIELDS = {"dp": "pdat", "pdat": "pdat", "publication date": "pdat", "edat": "edat"}
_DATE_FIELDS |= {"entrez date": "edat", "mdat": "mdat", "modification date": "mdat"}
_UID_FIELDS = {"uid", "pmid", "pm"}
_FIELD_LABELS = {"title": "Title", "tiab": "Title/Abstract", "mesh": "MeSH Terms"}
_FIELD_LABELS |= {"all": "All Fields", "pdat": "Publication Date", "edat": "Entrez Date"}
_FIELD_LABELS |= {"mdat": "Modification Date", "uid": "UID"}


class QueryError(ValueError):
    """The term cannot be parsed (unbalanced parentheses, bad range, empty)."""


@dataclass(frozen=True)
class Term:
    """One leaf of a query: its text and (normalised) field."""

    text: str
    field: str  # title, tiab, mesh, all, pdat, edat, mdat, uid, history
    phrase: bool = False

    def render(self) -> str:
        """The term as the stub's QueryTranslation shows it."""
        if self.field == "history":
            return self.text
        text = f'"{self.text}"' if self.phrase else self.text
        return f"{text}[{_FIELD_LABELS[self.field]}]"


@dataclass(frozen=True)
class Node:
    """An operator applied left to right: ``(op, left, right)``."""

    op: str
    left: Node | Term
    right: Node | Term

    def render(self) -> str:
        """The expression as the stub's QueryTranslation shows it."""
        return f"({self.left.render()} {self.op} {self.right.render()})"


@dataclass
class Outcome:
    """What a search found, and the terms/fields that matched nothing."""

    pmids: set[str]
    not_found: list[str] = field(default_factory=list)
    fields_not_found: list[str] = field(default_factory=list)


def parse_query(term: str) -> Node | Term:
    """Parse a PubMed term into a tree of :class:`Node` and :class:`Term`."""
    term = _QUOTED_RANGE.sub(r"\1:\3[\2]", term)
    tokens = _tokenize(term)
    tree, rest = _parse_expr(tokens)
    if rest:
        raise QueryError(f"unbalanced parentheses in {term!r}")
    return tree


def evaluate(
    tree: Node | Term,
    entries: Iterable[Entry],
    *,
    history: Callable[[int], set[str]],
) -> Outcome:
    """Every PMID ``tree`` matches in ``entries``; ``history(key)`` resolves ``#N``."""
    entries = list(entries)
    outcome = Outcome(pmids=set())
    outcome.pmids = _evaluate(tree, entries, history, outcome)
    return outcome


def date_bounds(text: str) -> tuple[Date, Date]:
    """``'2020'`` -> ((2020,1,1),(2020,12,31)); ``'2020/03:2021'`` -> a range."""
    low, _, high = text.partition(":")
    return _date_low(low), _date_high(high or low)


def _tokenize(term: str) -> list[tuple[str, str | None, bool]]:
    """(kind, value, phrase) with kind in ( ) OP TERM; value 'text\\0field' for terms."""
    tokens: list[tuple[str, str | None, bool]] = []
    position, term = 0, term.strip()
    while position < len(term):
        match = _TOKEN.match(term, position)
        if not match or match.end() == position:
            raise QueryError(f"cannot read the term at {term[position:]!r}")
        position = match.end()
        if match.group("lp") or match.group("rp"):
            tokens.append((match.group("lp") or match.group("rp"), None, False))
        elif match.group("phrase") is not None:
            tokens.append(("TERM", f"{match.group('phrase')}\0{match.group('pfield') or ''}", True))
        elif match.group("word") in _OPERATORS and match.group("wfield") is None:
            tokens.append(("OP", match.group("word"), False))
        elif match.group("word"):
            tokens.append(("TERM", f"{match.group('word')}\0{match.group('wfield') or ''}", False))
    if not tokens:
        raise QueryError("empty term")
    return _merge_tagged_runs(tokens)


def _merge_tagged_runs(tokens: list) -> list:
    """``low back pain[ti]`` is one phrase in PubMed: untagged words take the next word's tag."""
    merged: list = []
    for token in tokens:
        kind, value, phrase = token
        text, _, tag = (value or "").partition("\0")
        if kind == "TERM" and tag and not phrase:
            words = [text]
            while merged and _is_bare_word(merged[-1]):
                words.insert(0, merged.pop()[1].partition("\0")[0])
            token = ("TERM", " ".join(words) + "\0" + tag, len(words) > 1)
        merged.append(token)
    return merged


def _is_bare_word(token: tuple) -> bool:
    kind, value, phrase = token
    return kind == "TERM" and not phrase and value.endswith("\0") and not value.startswith("#")


def _parse_expr(tokens: list) -> tuple[Node | Term, list]:
    left, tokens = _parse_operand(tokens)
    while tokens and tokens[0][0] != ")":
        op = "AND"
        if tokens[0][0] == "OP":
            op, tokens = tokens[0][1], tokens[1:]
        right, tokens = _parse_operand(tokens)
        left = Node(op, left, right)
    return left, tokens


def _parse_operand(tokens: list) -> tuple[Node | Term, list]:
    if not tokens:
        raise QueryError("the term ends where a word was expected")
    kind, value, phrase = tokens[0]
    if kind == "(":
        inner, rest = _parse_expr(tokens[1:])
        if not rest or rest[0][0] != ")":
            raise QueryError("unbalanced parentheses")
        return inner, rest[1:]
    if kind != "TERM":
        raise QueryError(f"unexpected {value or kind!r}")
    text, _, tag = value.partition("\0")
    return _make_term(text, tag, phrase=phrase), tokens[1:]


def _make_term(text: str, tag: str, *, phrase: bool) -> Term:
    tag = tag.strip().lower()
    if not tag and re.fullmatch(r"#\d+", text):
        return Term(text, "history")
    if tag in _UID_FIELDS:
        return Term(text, "uid")
    if tag in _DATE_FIELDS:
        return Term(text, _DATE_FIELDS[tag])
    if tag and tag not in _TEXT_FIELDS:
        return Term(text, "unknown:" + tag, phrase)
    return Term(text, _TEXT_FIELDS.get(tag, "all"), phrase)


def _evaluate(tree, entries, history, outcome: Outcome) -> set[str]:
    if isinstance(tree, Term):
        found = _match_term(tree, entries, history, outcome)
        if not found and tree.field in _TEXT_FIELDS.values():
            outcome.not_found.append(tree.text)
        return found
    left = _evaluate(tree.left, entries, history, outcome)
    right = _evaluate(tree.right, entries, history, outcome)
    return {"AND": left & right, "OR": left | right, "NOT": left - right}[tree.op]


def _match_term(term: Term, entries: list[Entry], history, outcome: Outcome) -> set[str]:
    if term.field.startswith("unknown:"):
        outcome.fields_not_found.append(term.field.removeprefix("unknown:"))
        return set()
    if term.field == "history":
        return set(history(int(term.text[1:])))
    if term.field == "uid":
        low, high = _uid_bounds(term.text)
        return {e.pmid for e in entries if low <= int(e.pmid) <= high}
    if term.field in ("pdat", "edat", "mdat"):
        low, high = date_bounds(term.text)
        return {e.pmid for e in entries if low <= getattr(e, term.field) <= high}
    return _match_text(term, entries)


def _match_text(term: Term, entries: list[Entry]) -> set[str]:
    truncated = term.text.endswith("*") and not term.phrase
    needle = normalise_text(term.text.rstrip("*"))
    if needle.strip() == "":
        return set()
    if truncated:
        needle = needle.rstrip()
    if term.field == "all":
        return {e.pmid for e in entries if needle in e.tiab or needle in e.mesh}
    return {e.pmid for e in entries if needle in getattr(e, term.field)}


def _uid_bounds(text: str) -> tuple[int, int]:
    low, _, high = text.partition(":")
    try:
        return int(low), int(high or low)
    except ValueError:
        raise QueryError(f"not a PMID range: {text!r}") from None


def _date_parts(text: str) -> list[int]:
    parts = [p for p in re.split(r"[/\-.]", text.strip()) if p]
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise QueryError(f"not a date: {text!r} (use YYYY, YYYY/MM or YYYY/MM/DD)")
    return [int(p) for p in parts]


def _date_low(text: str) -> Date:
    parts = _date_parts(text) + [1, 1]
    return parts[0], parts[1], parts[2]


def _date_high(text: str) -> Date:
    parts = _date_parts(text)
    parts += [12, 31][len(parts) - 1 :]
    return parts[0], parts[1], parts[2]
