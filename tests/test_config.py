"""Settings come from flags, environment, the user config file and defaults, in that order."""

from pathlib import Path

import pytest

from synth.config import NCBI_EUTILS_URL, load_settings
from synth.exceptions import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_point_at_pubmed_and_the_project_cache(tmp_path):
    settings = load_settings(environ={}, config_file=tmp_path / "none.toml")
    assert settings.eutils_url == NCBI_EUTILS_URL
    assert settings.cache_path == Path("cache/synth.sqlite")
    assert settings.tool == "synth"
    assert settings.requests_per_second == 3.0


def test_flags_beat_environment_beat_config_file(tmp_path):
    config = _write(tmp_path, 'email = "file@example.org"\ncache = "from-file.sqlite"\n')
    environ = {"NCBI_EMAIL": "env@example.org", "SYNTH_CACHE": "from-env.sqlite"}
    flags = {"cache_path": "from-flag.sqlite"}
    settings = load_settings(flags, environ=environ, config_file=config)
    assert settings.email == "env@example.org"
    assert settings.cache_path == Path("from-flag.sqlite")
    assert load_settings(environ={}, config_file=config).email == "file@example.org"


def test_unset_flags_do_not_hide_the_environment(tmp_path):
    environ = {"SYNTH_CACHE": "env.sqlite"}
    settings = load_settings({"cache_path": None}, environ=environ, config_file=tmp_path / "x")
    assert settings.cache_path == Path("env.sqlite")


def test_api_key_raises_the_rate_limit_and_never_shows_in_repr(tmp_path):
    key = "canary0123456789abcdef0123456789ab"
    settings = load_settings(environ={"NCBI_API_KEY": key}, config_file=tmp_path / "x")
    assert settings.requests_per_second == 10.0
    assert key not in repr(settings)


def test_base_url_gets_a_trailing_slash(tmp_path):
    environ = {"SYNTH_EUTILS_URL": "http://127.0.0.1:8080/entrez/eutils"}
    settings = load_settings(environ=environ, config_file=tmp_path / "x")
    assert settings.eutils_url == "http://127.0.0.1:8080/entrez/eutils/"
    assert not settings.is_ncbi


def test_live_pubmed_without_email_says_how_to_set_it(tmp_path):
    settings = load_settings(environ={}, config_file=tmp_path / "x")
    with pytest.raises(ConfigError, match="NCBI_EMAIL"):
        settings.require_email()


def test_the_stub_needs_no_email(tmp_path):
    environ = {"SYNTH_EUTILS_URL": "http://127.0.0.1:9/entrez/eutils/"}
    load_settings(environ=environ, config_file=tmp_path / "x").require_email()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("email = [", "not valid TOML"),
        ('colour = "blue"', "unknown setting"),
        ("batch_size = 0", "batch size"),
        ('batch_size = "many"', "invalid value"),
        ('eutils_url = "ftp://example.org"', "not an http"),
    ],
)
def test_bad_config_file_gets_one_clear_line(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(environ={}, config_file=_write(tmp_path, text))
    assert "\n" not in str(info.value)


def test_config_file_path_can_come_from_the_environment(tmp_path):
    config = _write(tmp_path, "batch_size = 200\n")
    settings = load_settings(environ={"SYNTH_CONFIG": str(config)})
    assert settings.batch_size == 200
