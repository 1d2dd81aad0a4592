"""The HTTP side of the stub: routing, rate limit, seeded faults, statistics.

A ``ThreadingHTTPServer`` on 127.0.0.1 runs in a daemon thread.  Every request passes,
in order: statistics, the rate limit (HTTP 429 with NCBI's JSON body), the fault draw
(one ``random.Random(seed)`` draw per fault kind per request, so a run replays exactly for
the same seed and request sequence), then the E-utility itself.
"""

from __future__ import annotations

import random
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from . import formats, handlers
from .corpus import Corpus

FAULT_KINDS = ("5xx", "error200", "truncate", "expire_webenv", "slow")
BASE_PATH = "/entrez/eutils/"
_SERVER_ERRORS = ((500, "Internal Server Error"), (502, "Bad Gateway"))
_SERVER_ERRORS += ((503, "Service Temporarily Unavailable"),)


class RateLimiter:
    """A sliding one-second window over accepted requests (one window for all clients)."""

    def __init__(self, limit: float | None) -> None:
        self.limit = limit
        self._times: deque[float] = deque()
        self._lock = threading.Lock()

    def admit(self, *, has_key: bool) -> tuple[bool, int, int]:
        """(admitted, requests in the window including this one, the limit applied)."""
        limit = self.limit if self.limit is not None else (10 if has_key else 3)
        if limit <= 0 or limit == float("inf"):
            return True, 0, 0
        now = time.monotonic()
        with self._lock:
            while self._times and self._times[0] <= now - 1.0:
                self._times.popleft()
            if len(self._times) >= limit:
                return False, len(self._times) + 1, int(limit)
            self._times.append(now)
            return True, len(self._times), int(limit)


class StubServer:
    """A running stub: ``url``, ``stats``, ``corpus``; see :func:`synth.stub.run_stub`."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        faults: Mapping[str, float] | None = None,
        seed: int = 0,
        rate_limit: float | None = None,
        delay: float = 0.0,
        verbose: bool = False,
    ) -> None:
        unknown = set(faults or {}) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kind(s) {sorted(unknown)}; use {FAULT_KINDS}")
        self.corpus = corpus
        self.faults = {kind: float((faults or {}).get(kind, 0.0)) for kind in FAULT_KINDS}
        self.delay = delay
        self.verbose = verbose
        self.history = handlers.History(seed)
        self.limiter = RateLimiter(rate_limit)
        self.stats: Counter[str] = Counter()
        self.errors: list[str] = []  # tracebacks of the stub's own bugs (answered with 500)
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self, port: int = 0) -> StubServer:
        """Bind 127.0.0.1:``port`` (0: a free one) and serve in a daemon thread."""
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.stub = self
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}{BASE_PATH}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.name = "synth-stub"
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def reset_stats(self) -> None:
        """Zero every counter."""
        with self._lock:
            self.stats.clear()

    def expire_webenvs(self) -> None:
        """Forget every WebEnv now (as NCBI does after a while)."""
        self.history.forget()

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to a statistic (thread-safe)."""
        with self._lock:
            self.stats[key] += n

    def draw_faults(self) -> dict[str, float]:
        """One draw per fault kind (always all of them, so the sequence replays); the hits
        map to a second number in [0, 1) that the fault uses for its details."""
        with self._lock:
            draws = {kind: (self._rng.random(), self._rng.random()) for kind in FAULT_KINDS}
        return {k: detail for k, (hit, detail) in draws.items() if hit < self.faults[k]}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    stub: StubServer

    def handle_error(self, request, client_address) -> None:
        if self.stub.verbose:
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, no 40 ms ACK stalls
    server: _Server
    server_version = "synth-stub/1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(_params(urlsplit(self.path).query))

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        self._answer(_params(urlsplit(self.path).query) | _params(body))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's errors, minus its message: that quotes the request line (api_key)."""
        super().send_error(code)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Verbose only, and never the request line or its parameters (they may hold a key)."""
        if not self.server.stub.verbose:
            return
        name = urlsplit(getattr(self, "path", "") or "").path.rsplit("/", 1)[-1] or "?"
        status = args[1] if format.startswith('"%s"') and len(args) > 1 else "error"
        print(f"stub: {getattr(self, 'command', None) or '?'} {name} {status}", flush=True)

    def _answer(self, params: dict[str, str]) -> None:
        stub = self.server.stub
        utility = _utility(urlsplit(self.path).path)
        if utility is None:
            self._send(404, handlers.TEXT, b"no such E-utility on this stub\n")
            return
        _count_request(stub, utility, params)
        admitted, in_window, limit = stub.limiter.admit(has_key=bool(params.get("api_key")))
        if not admitted:
            self._send_rate_limited(in_window, limit)
            return
        faults = stub.draw_faults()
        if "slow" in faults:
            stub.count("fault:slow")
            time.sleep(stub.delay)
        if "5xx" in faults:
            stub.count("fault:5xx")
            status, reason = _SERVER_ERRORS[int(faults["5xx"] * len(_SERVER_ERRORS))]
            self._send(status, "text/html", formats.error_page(status, reason))
            return
        (status, content_type, body), served = self._run(stub, utility, params, faults)
        if "truncate" in faults and status == 200:
            stub.count("fault:truncate")
            self._send_truncated(content_type, body, faults["truncate"])
            return
        stub.count("efetch_ids", served)
        self._send(status, content_type, body)

    def _run(self, stub: StubServer, utility: str, params, faults) -> tuple[handlers.Reply, int]:
        if "error200" in faults:
            stub.count("fault:error200")
            return _error200(utility, params), 0
        if "expire_webenv" in faults and params.get("webenv"):
            stub.count("fault:expire_webenv")
            stub.history.forget(params["webenv"])
        try:
            return _dispatch(stub, utility, params)
        except Exception:  # a bug in the stub itself: answer 500, keep the traceback
            stub.errors.append(traceback.format_exc())
            stub.count("stub_error")
            return (500, handlers.TEXT, b"stub error\n"), 0

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_rate_limited(self, in_window: int, limit: int) -> None:
        self.server.stub.count("429")
        body = formats.rate_limit_json(client=self.client_address[0], count=in_window, limit=limit)
        self.send_response(429, "Too Many Requests")
        self.send_header("Content-Type", "application/json")
        self.send_header("Retry-After", "1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_truncated(self, content_type: str, body: bytes, detail: float) -> None:
        """Cut the body before its last 32 bytes (so XML loses its closing root tag).

        Half the time (by ``detail``) the headers announce the cut length, so the client
        gets a complete but malformed document; otherwise they announce the full length and
        the connection closes early, as an interrupted transfer (IncompleteRead) does.
        """
        cut = int(len(body) * (0.1 + 0.8 * detail)) if len(body) > 64 else len(body) // 2
        cut = min(cut, max(len(body) - 32, 1))
        announced = cut if detail < 0.5 else len(body)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(announced))
        if announced != cut:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body[:cut])


def _params(query: str) -> dict[str, str]:
    """Parameters with lower-case names: E-utilities accept ``WebEnv`` and ``webenv`` alike."""
    return {name.lower(): value for name, value in parse_qsl(query, keep_blank_values=True)}


def _utility(path: str) -> str | None:
    if not path.startswith(BASE_PATH):
        return None
    name = path[len(BASE_PATH) :]
    return {"esearch.fcgi": "esearch", "efetch.fcgi": "efetch", "epost.fcgi": "epost"}.get(name)


def _count_request(stub: StubServer, utility: str, params: Mapping[str, str]) -> None:
    stub.count("requests")
    stub.count(utility)
    if not params.get("tool"):
        stub.count("no_tool")
    if not params.get("email"):
        stub.count("no_email")


def _dispatch(stub: StubServer, utility: str, params) -> tuple[handlers.Reply, int]:
    if utility == "esearch":
        return handlers.esearch(params, corpus=stub.corpus, history=stub.history), 0
    if utility == "epost":
        return handlers.epost(params, corpus=stub.corpus, history=stub.history), 0
    return handlers.efetch(params, corpus=stub.corpus, history=stub.history)


def _error200(utility: str, params: Mapping[str, str]) -> handlers.Reply:
    """An HTTP 200 whose body is NCBI's error envelope for that utility."""
    if utility == "efetch":
        return 200, handlers.XML, formats.efetch_error(formats.BACKEND_ERROR)
    if utility == "epost":
        body = formats.epost_xml(query_key=None, webenv=None, error=formats.BACKEND_ERROR)
        return 200, handlers.XML, body
    as_json = params.get("retmode", "").lower() == "json"
    content_type = handlers.JSON if as_json else handlers.XML
    return 200, content_type, formats.esearch_error(formats.BACKEND_ERROR, json_mode=as_json)
