"""``synth demo`` / ``make demo``: the whole pipeline offline, on the bundled corpus.

The project's loopback E-utilities stub serves the labelled dev records; the
demo fetches them into their own cache (``cache/demo.sqlite``, never the real
one), tags them and renders ``reports/demo/report.html`` with a DEMO banner.
No network, no credentials: nothing leaves the machine.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .config import Settings

DEMO_QUERY = "massage[ti]"
DEMO_CACHE = Path("cache/demo.sqlite")
DEMO_REPORTS = Path("reports/demo")


def run_demo(settings: Settings, *, out: Path | None = None, cache: Path | None = None) -> int:
    """Serve the demo corpus on the stub, fetch, tag and report; return the exit code.

    ``out`` is the report folder (default ``reports/demo``), ``cache`` the demo
    cache (default ``cache/demo.sqlite``).  Rerunning fetches nothing new.
    """
    from .report import run_report
    from .stub import run_stub

    with run_stub() as stub:
        demo_settings = replace(
            settings,
            eutils_url=stub.url,
            cache_path=Path(cache or DEMO_CACHE),
            api_key=None,  # the stub needs no key; keep it out of every URL
            offline=False,
        )
        run_report(demo_settings, query=DEMO_QUERY, out=Path(out or DEMO_REPORTS), demo=True)
    return 0
