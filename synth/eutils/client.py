"""The E-utilities client: ESearch windows and validated EFetch batches over httpx."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import httpx

from .. import __version__
from ..config import Settings
from ..exceptions import EutilsError, NetworkError
from .pacing import RATE_LIMITER, backoff_delay, public_url, retry_after
from .responses import (
    ESEARCH_LIMIT,
    ExpiredWebEnv,
    Retry,
    SearchPage,
    date_params,
    parse_efetch,
    parse_esearch,
    split_window,
    window_term,
)

log = logging.getLogger("synth.eutils")
# httpx logs every request URL (with its query string) at INFO/DEBUG: keep it quiet.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

PAGE_SIZE = ESEARCH_LIMIT  # PMIDs listed per ESearch; smaller pages go through the history
POST_THRESHOLD = 200  # id lists longer than this go in a POST body
_CONNECT_TRIES = 3  # attempts before an unreachable host is reported

T = TypeVar("T")


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
        dates = date_params(mindate, maxdate)
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
            except ExpiredWebEnv:
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
        articles = self._call("efetch", params, parse=parse_efetch, post=post)
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
            except Retry as exc:
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
            raise Retry(f"cannot connect ({type(exc).__name__})") from None
        except httpx.TimeoutException:
            raise Retry("timed out") from None
        except httpx.TransportError as exc:  # resets, incomplete reads, protocol errors
            raise Retry(f"connection broken ({type(exc).__name__})") from None
        self._connected = True
        return self._check_status(tool, response)

    def _check_status(self, tool: str, response: httpx.Response) -> bytes:
        code = response.status_code
        if code == 429:
            raise Retry("HTTP 429 too many requests", wait=retry_after(response))
        if code >= 500:
            raise Retry(f"HTTP {code}")
        if code >= 400:
            snippet = self._scrub(" ".join(response.text[:200].split()))
            raise EutilsError(
                f"E-utilities {tool} rejected the request (HTTP {code}: {snippet}): "
                "check the query and SYNTH_EUTILS_URL"
            )
        if code >= 300:
            location = response.headers.get("Location", "")
            target = public_url(str(response.url.join(location))) if location else "elsewhere"
            raise EutilsError(
                f"E-utilities {tool} answered HTTP {code}, a redirect to {target}: "
                "set SYNTH_EUTILS_URL to the new address"
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
