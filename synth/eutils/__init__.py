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
The ESearch page size is ``synth.eutils.client.PAGE_SIZE`` (9,999 by default).
"""

from .client import POST_THRESHOLD, EutilsClient, FetchedBatch, SearchResult, open_client
from .pacing import RATE_LIMITER, RateLimiter, backoff_delay, public_url
from .responses import ESEARCH_LIMIT, SearchPage, parse_esearch, split_window, window_term

__all__ = [
    "ESEARCH_LIMIT",
    "POST_THRESHOLD",
    "RATE_LIMITER",
    "EutilsClient",
    "FetchedBatch",
    "RateLimiter",
    "SearchPage",
    "SearchResult",
    "backoff_delay",
    "open_client",
    "parse_esearch",
    "public_url",
    "split_window",
    "window_term",
]
