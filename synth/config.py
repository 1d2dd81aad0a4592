"""Settings: one frozen dataclass, built in one place.

Precedence, highest first: command-line flags, environment, the user config
file (``~/.config/synth/config.toml``), defaults.  This is the only module that
reads ``os.environ``; everything else receives a :class:`Settings`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .exceptions import ConfigError

NCBI_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
DEFAULT_CONFIG_FILE = Path("~/.config/synth/config.toml")

# environment variable -> settings field
_ENV = {
    "NCBI_EMAIL": "email",
    "NCBI_API_KEY": "api_key",
    "SYNTH_EUTILS_URL": "eutils_url",
    "SYNTH_CACHE": "cache_path",
}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know; credentials never show in ``repr``."""

    email: str | None = None
    api_key: str | None = field(default=None, repr=False)
    eutils_url: str = NCBI_EUTILS_URL
    cache_path: Path = Path("cache/synth.sqlite")
    tool: str = "synth"
    batch_size: int = 500
    timeout: float = 30.0
    max_retries: int = 8
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    refresh_days: int = 30
    offline: bool = False
    progress: bool = True

    @property
    def requests_per_second(self) -> float:
        """NCBI's limit: 3 requests/s, 10 with an API key."""
        return 10.0 if self.api_key else 3.0

    @property
    def is_ncbi(self) -> bool:
        """True when requests go to the real NCBI host."""
        return urlsplit(self.eutils_url).hostname == urlsplit(NCBI_EUTILS_URL).hostname

    def require_email(self) -> None:
        """Live PubMed asks every client for a contact address."""
        if self.is_ncbi and not self.email:
            raise ConfigError(
                "NCBI_EMAIL is not set: NCBI asks for a contact address; "
                'run `export NCBI_EMAIL=you@example.org` or add `email = "..."` '
                f"to {DEFAULT_CONFIG_FILE}"
            )


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Build :class:`Settings` from flags, environment, config file and defaults.

    ``flags`` holds command-line values; ``None`` values are ignored, so an
    unset flag never hides the environment.
    """
    env = os.environ if environ is None else environ
    path = config_file or Path(env.get("SYNTH_CONFIG", str(DEFAULT_CONFIG_FILE))).expanduser()
    values: dict[str, Any] = dict(_read_config_file(path))
    values.update({name: env[var] for var, name in _ENV.items() if env.get(var)})
    values.update({k: v for k, v in (flags or {}).items() if v is not None})
    return _coerce(values, source=path)


def _read_config_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"config file {path} is not valid TOML ({exc}): fix or remove it"
        ) from None
    aliases = {"cache": "cache_path", "url": "eutils_url"}
    return {aliases.get(k, k): v for k, v in data.items()}


def _coerce(values: dict[str, Any], *, source: Path) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(unknown)} in {source}: "
            f"valid names are {', '.join(sorted(known))}"
        )
    settings = Settings()
    try:
        for name, value in values.items():
            default = getattr(settings, name)
            if isinstance(default, bool):
                value = _to_bool(value)
            elif isinstance(default, Path):
                value = Path(str(value)).expanduser()
            elif isinstance(default, (int, float)):
                value = type(default)(value)
            settings = replace(settings, **{name: value})
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r} has an invalid value {value!r}") from None
    return _validate(settings)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(value)


def _validate(settings: Settings) -> Settings:
    url = settings.eutils_url
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError(
            f"SYNTH_EUTILS_URL {url!r} is not an http(s) URL: use e.g. {NCBI_EUTILS_URL}"
        )
    if not url.endswith("/"):
        settings = replace(settings, eutils_url=url + "/")
    if settings.batch_size < 1 or settings.batch_size > 10_000:
        raise ConfigError(f"batch size {settings.batch_size} is out of range: use 1 to 10000")
    return settings
