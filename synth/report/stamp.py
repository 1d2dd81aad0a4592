"""A stamp file that changes only when the cache's content changes (for make).

``python -m synth.report.stamp CACHE STAMP`` writes the cache fingerprint to
``STAMP`` only when it differs from what is there, so a Makefile rule that
depends on ``STAMP`` re-renders the report only after new or revised records.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..cache import open_cache


def write_stamp(cache_path: Path, stamp: Path) -> bool:
    """Write the fingerprint of ``cache_path`` to ``stamp`` if it changed; True when written."""
    with open_cache(cache_path, create=False) as cache:
        fingerprint = cache.fingerprint() + "\n"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprint:
        return False
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(fingerprint, encoding="utf-8")
    return True


if __name__ == "__main__":  # pragma: no cover - a two-argument entry point for make
    from ..exceptions import SynthError

    try:
        write_stamp(Path(sys.argv[1]), Path(sys.argv[2]))
    except (IndexError, SynthError) as exc:
        print(
            f"synth: error: {exc or 'usage: python -m synth.report.stamp CACHE STAMP'}",
            file=sys.stderr,
        )
        sys.exit(1)
