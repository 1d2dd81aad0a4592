"""Reading E-utilities responses and building search windows (pure; no network).

A response that is worth another attempt raises :class:`Retry`; an expired history
(``Unable to obtain query``) raises :class:`ExpiredWebEnv`; an ``<ERROR>`` about the
request itself raises :class:`~synth.exceptions.EutilsError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from ..exceptions import EutilsError, ParseError

ESEARCH_LIMIT = 9_999  # PubMed will not list past this many records of one search
MAX_PMID = 9_999_999_999  # upper bound of the first PMID window
EXPIRED = "Unable to obtain query"
# <ERROR> texts worth retrying (NCBI's backend hiccups); any other <ERROR> is about the request
_TRANSIENT_ERRORS = ("backend failed", "unable to", "temporar", "try again", "timeout", "timed out")


class Retry(Exception):  # noqa: N818 (a signal, not an error)
    """A failure worth another attempt (the message never holds credentials)."""

    def __init__(self, reason: str, *, wait: float | None = None) -> None:
        super().__init__(reason)
        self.wait = wait


class ExpiredWebEnv(Exception):  # noqa: N818
    """The history server forgot our WebEnv: run the search again."""


@dataclass(frozen=True)
class SearchPage:
    """One ESearch response."""

    count: int
    pmids: tuple[str, ...]
    webenv: str | None = None
    query_key: str | None = None


def window_term(query: str, window: tuple[int, int] | None) -> str:
    """The ESearch term for ``query`` restricted to a PMID window."""
    if window is None:
        return query
    lo, hi = window
    return f"({query}) AND {lo}:{hi}[uid]"


def split_window(
    window: tuple[int, int] | None, sample: Sequence[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Halve a PMID window, at the median of the PMIDs seen in it when that splits it."""
    lo, hi = window or (1, MAX_PMID)
    inside = sorted(int(p) for p in sample if lo <= int(p) <= hi)
    pivot = inside[len(inside) // 2] if inside else lo
    if not lo < pivot <= hi:
        pivot = (lo + hi + 1) // 2
    return (lo, pivot - 1), (pivot, hi)


def parse_esearch(body: bytes) -> SearchPage:
    """An ESearch XML response as a :class:`SearchPage` (``Retry`` when unusable)."""
    root = _parse_xml(body, what="ESearch")
    _raise_errors(root, what="ESearch")
    count = root.findtext("Count")
    if count is None or not count.strip().isdigit():
        raise Retry("ESearch response without a Count")
    return SearchPage(
        count=int(count),
        pmids=tuple(e.text.strip() for e in root.iterfind("IdList/Id") if e.text),
        webenv=root.findtext("WebEnv"),
        query_key=root.findtext("QueryKey"),
    )


def parse_efetch(body: bytes) -> list:
    from ..parse import split_articles

    try:
        return list(split_articles(body))
    except ParseError as exc:
        raise Retry(f"unusable EFetch response ({exc})") from None


_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
)


def _parse_xml(body: bytes, *, what: str) -> etree._Element:
    try:
        return etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        raise Retry(f"truncated or unparsable {what} XML") from None


def _raise_errors(root: etree._Element, *, what: str) -> None:
    errors = [" ".join((e.text or "").split()) for e in root.iterfind("ERROR")]
    if not errors:
        return
    if any(EXPIRED in text for text in errors):
        raise ExpiredWebEnv()
    text = errors[0][:200]
    if any(marker in text.lower() for marker in _TRANSIENT_ERRORS):
        raise Retry(f"<ERROR> in {what} response: {text}")
    raise EutilsError(f"{what} refused the request ({text}): check the query")


def date_params(mindate: str | None, maxdate: str | None) -> dict[str, str]:
    if not mindate and not maxdate:
        return {}
    return {"datetype": "pdat", "mindate": mindate or "1000", "maxdate": maxdate or "3000"}
