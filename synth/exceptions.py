"""The one place for synth's errors.

Every error names what failed (query, PMID, batch, file) and, where it can, how
to fix it.  The library raises these; only the CLI turns them into a line of
text and an exit code.
"""

from __future__ import annotations


class SynthError(Exception):
    """Base class: anything synth reports to a user as one clear line."""


class ConfigError(SynthError):
    """A setting is missing or malformed (email, URL, config file, flag)."""


class NetworkError(SynthError):
    """E-utilities could not be reached, or kept failing after every retry."""


class EutilsError(SynthError):
    """E-utilities answered, but with an error about the request itself."""


class CacheError(SynthError):
    """The cache file cannot be opened, read or migrated."""


class CacheBusyError(CacheError):
    """Another synth process holds the cache."""


class ParseError(SynthError):
    """An XML file or record could not be parsed."""
