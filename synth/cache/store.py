"""The open cache: reads, batch writes in one transaction each, schema migration."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from ..exceptions import CacheError
from ..records import Tags
from .lock import acquire_lock, busy_error, release_lock
from .rows import chunks, file_size, iso, needs_fetch, search_row, tags_from_row, tags_to_row
from .schema import MIGRATIONS, SCHEMA_VERSION, TAG_COLUMNS


class StoredArticle(Protocol):
    """What :meth:`Cache.store_batch` needs (``synth.parse.ArticleXml`` fits)."""

    pmid: str
    xml: bytes
    status: str | None
    date_revised: str | None
    deleted: bool


class Cache:
    """An open cache file; use :func:`open_cache`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._writer = False

    # reading

    def status(self) -> dict[str, Any]:
        """Counts, last refresh and size, as plain values (see :func:`format_status`)."""
        counts = self._one(
            "SELECT count(*), coalesce(sum(deleted), 0), coalesce(sum(gone), 0),"
            " coalesce(sum(deleted = 0 AND gone = 0), 0) FROM records"
        )
        searches = self._one("SELECT count(*), max(run_at) FROM searches")
        tagged = self._one("SELECT count(DISTINCT pmid) FROM tags")[0]
        return {
            "cache": str(self.path),
            "schema_version": SCHEMA_VERSION,
            "records": counts[0],
            "current": counts[3],
            "deleted": counts[1],
            "gone": counts[2],
            "tagged": tagged,
            "searches": searches[0],
            "last_refresh": searches[1],
            "size_bytes": file_size(self.path),
        }

    def pmids(self, *, include_deleted: bool = False, include_gone: bool = False) -> list[str]:
        """Cached PMIDs, numerically sorted; deleted and gone records only when asked."""
        where = ["1"]
        if not include_deleted:
            where.append("deleted = 0")
        if not include_gone:
            where.append("gone = 0")
        rows = self._db.execute(f"SELECT pmid FROM records WHERE {' AND '.join(where)}")
        return sorted((r[0] for r in rows), key=int)

    def iter_xml(self, pmids: Iterable[str] | None = None) -> Iterator[tuple[str, bytes]]:
        """``(pmid, article XML)`` in PMID order; by default every current record."""
        wanted = self.pmids() if pmids is None else sorted({str(p) for p in pmids}, key=int)
        for chunk in chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT pmid, xml FROM records WHERE pmid IN ({marks})", chunk
            ).fetchall()
            for pmid, blob in sorted(rows, key=lambda r: int(r[0])):
                yield pmid, zlib.decompress(blob)

    def searches(self) -> list[dict[str, Any]]:
        """Every search run, oldest first, with the PMIDs it returned."""
        rows = self._db.execute(
            "SELECT query, mindate, maxdate, run_at, count, pmids FROM searches ORDER BY id"
        )
        return [search_row(row) for row in rows]

    def last_search(
        self, query: str, *, mindate: str | None = None, maxdate: str | None = None
    ) -> dict[str, Any] | None:
        """The latest run of this exact query and date range, or None."""
        row = self._db.execute(
            "SELECT query, mindate, maxdate, run_at, count, pmids FROM searches"
            " WHERE query = ? AND mindate IS ? AND maxdate IS ? ORDER BY id DESC LIMIT 1",
            (query, mindate, maxdate),
        ).fetchone()
        return search_row(row) if row else None

    def stale_pmids(
        self, pmids: Iterable[str], *, refresh_days: int, now: datetime | None = None
    ) -> list[str]:
        """Which of ``pmids`` to fetch: not cached, or still being indexed and old enough."""
        cutoff = iso((now or datetime.now(UTC)) - timedelta(days=refresh_days))
        known = {
            pmid: (status, fetched_at, deleted)
            for pmid, status, fetched_at, deleted in self._db.execute(
                "SELECT pmid, status, fetched_at, deleted FROM records"
            )
        }
        todo = []
        for pmid in pmids:
            if needs_fetch(known.get(str(pmid)), cutoff=cutoff):
                todo.append(str(pmid))
        return todo

    def untagged_pmids(self, tagger_version: str) -> list[str]:
        """Current records without tags from ``tagger_version``."""
        rows = self._db.execute(
            "SELECT pmid FROM records WHERE deleted = 0 AND gone = 0 AND pmid NOT IN"
            " (SELECT pmid FROM tags WHERE tagger_version = ?)",
            (tagger_version,),
        )
        return sorted((r[0] for r in rows), key=int)

    def load_tags(self, tagger_version: str) -> dict[str, Tags]:
        """Stored tags of ``tagger_version``, by PMID."""
        rows = self._db.execute(
            f"SELECT pmid, {', '.join(TAG_COLUMNS)}, evidence FROM tags WHERE tagger_version = ?",
            (tagger_version,),
        )
        return {row[0]: tags_from_row(row, tagger_version) for row in rows}

    def fingerprint(self) -> str:
        """A short hash of what the cache holds (records and their versions)."""
        digest = hashlib.sha256()
        rows = self._db.execute(
            "SELECT pmid, status, date_revised, deleted, gone, xml FROM records"
        ).fetchall()
        for pmid, status, revised, deleted, gone, blob in sorted(rows, key=lambda r: int(r[0])):
            xml_hash = hashlib.sha256(zlib.decompress(blob)).hexdigest()
            digest.update(f"{pmid}|{status}|{revised}|{deleted}|{gone}|{xml_hash}\n".encode())
        return digest.hexdigest()[:16]

    def check_integrity(self) -> str:
        """SQLite's own ``PRAGMA integrity_check`` result ("ok" when sound)."""
        return "; ".join(r[0] for r in self._db.execute("PRAGMA integrity_check"))

    # writing (each call is one transaction; the first takes the writer lock)

    def lock_for_writing(self) -> None:
        """Take the writer lock now (fails fast with CacheBusyError), held until close."""
        if not self._writer:
            acquire_lock(self.path)
            self._writer = True

    def store_batch(
        self, articles: Sequence[StoredArticle], *, fetched_at: datetime | None = None
    ) -> int:
        """Store one validated EFetch batch in one transaction; returns rows written."""
        when = iso(fetched_at or datetime.now(UTC))
        rows = [
            (a.pmid, zlib.compress(a.xml, 6), when, a.status, a.date_revised, int(a.deleted))
            for a in articles
        ]
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO records (pmid, xml, fetched_at, status, date_revised, deleted, gone)"
                " VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (pmid) DO UPDATE SET"
                # a DeleteCitation carries no article: keep the one cached before
                " xml = CASE WHEN excluded.deleted THEN xml ELSE excluded.xml END,"
                " status = CASE WHEN excluded.deleted THEN status ELSE excluded.status END,"
                " date_revised = CASE WHEN excluded.deleted THEN date_revised"
                " ELSE excluded.date_revised END,"
                " fetched_at = excluded.fetched_at, deleted = excluded.deleted, gone = 0",
                rows,
            )
        return len(rows)

    def record_search(
        self,
        query: str,
        *,
        mindate: str | None,
        maxdate: str | None,
        count: int,
        pmids: Sequence[str],
    ) -> list[str]:
        """Record a search run; mark PMIDs its previous run had but this one lacks as gone.

        Returns the PMIDs newly marked gone (they stay in the cache).
        """
        previous = self.last_search(query, mindate=mindate, maxdate=maxdate)
        current = {str(p) for p in pmids}
        gone = sorted(set(previous["pmids"]) - current, key=int) if previous else []
        blob = zlib.compress(" ".join(sorted(current, key=int)).encode())
        with self._transaction() as db:
            db.execute(
                "INSERT INTO searches (query, mindate, maxdate, run_at, count, pmids)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (query, mindate, maxdate, iso(datetime.now(UTC)), count, blob),
            )
            db.executemany("UPDATE records SET gone = 1 WHERE pmid = ?", [(p,) for p in gone])
            db.executemany(
                "UPDATE records SET gone = 0 WHERE pmid = ? AND gone = 1",
                [(p,) for p in current],
            )
        return gone

    def store_tags(self, tags: Iterable[Tags]) -> int:
        """Store tags (replacing those of the same PMID and tagger version)."""
        when = iso(datetime.now(UTC))
        rows = [tags_to_row(t, when) for t in tags]
        with self._transaction() as db:
            db.executemany(
                f"INSERT OR REPLACE INTO tags (pmid, tagger_version, {', '.join(TAG_COLUMNS)},"
                " evidence, tagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def close(self) -> None:
        """Close the connection and release the writer lock if held."""
        self._db.close()
        if self._writer:
            self._writer = False
            release_lock(self.path.expanduser().absolute())

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # helpers

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.lock_for_writing()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _locked(self.path, exc) from None
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _one(self, sql: str) -> tuple:
        return self._db.execute(sql).fetchone()


def open_cache(path: Path | str, *, create: bool = True) -> Cache:
    """Open (and create or migrate) the cache at ``path``; use as a context manager."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise CacheError(f"no cache at {path}: run synth fetch or make demo first")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _locked(path, exc) from None
    cache = Cache(path, db)
    if version != SCHEMA_VERSION:
        _migrate(cache, version)
    return cache


def _migrate(cache: Cache, version: int) -> None:
    if version > SCHEMA_VERSION:
        cache.close()
        raise CacheError(
            f"cache {cache.path} has schema version {version}, newer than this synth "
            f"({SCHEMA_VERSION}): upgrade synth or use another --cache"
        )
    try:
        with cache._transaction() as db:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except CacheError:
        cache.close()
        raise


def _locked(path: Path, exc: sqlite3.Error) -> CacheError:
    if "locked" in str(exc) or "busy" in str(exc):
        return busy_error(path)
    return CacheError(f"cannot open cache {path} ({exc}): move it away or use another --cache")
