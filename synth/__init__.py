"""synth: a living, reproducible synthesis of the massage literature in PubMed."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("synth")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__", "parse_records", "tag_record"]


def __getattr__(name: str):
    """Lazy access to the public API, so ``import synth`` stays light."""
    if name == "parse_records":
        from .parse import parse_records

        return parse_records
    if name == "tag_record":
        from .tag import tag_record

        return tag_record
    raise AttributeError(name)
