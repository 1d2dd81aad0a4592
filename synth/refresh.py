"""The refresh pipeline: search PubMed, fetch what is new or stale, store it batch by batch.

``refresh`` joins :mod:`synth.eutils` (the network) and :mod:`synth.cache`
(the SQL).  A rerun fetches only PMIDs not yet cached, plus records still being
indexed (status other than MEDLINE / PubMed-not-MEDLINE) fetched more than
``settings.refresh_days`` ago; with nothing new it makes no EFetch request.
PMIDs the query no longer returns are marked gone, ``DeleteCitation`` entries
deleted; nothing is silently dropped.  ``settings.offline`` never touches the
network and reports what the cache holds for the query.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass

from tqdm import tqdm

from .cache import Cache, lock_cache, open_cache
from .config import Settings
from .eutils import EutilsClient, SearchResult, open_client


@dataclass(frozen=True)
class RefreshReport:
    """What one refresh did, and whether the cache now holds every record."""

    query: str
    count: int  # hits PubMed reported (offline: at the last search run)
    listed: int  # PMIDs the search collected
    fetched: int  # records stored by this run
    cached: int  # records of this query now in the cache
    batches: int = 0
    missing: tuple[str, ...] = ()  # PMIDs found by the search but not retrieved
    gone: tuple[str, ...] = ()  # PMIDs the previous run had, this one did not
    deleted: tuple[str, ...] = ()  # DeleteCitation entries seen in this run
    offline: bool = False
    searched_at: str | None = None  # offline: when the query was last run

    @property
    def complete(self) -> bool:
        """True when every hit of the query is in the cache."""
        return not self.missing and self.listed >= self.count and self.cached >= self.listed

    def summary(self) -> str:
        """One or a few lines for the terminal."""
        if self.offline:
            return self._offline_summary()
        lines = [
            f"{self.query}: {self.count} hits, {self.fetched} fetched in {self.batches} "
            f"batch(es), {self.cached} cached"
        ]
        if self.gone:
            lines.append(f"{len(self.gone)} no longer returned by the query, marked gone")
        if self.deleted:
            lines.append(f"{len(self.deleted)} deleted by PubMed, marked deleted")
        lines.append(self._reconcile_line())
        return "\n".join(lines)

    def _reconcile_line(self) -> str:
        if self.complete:
            return f"complete: {self.cached} of {self.count} records cached"
        parts = []
        if self.listed < self.count:
            parts.append(f"the search listed only {self.listed} of {self.count} PMIDs")
        if self.missing:
            shown = ", ".join(self.missing[:20]) + (" ..." if len(self.missing) > 20 else "")
            parts.append(f"{len(self.missing)} PMID(s) not retrieved: {shown}")
        return "incomplete: " + "; ".join(parts) + " (run synth fetch again to retry)"

    def _offline_summary(self) -> str:
        if self.searched_at is None:
            return (
                f"offline: {self.query} was never fetched into this cache; "
                "run synth fetch without --offline, or make demo"
            )
        text = (
            f"offline: {self.query} had {self.count} hits at {self.searched_at}; "
            f"{self.cached} of them cached"
        )
        if self.missing:
            text += f", {len(self.missing)} not cached"
        return text


def refresh(
    settings: Settings, query: str, *, mindate: str | None = None, maxdate: str | None = None
) -> RefreshReport:
    """Bring the cache up to date with ``query`` (or, offline, report what it holds)."""
    if settings.offline:
        return report_offline(settings, query, mindate=mindate, maxdate=maxdate)
    with open_client(settings) as client, lock_cache(settings.cache_path):
        result = client.search(query, mindate=mindate, maxdate=maxdate)
        with open_cache(settings.cache_path) as cache:
            return _update_cache(client, cache, result, settings=settings, dates=(mindate, maxdate))


def report_offline(
    settings: Settings, query: str, *, mindate: str | None = None, maxdate: str | None = None
) -> RefreshReport:
    """What the cache holds for ``query`` at its last search run; no network."""
    with open_cache(settings.cache_path, create=False) as cache:
        last = cache.last_search(query, mindate=mindate, maxdate=maxdate)
        if last is None:
            return RefreshReport(query, 0, 0, 0, 0, offline=True)
        held = set(cache.pmids(include_deleted=True, include_gone=True))
    missing = tuple(p for p in last["pmids"] if p not in held)
    return RefreshReport(
        query=query,
        count=last["count"],
        listed=len(last["pmids"]),
        fetched=0,
        cached=len(last["pmids"]) - len(missing),
        missing=missing,
        offline=True,
        searched_at=last["run_at"],
    )


def _update_cache(
    client: EutilsClient,
    cache: Cache,
    result: SearchResult,
    *,
    settings: Settings,
    dates: tuple[str | None, str | None],
) -> RefreshReport:
    mindate, maxdate = dates
    gone = cache.record_search(
        result.query, mindate=mindate, maxdate=maxdate, count=result.count, pmids=result.pmids
    )
    todo = cache.stale_pmids(result.pmids, refresh_days=settings.refresh_days)
    fetched, batches, missing, deleted = _fetch_all(client, cache, todo, settings=settings)
    held = set(cache.pmids(include_deleted=True, include_gone=True))
    return RefreshReport(
        query=result.query,
        count=result.count,
        listed=len(result.pmids),
        fetched=fetched,
        cached=sum(1 for p in result.pmids if p in held),
        batches=batches,
        missing=tuple(missing),
        gone=tuple(gone),
        deleted=tuple(deleted),
    )


def _fetch_all(
    client: EutilsClient, cache: Cache, todo: Sequence[str], *, settings: Settings
) -> tuple[int, int, list[str], list[str]]:
    """Fetch ``todo`` in batches, storing each; returns (stored, batches, missing, deleted)."""
    size = settings.batch_size
    total_batches = -(-len(todo) // size)
    stored, missing, deleted = 0, [], []
    bar = tqdm(
        total=len(todo),
        unit="rec",
        desc="fetch",
        file=sys.stderr,
        disable=not settings.progress or not todo,
        dynamic_ncols=True,
    )
    with bar:
        for number, start in enumerate(range(0, len(todo), size), start=1):
            batch = client.fetch_batch(todo[start : start + size])
            stored += cache.store_batch(batch.articles)
            missing.extend(batch.missing)
            deleted.extend(a.pmid for a in batch.articles if a.deleted)
            bar.set_postfix_str(f"batch {number}/{total_batches}", refresh=False)
            bar.update(len(batch.articles) + len(batch.missing))
    return stored, total_batches, missing, deleted
