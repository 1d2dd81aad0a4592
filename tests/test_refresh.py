"""The refresh pipeline end to end, over real HTTP against the loopback stub.

Faults, the 9,999 limit, kill -9 and resume, incremental reruns, offline mode, an
unreachable host, a missing email and two processes on one cache.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import synth.eutils.client
from synth.cache import open_cache
from synth.cli import main
from synth.config import NCBI_EUTILS_URL, Settings
from synth.exceptions import CacheError, ConfigError, NetworkError
from synth.refresh import RefreshReport, refresh
from synth.stub import run_stub, synthetic_corpus

FIRST = 90_000_000  # the stub's first synthetic PMID
TEST_EMAIL = "tester@example.org"
TEST_KEY = "test-api-key-0123456789"  # API-key-ish: lets the client send 10 requests/s
FAULTS = {"5xx": 0.10, "error200": 0.05, "truncate": 0.05, "expire_webenv": 0.3}


def _synthetic(n: int) -> list[str]:
    return [str(FIRST + i) for i in range(n)]


def _cached(settings) -> list[str]:
    with open_cache(settings.cache_path, create=False) as cache:
        return cache.pmids(include_deleted=True, include_gone=True)


@pytest.mark.parametrize(
    ("same_date", "dates"),
    [(False, {}), (True, {"mindate": "2020/06/15", "maxdate": "2020/06/15"})],
    ids=["spread-dates", "one-publication-date"],
)
def test_12000_records_under_faults_are_each_retrieved_exactly_once(
    same_date, dates, settings_for, monkeypatch
):
    # List PMIDs in pages of 1,500, so windows are paged through the history server and
    # WebEnv expiry has something to bite on.
    monkeypatch.setattr(synth.eutils.client, "PAGE_SIZE", 1_500)
    with run_stub(corpus=(), synthetic=12_000, same_date=same_date, faults=FAULTS, seed=3) as stub:
        settings = settings_for(stub, batch_size=1_000)
        report = refresh(settings, "massage[ti]", **dates)
        stats = stub.stats.copy()
    assert report.complete and report.count == 12_000 and not report.missing
    assert _cached(settings) == _synthetic(12_000)
    assert stats["efetch_ids"] == 12_000  # every record went over the wire whole exactly once
    for fault in ("fault:5xx", "fault:error200", "fault:truncate", "fault:expire_webenv"):
        assert stats[fault] > 0, fault
    assert "complete: 12000 of 12000 records cached" in report.summary()


def test_a_rerun_with_nothing_new_makes_no_efetch_request(settings_for):
    with run_stub(corpus=(), synthetic=300) as stub:
        settings = settings_for(stub, batch_size=100)
        first = refresh(settings, "massage[ti]")
        stub.reset_stats()
        second = refresh(settings, "massage[ti]")
        assert stub.stats["efetch"] == 0 and stub.stats["esearch"] >= 1
    assert (first.fetched, second.fetched) == (300, 0)
    assert second.complete


def test_a_rerun_fetches_only_new_records_and_marks_vanished_ones_gone(settings_for):
    with run_stub(corpus=(), synthetic=300) as stub:
        settings = settings_for(stub, batch_size=100)
        refresh(settings, "massage[ti]")
        stub.corpus.remove([str(FIRST)])
        stub.corpus.add_xml(synthetic_corpus(1, start_pmid=FIRST + 500))
        stub.reset_stats()
        report = refresh(settings, "massage[ti]")
        assert stub.stats["efetch_ids"] == 1
    assert report.fetched == 1 and report.gone == (str(FIRST),)
    with open_cache(settings.cache_path, create=False) as cache:
        assert str(FIRST) not in cache.pmids()
        assert str(FIRST) in cache.pmids(include_gone=True)  # kept, only marked
        assert cache.status()["gone"] == 1


def test_a_pmid_the_search_lists_but_efetch_never_returns_is_named_not_retried_forever(
    settings_for, monkeypatch
):
    hidden = str(FIRST + 7)
    with run_stub(corpus=(), synthetic=50) as stub:
        listed_by_search = stub.corpus.get
        monkeypatch.setattr(
            stub.corpus, "get", lambda p: None if p == hidden else listed_by_search(p)
        )
        report = refresh(settings_for(stub, batch_size=25), "massage[ti]")
        assert stub.stats["efetch"] == 3  # two batches, and one more ask for the absent PMID
    assert not report.complete and report.missing == (hidden,)
    assert f"1 PMID(s) not retrieved: {hidden}" in report.summary()
    assert hidden not in _cached(settings_for(stub))


def test_records_still_being_indexed_are_fetched_again_once_old_enough(settings_for):
    pmid = str(FIRST + 3)
    with run_stub(corpus=(), synthetic=50) as stub:
        stub.corpus.update(pmid, status="In-Process")
        settings = settings_for(stub)
        refresh(settings, "massage[ti]")
        stub.corpus.update(pmid, status="MEDLINE", date_revised="2030-01-02")
        stub.reset_stats()
        refresh(settings, "massage[ti]")  # fetched moments ago: not yet due
        assert stub.stats["efetch"] == 0
        refresh(settings_for(stub, refresh_days=0), "massage[ti]")
        assert stub.stats["efetch_ids"] == 1
    with open_cache(settings.cache_path, create=False) as cache:
        assert b"2030" in dict(cache.iter_xml([pmid]))[pmid]


def test_progress_goes_to_stderr_with_records_and_batches(settings_for, capsys):
    with run_stub(corpus=(), synthetic=60) as stub:
        refresh(settings_for(stub, batch_size=25, progress=True), "massage[ti]")
    captured = capsys.readouterr()
    assert "60/60" in captured.err and "batch 3/3" in captured.err and "rec" in captured.err
    assert captured.out == ""  # the library never prints


def test_a_run_at_ncbis_default_rate_never_meets_a_429(settings_for):
    with run_stub(rate_limit=None) as stub:  # the demo corpus; the stub enforces 3/s
        settings = settings_for(stub, api_key=None, batch_size=25)
        report = refresh(settings, "massage[ti]")
        assert stub.stats["429"] == 0 and stub.stats["efetch"] >= 4
    assert report.complete


def test_offline_reports_the_cache_and_never_touches_the_network(settings_for):
    with run_stub() as stub:
        settings = settings_for(stub)
        online = refresh(settings, "massage[ti]")
    # The stub is gone: any request would fail.
    offline = refresh(settings_for(stub, offline=True), "massage[ti]")
    assert offline.offline and offline.complete
    assert (offline.count, offline.cached) == (online.count, online.count)
    assert offline.summary().startswith(f"offline: massage[ti] had {online.count} hits at ")
    never = refresh(settings_for(stub, offline=True), "acupuncture[ti]")
    assert "was never fetched into this cache" in never.summary()


def test_offline_without_a_cache_says_how_to_make_one(settings_for, tmp_path):
    settings = settings_for("http://127.0.0.1:9/", offline=True, cache_path=tmp_path / "none")
    with pytest.raises(CacheError, match="run synth fetch or make demo first"):
        refresh(settings, "massage[ti]")


def test_an_unreachable_host_is_one_line_and_leaves_the_cache_untouched(
    closed_port_url, settings_for
):
    with run_stub(corpus=(), synthetic=20) as stub:
        refresh(settings_for(stub), "massage[ti]")
    settings = settings_for(closed_port_url)
    with open_cache(settings.cache_path) as cache:
        before = (cache.fingerprint(), len(cache.searches()))
    with pytest.raises(NetworkError, match=r"^cannot reach E-utilities at http://127\.0\.0\.1"):
        refresh(settings, "massage[ti]")
    with open_cache(settings.cache_path) as cache:
        assert (cache.fingerprint(), len(cache.searches())) == before


def test_live_pubmed_without_an_email_is_refused(tmp_path):
    settings = Settings(cache_path=tmp_path / "c.sqlite")
    with pytest.raises(ConfigError, match="NCBI_EMAIL is not set"):
        refresh(settings, "massage[ti]")
    assert not (tmp_path / "c.sqlite").exists()


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({"missing": ("11", "12")}, "incomplete: 2 PMID(s) not retrieved: 11, 12 (run synth"),
        ({"listed": 8}, "incomplete: the search listed only 8 of 10 PMIDs (run synth"),
        ({}, "complete: 10 of 10 records cached"),
    ],
)
def test_the_summary_reconciles_retrieved_records_with_the_count(fields, line):
    values = {"query": "q", "count": 10, "listed": 10, "fetched": 10, "cached": 10, **fields}
    report = RefreshReport(**values)
    assert report.summary().splitlines()[-1].startswith(line)
    assert report.complete == (not fields)


# --- the command line, as a user runs it ---------------------------------------------------


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    """Environment for ``synth`` runs: no user config, an email, a cache in tmp_path."""

    def set_env(url: str, **extra: str) -> dict[str, str]:
        env = {
            "SYNTH_EUTILS_URL": url,
            "NCBI_EMAIL": TEST_EMAIL,
            "SYNTH_CACHE": str(tmp_path / "cli.sqlite"),
            "SYNTH_CONFIG": str(tmp_path / "no-config.toml"),
            **extra,
        }
        monkeypatch.delenv("NCBI_API_KEY", raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return {**os.environ, **env}

    return set_env


def test_cli_fetch_status_and_pmids_export(cli_env, capsys):
    with run_stub(corpus=(), synthetic=40) as stub:
        cli_env(stub.url, NCBI_API_KEY=TEST_KEY)
        assert main(["fetch", "--query", "massage[ti]", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "complete: 40 of 40 records cached" in out
    assert main(["status"]) == 0
    status = capsys.readouterr().out
    assert "records:" in status and "40" in status and "searches:" in status
    assert main(["status", "--json"]) == 0
    as_json = json.loads(capsys.readouterr().out)
    assert (as_json["records"], as_json["searches"]) == (40, 1) and as_json["last_refresh"]
    assert main(["export", "--format", "pmids"]) == 0
    assert capsys.readouterr().out.split() == _synthetic(40)


def test_cli_without_email_for_live_pubmed_is_one_line(cli_env, monkeypatch, capsys):
    cli_env(NCBI_EUTILS_URL)
    monkeypatch.delenv("NCBI_EMAIL")
    assert main(["fetch", "--query", "massage[ti]"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("synth: error: NCBI_EMAIL is not set") and err.count("\n") == 1


def test_cli_unreachable_host_is_one_line(cli_env, closed_port_url, capsys):
    cli_env(closed_port_url)
    assert main(["fetch", "--query", "massage[ti]", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"synth: error: cannot reach E-utilities at {closed_port_url}: "
        "check your network, or run with --offline / `make demo`\n"
    )


def _start_fetch(env: dict[str, str], *, batch: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "synth", "fetch", "--query", "massage[ti]"]
    command += ["--batch", str(batch), "--no-progress"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_records(cache: Path, at_least: int, proc: subprocess.Popen) -> int:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with open_cache(cache, create=False) as opened:
                held = opened.status()["records"]
        except CacheError:  # not created yet
            held = 0
        if held >= at_least:
            return held
        time.sleep(0.05)
    raise AssertionError(f"the fetch never stored {at_least} records: {proc.poll()}")


def test_kill_9_mid_run_then_resume_completes_a_sound_cache(cli_env, settings_for, tmp_path):
    # Every response is slowed, so the run is still going when it is killed.
    with run_stub(corpus=(), synthetic=2_000, faults={"slow": 1.0}, delay=0.15) as stub:
        env = cli_env(stub.url, NCBI_API_KEY=TEST_KEY)
        proc = _start_fetch(env, batch=100)
        _wait_for_records(tmp_path / "cli.sqlite", 300, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        settings = settings_for(stub, cache_path=tmp_path / "cli.sqlite")
        with open_cache(settings.cache_path, create=False) as cache:
            assert cache.check_integrity() == "ok"
            kept = cache.status()["records"]
        assert 300 <= kept < 2_000 and kept % 100 == 0  # whole batches only
        stub.faults["slow"] = 0.0
        time.sleep(0.3)  # let the stub finish answering the killed run's last request
        stub.reset_stats()
        report = refresh(settings, "massage[ti]")
        assert stub.stats["efetch_ids"] == 2_000 - kept  # resumed, nothing fetched twice
    assert report.complete and report.fetched == 2_000 - kept
    assert _cached(settings) == _synthetic(2_000)
    with open_cache(settings.cache_path, create=False) as cache:
        assert cache.check_integrity() == "ok"


def test_a_second_process_on_the_same_cache_is_told_it_is_busy(cli_env, tmp_path, capsys):
    with run_stub(corpus=(), synthetic=2_000, faults={"slow": 1.0}, delay=0.15) as stub:
        env = cli_env(stub.url, NCBI_API_KEY=TEST_KEY)
        proc = _start_fetch(env, batch=100)
        try:
            _wait_for_records(tmp_path / "cli.sqlite", 100, proc)
            code = main(["fetch", "--query", "massage[ti]", "--no-progress"])
        finally:
            proc.kill()
            proc.wait()
    assert code == 1
    assert capsys.readouterr().err == (
        f"synth: error: cache {tmp_path / 'cli.sqlite'} is busy: another synth process is "
        "writing it; wait for it to finish\n"
    )
