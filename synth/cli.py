"""The ``synth`` command line: one subcommand per pipeline stage.

The library raises :class:`~synth.exceptions.SynthError`; this module is the
only place that prints it (one line, no traceback) and picks the exit code.
Modules are imported inside the handlers so ``synth --help`` stays instant.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .config import Settings, load_settings
from .exceptions import SynthError

Handler = Callable[[argparse.Namespace, Settings], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="synth: %(message)s",
    )
    try:
        settings = load_settings(_flags(args))
        return args.handler(args, settings)
    except SynthError as exc:
        print(f"synth: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("synth: interrupted; the cache keeps every batch stored so far", file=sys.stderr)
        return 130


def _flags(args: argparse.Namespace) -> dict:
    """Command-line values that override settings (unset flags are None)."""
    return {
        "cache_path": getattr(args, "cache", None),
        "batch_size": getattr(args, "batch", None),
        "offline": True if getattr(args, "offline", False) else None,
        "progress": False if getattr(args, "no_progress", False) else None,
    }


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with ``--help`` on every subcommand."""
    parser = argparse.ArgumentParser(
        prog="synth",
        description="A living synthesis of the massage literature in PubMed.",
        epilog="Settings come from flags, then NCBI_EMAIL / NCBI_API_KEY / SYNTH_EUTILS_URL / "
        "SYNTH_CACHE, then ~/.config/synth/config.toml.",
    )
    parser.add_argument("--version", action="version", version=f"synth {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add in (
        _add_fetch,
        _add_status,
        _add_export,
        _add_tag,
        _add_eval,
        _add_stub,
        _add_report,
        _add_demo,
    ):
        add(sub)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache", type=Path, help="cache file (default: cache/synth.sqlite)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")


def _add_fetch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fetch",
        help="retrieve every PubMed record a query matches into the cache",
        description="Search PubMed (ESearch, history server) and fetch every hit (EFetch) "
        "into the local cache. Reruns fetch only what is new or still being indexed.",
    )
    p.add_argument("--query", required=True, help='PubMed query, e.g. "massage[ti]"')
    p.add_argument("--mindate", help="earliest publication date, YYYY[/MM[/DD]]")
    p.add_argument("--maxdate", help="latest publication date, YYYY[/MM[/DD]]")
    p.add_argument("--batch", type=int, help="records per EFetch request (default 500)")
    p.add_argument("--offline", action="store_true", help="use the cache only; no network")
    _common(p)
    p.set_defaults(handler=_cmd_fetch)


def _cmd_fetch(args: argparse.Namespace, settings: Settings) -> int:
    from .refresh import refresh

    report = refresh(settings, args.query, mindate=args.mindate, maxdate=args.maxdate)
    print(report.summary())
    return 0 if report.complete else 1


def _add_status(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "status",
        help="what the cache holds",
        description="Records, searches, last refresh and size of the cache.",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    _common(p)
    p.set_defaults(handler=_cmd_status)


def _cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from .cache import format_status, open_cache

    with open_cache(settings.cache_path, create=False) as cache:
        print(format_status(cache.status(), as_json=args.json))
    return 0


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export cached records (pmids, csv, ris, bibtex, jsonl)",
        description="Write the cached records, with their tags where tagged.",
    )
    p.add_argument("--format", required=True, choices=["pmids", "csv", "ris", "bibtex", "jsonl"])
    p.add_argument("--out", type=Path, help="output file (default: standard output)")
    _common(p)
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from .exports import export

    export(settings, fmt=args.format, out=args.out)
    return 0


def _add_tag(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "tag",
        help="tag records per TAXONOMY.md (from XML files or the cache)",
        description="Tag PubMed XML files into a CSV (--xml ... --out), or every cached "
        "record not yet tagged by this tagger version (--cache).",
    )
    p.add_argument("--xml", type=Path, action="append", help="PubMed XML file (.xml or .xml.gz)")
    p.add_argument("--out", type=Path, help="CSV to write (with --xml)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: auto)")
    _common(p)
    p.set_defaults(handler=_cmd_tag)


def _cmd_tag(args: argparse.Namespace, settings: Settings) -> int:
    from .tagging import tag_cache, tag_files

    if args.xml:
        if not args.out:
            raise SynthError("--xml needs --out FILE.csv: say where to write the tags")
        summary = tag_files(args.xml, args.out, settings=settings, jobs=args.jobs)
    else:
        summary = tag_cache(settings, jobs=args.jobs)
    print(summary)
    return 0


def _add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="score the tagger on a labelled set",
        description="Accuracy per field, conditions F1, confusion matrices.",
    )
    p.add_argument("--dev", type=Path, help="labelled JSONL (default: the bundled dev set)")
    p.add_argument("--json", type=Path, help="also write the scores as JSON here")
    p.add_argument("--errors", action="store_true", help="list every mismatch")
    p.set_defaults(handler=_cmd_eval)


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluate import evaluate_tagger

    result = evaluate_tagger(args.dev)
    print(result.format_table(errors=args.errors))
    if args.json:
        args.json.write_text(result.to_json(), encoding="utf-8")
    return 0


def _add_stub(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stub",
        help="serve a local E-utilities stub (offline demo and tests)",
        description="Serve PubMed XML files over HTTP on 127.0.0.1 with NCBI's formats. "
        "Put the printed URL in SYNTH_EUTILS_URL.",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="PubMed XML file(s) to serve (default: the bundled demo corpus)",
    )
    p.add_argument("--synthetic", type=int, default=0, help="add N synthetic records")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="share of requests that fail (5xx, ERROR in 200, truncation)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed for faults")
    p.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        help="requests/s before HTTP 429 (default: NCBI's 3, 10 with api_key)",
    )
    p.set_defaults(handler=_cmd_stub)


def _cmd_stub(args: argparse.Namespace, settings: Settings) -> int:
    from .stub import main_stub

    return main_stub(args)


def _add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="execute the notebooks and render the HTML report",
        description="Run the notebooks with papermill into reports/YYYY-MM-DD/ and render "
        "report.html with its exports.",
    )
    p.add_argument("--query", default="massage[ti]", help="PubMed query")
    p.add_argument("--out", type=Path, help="output folder (default: reports/YYYY-MM-DD)")
    p.add_argument("--demo", action="store_true", help="mark the report as a demo")
    p.add_argument("--offline", action="store_true", help="use the cache only; no network")
    _common(p)
    p.set_defaults(handler=_cmd_report)


def _cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from .report import run_report

    path = run_report(settings, query=args.query, out=args.out, demo=args.demo)
    print(f"report: {path}")
    return 0


def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="the whole pipeline offline on the bundled corpus (stub -> cache -> tags -> report)",
        description="Start the loopback E-utilities stub on the bundled labelled records, fetch "
        "them into cache/demo.sqlite, tag them and render a report marked DEMO.",
    )
    p.add_argument("--out", type=Path, help="output folder (default: reports/demo)")
    _common(p)
    p.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from .demo import DEMO_REPORTS, run_demo

    code = run_demo(settings, out=args.out, cache=args.cache)
    if code == 0:
        print(f"demo report: {(args.out or DEMO_REPORTS) / 'report.html'}")
    return code
