"""The three E-utilities the stub answers: ESearch, EFetch and EPost.

Each handler takes the request parameters (a dict of str) and returns ``(status,
content_type, body)``.  Behaviour follows NCBI's: descending-PMID order, a 9,999-record
window (ESearch and history EFetch both refuse ``retstart`` past 9998), history server
WebEnv/query_key, ids not in PubMed silently absent from EFetch, invalid ids in EPost's
InvalidIdList.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping

from . import formats
from .corpus import Corpus
from .query import QueryError, date_bounds, evaluate, parse_query

XML = "text/xml; charset=UTF-8"
JSON = "application/json; charset=UTF-8"
TEXT = "text/plain; charset=UTF-8"
WINDOW = 9999
MAX_WEBENVS = 1000
Reply = tuple[int, str, bytes]


class LostQueryError(Exception):
    """The WebEnv / query key is not (or no longer) on the history server."""


class History:
    """NCBI's history server in memory: WebEnv -> {query_key: PMIDs in order}."""

    def __init__(self, seed: int = 0) -> None:
        self._sets: dict[str, dict[int, list[str]]] = {}
        self._lock = threading.Lock()
        self._seed = seed
        self._made = 0

    def store(self, pmids: list[str], *, webenv: str | None = None) -> tuple[str, int]:
        """Keep ``pmids`` under a new query key (in ``webenv`` if it still exists)."""
        with self._lock:
            if webenv is None or webenv not in self._sets:
                webenv = self._new_webenv()
            keys = self._sets[webenv]
            key = len(keys) + 1
            keys[key] = list(pmids)
            return webenv, key

    def get(self, webenv: str, key: int) -> list[str] | None:
        """The PMIDs stored under ``webenv`` / ``key``, or None if unknown or expired."""
        with self._lock:
            return self._sets.get(webenv, {}).get(key)

    def forget(self, webenv: str | None = None) -> None:
        """Expire one WebEnv, or every WebEnv when ``webenv`` is None."""
        with self._lock:
            if webenv is None:
                self._sets.clear()
            else:
                self._sets.pop(webenv, None)

    def _new_webenv(self) -> str:
        if len(self._sets) >= MAX_WEBENVS:  # a long-running stub forgets the oldest first
            del self._sets[next(iter(self._sets))]
        self._made += 1
        digest = hashlib.sha1(f"{self._seed}:{self._made}".encode()).hexdigest()
        webenv = "MCID_" + digest[:24]
        self._sets[webenv] = {}
        return webenv


def esearch(params: Mapping[str, str], *, corpus: Corpus, history: History) -> Reply:
    """ESearch: count, a page of PMIDs and optionally a history entry."""
    as_json = params.get("retmode", "xml").lower() == "json"
    content_type = JSON if as_json else XML
    if params.get("db", "pubmed") != "pubmed":
        message = formats.BAD_DB_ERROR.format(db=params.get("db"))
        return 200, content_type, formats.esearch_error(message, json_mode=as_json)
    try:
        found = _search(params, corpus=corpus, history=history)
    except QueryError as exc:
        return 200, content_type, formats.esearch_error(str(exc), json_mode=as_json)
    except LostQueryError as exc:
        return 200, content_type, formats.esearch_error(str(exc), json_mode=as_json)
    pmids, page = found
    if params.get("rettype") == "count":
        return 200, content_type, formats.esearch_count(page.count, json_mode=as_json)
    if page.retstart > WINDOW - 1:
        return 200, content_type, formats.esearch_error(formats.RETSTART_ERROR, json_mode=as_json)
    page.ids = pmids[:WINDOW][page.retstart : page.retstart + page.retmax]
    render = formats.esearch_json if as_json else formats.esearch_xml
    return 200, content_type, render(page)


def efetch(params: Mapping[str, str], *, corpus: Corpus, history: History) -> tuple[Reply, int]:
    """EFetch: a PubmedArticleSet of the requested records; also returns how many."""
    if params.get("db", "pubmed") != "pubmed":
        return _efetch_error(formats.BAD_DB_ERROR.format(db=params.get("db"))), 0
    if params.get("retmode", "xml").lower() != "xml":
        return (400, TEXT, b"the stub serves retmode=xml only\n"), 0
    if params.get("id"):
        pmids = list(dict.fromkeys(_split_ids(params["id"])))
    elif params.get("webenv") and params.get("query_key"):
        selected = _history_page(params, history)
        if isinstance(selected, str):
            return _efetch_error(selected), 0
        pmids = selected
    else:
        return _efetch_error("Empty id list - nothing todo"), 0
    articles = [entry.xml for entry in map(corpus.get, pmids) if entry is not None]
    return (200, XML, formats.efetch_xml(articles)), len(articles)


def epost(params: Mapping[str, str], *, corpus: Corpus, history: History) -> Reply:
    """EPost: store the valid ids on the history server; list the invalid ones."""
    if params.get("db", "pubmed") != "pubmed":
        message = formats.BAD_DB_ERROR.format(db=params.get("db"))
        return 200, XML, formats.epost_xml(query_key=None, webenv=None, error=message)
    ids = list(dict.fromkeys(_split_ids(params.get("id", ""))))
    valid = [i for i in ids if i.isdigit() and i in corpus]
    invalid = [i for i in ids if i not in valid]
    if not valid:
        body = formats.epost_xml(
            query_key=None, webenv=None, invalid=invalid, error=formats.EMPTY_POST_ERROR
        )
        return 200, XML, body
    webenv, key = history.store(valid, webenv=params.get("webenv"))
    return 200, XML, formats.epost_xml(query_key=key, webenv=webenv, invalid=invalid)


def _search(
    params: Mapping[str, str], *, corpus: Corpus, history: History
) -> tuple[list[str], formats.SearchPage]:
    """Run the term (ANDed with a given history set), filter dates, sort, maybe store."""
    webenv, key = params.get("webenv"), _int(params.get("query_key"), 0)
    base = _history_set(webenv, key, history) if webenv and key else None
    term = params.get("term", "").strip()
    if not term and base is None:
        raise QueryError("Empty term and query_key - nothing todo")
    entries = corpus.entries()
    if term:
        tree = parse_query(term)
        outcome = evaluate(tree, entries, history=lambda k: _history_set(webenv, k, history))
        found, translation = outcome.pmids, tree.render()
    else:
        outcome, found, translation = None, set(base), f"#{key}"
    if base is not None:
        found &= set(base)
    found = _filter_dates(found, params, corpus)
    pmids = sorted(found, key=int, reverse=True)
    return pmids, _page(pmids, params, history, outcome=outcome, translation=translation)


def _page(pmids, params, history: History, *, outcome, translation: str) -> formats.SearchPage:
    page = formats.SearchPage(
        count=len(pmids),
        retmax=min(_int(params.get("retmax"), 20), WINDOW),
        retstart=_int(params.get("retstart"), 0),
        ids=[],
        translation=translation,
    )
    if params.get("usehistory", "").lower() == "y":
        page.webenv, page.query_key = history.store(pmids, webenv=params.get("webenv"))
    if not pmids:
        page.retmax = 0
        page.warnings = [formats.NO_ITEMS]
        if outcome is not None:
            page.not_found = list(dict.fromkeys(outcome.not_found))
            page.fields_not_found = list(dict.fromkeys(outcome.fields_not_found))
    else:
        page.retmax = max(0, min(page.retmax, len(pmids[:WINDOW]) - page.retstart))
    return page


def _filter_dates(found: set[str], params: Mapping[str, str], corpus: Corpus) -> set[str]:
    low_text, high_text = params.get("mindate"), params.get("maxdate")
    if not (low_text or high_text):
        return found
    datetype = params.get("datetype", "pdat").lower()
    if datetype not in ("pdat", "edat", "mdat"):
        raise QueryError(f"unknown datetype {datetype!r} (pdat, edat or mdat)")
    low = date_bounds(low_text or "1000")[0]
    high = date_bounds(high_text or "3000")[1]
    kept = set()
    for pmid in found:
        entry = corpus.get(pmid)
        if entry is not None and low <= getattr(entry, datetype) <= high:
            kept.add(pmid)
    return kept


def _history_set(webenv: str | None, key: int, history: History) -> list[str]:
    stored = history.get(webenv or "", key)
    if stored is None:
        raise LostQueryError(formats.LOST_QUERY_ERROR.format(key=key))
    return stored


def _history_page(params: Mapping[str, str], history: History) -> list[str] | str:
    """The requested slice of a history set, or NCBI's error text."""
    key = _int(params.get("query_key"), 0)
    stored = history.get(params["webenv"], key)
    if stored is None:
        return formats.LOST_QUERY_ERROR.format(key=key)
    retstart = _int(params.get("retstart"), 0)
    if retstart > WINDOW - 1:
        return formats.RETSTART_ERROR
    retmax = min(_int(params.get("retmax"), 20), 10_000)
    return stored[:WINDOW][retstart : retstart + retmax]


def _efetch_error(message: str) -> Reply:
    return 200, XML, formats.efetch_error(message)


def _split_ids(text: str) -> list[str]:
    return [part for part in text.replace(",", " ").split() if part]


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default
