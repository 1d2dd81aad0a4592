"""A loopback E-utilities server: PubMed's ESearch, EFetch and EPost on 127.0.0.1.

Run it and point synth at it::

    $ synth stub                      # the bundled demo corpus (the dev set as PubMed XML)
    E-utilities stub serving 96 records at http://127.0.0.1:PORT/entrez/eutils/
    export SYNTH_EUTILS_URL=http://127.0.0.1:PORT/entrez/eutils/

    $ export SYNTH_EUTILS_URL=http://127.0.0.1:PORT/entrez/eutils/   # in another shell
    $ synth fetch --query "massage[ti]"

``SYNTH_EUTILS_URL`` replaces ``https://eutils.ncbi.nlm.nih.gov/entrez/eutils/``; nothing
else changes, so the whole pipeline runs offline.  ``synth stub --corpus FILE.xml[.gz]``
serves your own PubmedArticleSet files, ``--synthetic N`` adds N synthetic records (PMIDs
from 90,000,000, titles containing "massage", marked with ``<Keyword>synthetic</Keyword>``
and a ``<GeneralNote>``), ``--fault-rate 0.2 --seed 1`` injects seeded faults,
``--rate-limit R`` changes NCBI's 3 requests/s (10 with ``api_key``; 0 switches it off).
Ctrl-C stops it.  Queries: words and "phrases" with ``[ti]``/``[tiab]``/``[mh]``, ``AND``/
``OR``/``NOT``, parentheses, ``lo:hi[uid]``, ``YYYY[dp]`` and date ranges (see ``query.py``).

The stub answers in NCBI's own formats (DOCTYPEs, history server, the 9,999-record window
and its error text, HTTP 429 with NCBI's JSON body) and shares no code with
``synth.eutils``, so it catches the client's mistakes.  In tests::

    with run_stub(synthetic=12_000, corpus=(), faults={"5xx": 0.1}, seed=3) as stub:
        ...  # settings with eutils_url=stub.url; then check stub.stats["efetch"]

``corpus=None`` serves the demo corpus (plus any ``synthetic`` records); ``corpus=()``
serves only the synthetic records.  ``rate_limit=0`` switches the rate limit off.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..exceptions import ConfigError
from .corpus import Corpus, Entry, load_corpus
from .generate import dev_corpus_xml, synthetic_corpus, write_dev_corpus
from .server import FAULT_KINDS, StubServer

__all__ = [
    "FAULT_KINDS",
    "Corpus",
    "StubServer",
    "build_corpus",
    "main_stub",
    "run_stub",
    "synthetic_corpus",
    "write_dev_corpus",
]


def build_corpus(
    corpus: Sequence[Path | str | bytes] | None = None,
    *,
    synthetic: int = 0,
    same_date: bool = False,
    seed: int = 0,
) -> Corpus:
    """The records a stub serves: files/bytes (None: the demo corpus) plus synthetic ones."""
    records = load_corpus(list(corpus) if corpus is not None else [dev_corpus_xml()])
    if synthetic:
        records.add_entries(_synthetic_entries(synthetic, seed, same_date))
    return records


@functools.lru_cache(maxsize=2)
def _synthetic_entries(n: int, seed: int, same_date: bool) -> tuple[Entry, ...]:
    """Indexed synthetic records, cached: tests start many stubs on the same corpus."""
    return tuple(load_corpus([synthetic_corpus(n, seed=seed, same_date=same_date)]).entries())


@contextmanager
def run_stub(
    *,
    corpus: Sequence[Path | str | bytes] | None = None,
    synthetic: int = 0,
    same_date: bool = False,
    faults: Mapping[str, float] | None = None,
    seed: int = 0,
    rate_limit: float | None = None,
    delay: float = 0.0,
    port: int = 0,
    verbose: bool = False,
) -> Iterator[StubServer]:
    """Serve a corpus on 127.0.0.1 in a background thread for the ``with`` block."""
    records = build_corpus(corpus, synthetic=synthetic, same_date=same_date, seed=seed)
    stub = StubServer(
        records, faults=faults, seed=seed, rate_limit=rate_limit, delay=delay, verbose=verbose
    )
    stub.start(port)
    try:
        yield stub
    finally:
        stub.stop()


def main_stub(args) -> int:
    """``synth stub``: serve until Ctrl-C or SIGTERM, after printing the URL to use."""
    share = (args.fault_rate or 0.0) / 4
    faults = {kind: share for kind in ("5xx", "error200", "truncate", "expire_webenv")}
    records = build_corpus(args.corpus, synthetic=args.synthetic, seed=args.seed)
    stub = StubServer(records, faults=faults, seed=args.seed, rate_limit=args.rate_limit)
    try:
        stub.start(args.port)
    except OSError as exc:
        raise ConfigError(
            f"cannot serve on port {args.port} ({exc.strerror}): choose another with --port"
        ) from None
    try:
        print(f"E-utilities stub serving {len(stub.corpus)} records at {stub.url}")
        print(f"export SYNTH_EUTILS_URL={stub.url}", flush=True)
        _wait_for_signal()
    finally:
        stub.stop()
    print("stub stopped", file=sys.stderr)
    return 0


def _wait_for_signal() -> None:
    """Block until SIGINT (Ctrl-C) or SIGTERM."""
    stopped = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        while not stopped.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
