"""The E-utilities client: the only module that talks HTTP.

One seam of our own over httpx (explicit connect/read timeouts, one
process-wide rate limiter, retries with exponential backoff and full jitter),
rather than Bio.Entrez, which hard-codes NCBI's host, sets no socket timeout
and retries HTTP 429 without waiting.

Searches that match more than 9,999 records are split into PMID windows
(``(<query>) AND lo:hi[uid]``) until each window can be listed in full, so
every PMID is collected even when thousands share one publication date.
Every EFetch batch is validated (well-formed, no ``<ERROR>``, the PMIDs asked
for are there) before it is returned, so an error page is never cached.

Request URLs and parameters are never logged: they can hold the API key.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
from lxml import etree

from . import __version__
from .config import Settings
from .exceptions import EutilsError, NetworkError, ParseError

log = logging.getLogger(__name__)
# httpx logs every request URL (with its query string) at INFO/DEBUG: keep it quiet.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

ESEARCH_LIMIT = 9_999  # PubMed will not list past this many records of one search
PAGE_SIZE = ESEARCH_LIMIT  # PMIDs listed per ESearch; smaller pages go through the history
POST_THRESHOLD = 200  # id lists longer than this go in a POST body
MAX_PMID = 9_999_999_999  # upper bound of the first PMID window
_CONNECT_TRIES = 3  # attempts before an unreachable host is reported
_RATE_SLACK = 1.05  # space requests 5% wider than the limit, so jitter never trips a 429
_EXPIRED = "Unable to obtain query"
# <ERROR> texts worth retrying (NCBI's backend hiccups); any other <ERROR> is about the request
_TRANSIENT_ERRORS = ("backend failed", "unable to", "temporar", "try again", "timeout", "timed out")

T = TypeVar("T")


class RateLimiter:
    """Spaces request starts at most ``rate`` per second, across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, rate: float) -> None:
        """Block until the next request may start."""
        interval = _RATE_SLACK / rate
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start > now:
            time.sleep(start - now)


RATE_LIMITER = RateLimiter()  # one per process: every client shares it


class _Retry(Exception):
    """A failure worth another attempt (the message never holds credentials)."""

    def __init__(self, reason: str, *, wait: float | None = None) -> None:
        super().__init__(reason)
        self.wait = wait


class _ExpiredWebEnv(Exception):
    """The history server forgot our WebEnv: run the search again."""


@dataclass(frozen=True)
class SearchPage:
    """One ESearch response."""

    count: int
    pmids: tuple[str, ...]
    webenv: str | None = None
    query_key: str | None = None


@dataclass(frozen=True)
class SearchResult:
    """Every PMID a query matched, and the Count PubMed reported for it."""

    query: str
    count: int
    pmids: tuple[str, ...]  # sorted numerically, no duplicates
    windows: int  # PMID windows listed (1 unless over 9,999 hits)

    @property
    def unlisted(self) -> int:
        """How many of ``count`` the windows could not list (0 when reconciled)."""
        return max(0, self.count - len(self.pmids))


@dataclass(frozen=True)
class FetchedBatch:
    """A validated EFetch batch: the records, and PMIDs PubMed did not return."""

    articles: tuple  # tuple[synth.parse.ArticleXml, ...]
    missing: tuple[str, ...]


class EutilsClient:
    """ESearch and EFetch against ``settings.eutils_url``; use :func:`open_client`."""

    def __init__(self, settings: Settings, *, page_size: int | None = None) -> None:
        settings.require_email()
        self._settings = settings
        self._page_size = min(page_size or PAGE_SIZE, ESEARCH_LIMIT)
        self._connected = False
        timeout = httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0))
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": f"synth/{__version__}"})

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._http.close()

    def search(
        self, query: str, *, mindate: str | None = None, maxdate: str | None = None
    ) -> SearchResult:
        """List every PMID ``query`` matches, splitting into PMID windows past 9,999."""
        dates = _date_params(mindate, maxdate)
        top = self._search_window(query, dates, window=None)
        found, windows = self._collect_windows(query, dates, top=top)
        pmids = tuple(sorted(found, key=int))
        return SearchResult(query=query, count=top.count, pmids=pmids, windows=windows)

    def _collect_windows(
        self, query: str, dates: dict[str, str], *, top: SearchPage
    ) -> tuple[set[str], int]:
        """Bisect PMID windows until each lists in full; returns (PMIDs, windows listed)."""
        found: set[str] = set()
        pending: list[tuple[tuple[int, int] | None, SearchPage]] = [(None, top)]
        windows = 0
        while pending:
            window, page = pending.pop()
            if page.count <= ESEARCH_LIMIT:
                windows += 1
                found.update(self._list_window(query, dates, window=window, page=page))
                continue
            if window is not None and window[0] >= window[1]:
                raise EutilsError(
                    f"ESearch counts {page.count} hits for the single PMID {window[0]}: "
                    "the server at the E-utilities URL is not behaving like PubMed"
                )
            for part in split_window(window, page.pmids):
                pending.append((part, self._search_window(query, dates, window=part)))
        return found, windows

    def fetch_batch(self, pmids: Sequence[str]) -> FetchedBatch:
        """EFetch ``pmids`` as PubMed XML, validated; absent PMIDs are asked for once more."""
        wanted = [str(p) for p in pmids]
        articles = self._efetch(wanted)
        got = {a.pmid for a in articles}
        absent = [p for p in wanted if p not in got]
        if absent:
            log.debug("EFetch left out %d PMID(s); asking once more", len(absent))
            again = self._efetch(absent)
            articles += again
            got.update(a.pmid for a in again)
        missing = tuple(p for p in wanted if p not in got)
        return FetchedBatch(articles=tuple(articles), missing=missing)

    # --- ESearch -----------------------------------------------------------

    def _search_window(
        self, query: str, dates: dict[str, str], *, window: tuple[int, int] | None
    ) -> SearchPage:
        params = {
            "db": "pubmed",
            "term": window_term(query, window),
            "usehistory": "y",
            "retmax": str(self._page_size),
            **dates,
        }
        return self._call("esearch", params, parse=parse_esearch)

    def _list_window(
        self,
        query: str,
        dates: dict[str, str],
        *,
        window: tuple[int, int] | None,
        page: SearchPage,
    ) -> list[str]:
        """All PMIDs of a window with at most 9,999 hits, paging through history if needed."""
        pmids, expiries = list(page.pmids), 0
        while len(pmids) < page.count:
            try:
                more = self._next_page(query, dates, window=window, page=page, start=len(pmids))
            except _ExpiredWebEnv:
                expiries += 1
                if expiries > self._settings.max_retries:
                    raise NetworkError(
                        f"the history server kept losing the search for {query!r}: try again later"
                    ) from None
                log.debug("WebEnv expired while listing a window; searching again")
                page = self._search_window(query, dates, window=window)
                continue
            if not more.pmids:
                break  # the server lists no more: reconciliation reports the gap
            pmids.extend(more.pmids)
        return pmids

    def _next_page(
        self,
        query: str,
        dates: dict[str, str],
        *,
        window: tuple[int, int] | None,
        page: SearchPage,
        start: int,
    ) -> SearchPage:
        params = {
            "db": "pubmed",
            "term": window_term(query, window),
            "usehistory": "y",
            "retstart": str(start),
            "retmax": str(self._page_size),
            "WebEnv": page.webenv or "",
            "query_key": page.query_key or "",
            **dates,
        }
        return self._call("esearch", params, parse=parse_esearch)

    # --- EFetch ------------------------------------------------------------

    def _efetch(self, pmids: list[str]) -> list:
        params = {"db": "pubmed", "id": ",".join(pmids), "retmode": "xml"}
        post = len(pmids) > POST_THRESHOLD
        articles = self._call("efetch", params, parse=_parse_efetch, post=post)
        extra = {a.pmid for a in articles} - set(pmids)
        if extra:
            raise EutilsError(
                f"EFetch returned PMIDs that were not asked for ({', '.join(sorted(extra)[:5])}): "
                "the server at the E-utilities URL is not behaving like PubMed"
            )
        return articles

    # --- transport -----------------------------------------------------------

    def _call(
        self, tool: str, params: dict[str, str], *, parse: Callable[[bytes], T], post: bool = False
    ) -> T:
        """One E-utilities request with retries; ``parse`` validates the body."""
        settings = self._settings
        params = {**params, **self._identity()}
        reason, hint = "", None
        for attempt in range(settings.max_retries + 1):
            if attempt:
                time.sleep(backoff_delay(attempt, settings=settings, retry_after=hint))
            RATE_LIMITER.wait(settings.requests_per_second)
            try:
                return parse(self._send(tool, params, post=post, attempt=attempt))
            except _Retry as exc:
                reason, hint = str(exc), exc.wait
                log.debug("%s attempt %d failed: %s", tool, attempt + 1, reason)
        raise NetworkError(
            f"E-utilities {tool} failed {settings.max_retries + 1} times (last: {reason}) "
            f"at {public_url(settings.eutils_url)}: try again later, or run with --offline"
        )

    def _identity(self) -> dict[str, str]:
        s = self._settings
        ident = {"tool": s.tool}
        if s.email:
            ident["email"] = s.email
        if s.api_key:
            ident["api_key"] = s.api_key
        return ident

    def _send(self, tool: str, params: dict[str, str], *, post: bool, attempt: int) -> bytes:
        url = f"{self._settings.eutils_url}{tool}.fcgi"
        try:
            if post:
                response = self._http.post(url, data=params)
            else:
                response = self._http.get(url, params=params)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if not self._connected and attempt + 1 >= _CONNECT_TRIES:
                raise self._unreachable() from None
            raise _Retry(f"cannot connect ({type(exc).__name__})") from None
        except httpx.TimeoutException:
            raise _Retry("timed out") from None
        except httpx.TransportError as exc:  # resets, incomplete reads, protocol errors
            raise _Retry(f"connection broken ({type(exc).__name__})") from None
        self._connected = True
        return self._check_status(tool, response)

    def _check_status(self, tool: str, response: httpx.Response) -> bytes:
        code = response.status_code
        if code == 429:
            raise _Retry("HTTP 429 too many requests", wait=_retry_after(response))
        if code >= 500:
            raise _Retry(f"HTTP {code}")
        if code >= 400:
            snippet = self._scrub(" ".join(response.text[:200].split()))
            raise EutilsError(
                f"E-utilities {tool} rejected the request (HTTP {code}: {snippet}): "
                "check the query and SYNTH_EUTILS_URL"
            )
        return response.content

    def _scrub(self, text: str) -> str:
        key = self._settings.api_key
        return text.replace(key, "***") if key else text

    def _unreachable(self) -> NetworkError:
        return NetworkError(
            f"cannot reach E-utilities at {public_url(self._settings.eutils_url)}: "
            "check your network, or run with --offline / `make demo`"
        )


@contextmanager
def open_client(settings: Settings, *, page_size: int | None = None) -> Iterator[EutilsClient]:
    """An :class:`EutilsClient` that is closed on exit (checks the email first).

    ``page_size`` is how many PMIDs one ESearch lists (default :data:`PAGE_SIZE`, at most
    9,999); a window holding more is listed page by page through the history server
    (WebEnv), re-running the search whenever the WebEnv has expired.
    """
    client = EutilsClient(settings, page_size=page_size)
    try:
        yield client
    finally:
        client.close()


# --- pure helpers ------------------------------------------------------------


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


def backoff_delay(attempt: int, *, settings: Settings, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter; a server's Retry-After is a floor."""
    cap = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
    delay = random.uniform(0, cap)
    if retry_after is not None:
        delay = max(delay, min(retry_after, settings.backoff_max))
    return delay


def public_url(url: str) -> str:
    """``url`` without credentials, query string or fragment (safe to show)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


def parse_esearch(body: bytes) -> SearchPage:
    """An ESearch XML response as a :class:`SearchPage` (``_Retry`` when unusable)."""
    root = _parse_xml(body, what="ESearch")
    _raise_errors(root, what="ESearch")
    count = root.findtext("Count")
    if count is None or not count.strip().isdigit():
        raise _Retry("ESearch response without a Count")
    return SearchPage(
        count=int(count),
        pmids=tuple(e.text.strip() for e in root.iterfind("IdList/Id") if e.text),
        webenv=root.findtext("WebEnv"),
        query_key=root.findtext("QueryKey"),
    )


def _parse_efetch(body: bytes) -> list:
    from .parse import split_articles

    try:
        return list(split_articles(body))
    except ParseError as exc:
        raise _Retry(f"unusable EFetch response ({exc})") from None


_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
)


def _parse_xml(body: bytes, *, what: str) -> etree._Element:
    try:
        return etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        raise _Retry(f"truncated or unparsable {what} XML") from None


def _raise_errors(root: etree._Element, *, what: str) -> None:
    errors = [" ".join((e.text or "").split()) for e in root.iterfind("ERROR")]
    if not errors:
        return
    if any(_EXPIRED in text for text in errors):
        raise _ExpiredWebEnv()
    text = errors[0][:200]
    if any(marker in text.lower() for marker in _TRANSIENT_ERRORS):
        raise _Retry(f"<ERROR> in {what} response: {text}")
    raise EutilsError(f"{what} refused the request ({text}): check the query")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _date_params(mindate: str | None, maxdate: str | None) -> dict[str, str]:
    if not mindate and not maxdate:
        return {}
    return {"datetype": "pdat", "mindate": mindate or "1000", "maxdate": maxdate or "3000"}
