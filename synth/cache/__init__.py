"""The local cache: the only module with SQL (stdlib sqlite3, WAL mode).

Tables: ``records`` (raw article XML per PMID, zlib-compressed, with fetch
time, MEDLINE status, date revised and deleted/gone flags), ``searches`` (one
row per search run: query, dates, count and the PMIDs it returned) and
``tags`` (one row per PMID and tagger version).  The schema version lives in
``PRAGMA user_version``; older files are migrated step by step on open.

One writer at a time: a writer holds an OS lock on ``<cache>.lock``, so a
second writer fails at once with :class:`CacheBusyError`.  Readers never
lock.  Each batch is stored in one ``BEGIN IMMEDIATE ... COMMIT`` transaction,
so a run killed at any moment leaves whole batches behind.
"""

from .lock import lock_cache
from .rows import format_status
from .schema import FINAL_STATUSES, SCHEMA_VERSION
from .store import Cache, StoredArticle, open_cache

__all__ = [
    "FINAL_STATUSES",
    "SCHEMA_VERSION",
    "Cache",
    "StoredArticle",
    "format_status",
    "lock_cache",
    "open_cache",
]
