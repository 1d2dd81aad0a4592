"""The E-utilities client, over real HTTP against the loopback stub (and pure helpers)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from synth.config import Settings
from synth.eutils import (
    ESEARCH_LIMIT,
    backoff_delay,
    open_client,
    parse_esearch,
    public_url,
    split_window,
    window_term,
)
from synth.exceptions import ConfigError, EutilsError, NetworkError
from synth.stub import run_stub

FIXTURES = Path(__file__).parent / "fixtures"
SYNTHETIC_FIRST = 90_000_000
TEST_KEY = "test-api-key-0123456789"  # as in conftest: settings_for sends it


@pytest.fixture(scope="module")
def demo_stub():
    """The bundled demo corpus (the dev set as PubMed XML), no faults, no rate limit."""
    with run_stub(rate_limit=0) as server:
        yield server


# --- pure helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "count", "first", "webenv"),
    [
        ("esearch-history.xml", 42249, "41297076", "MCID_6927d6e7fee3e90f880ec190"),
        ("esearch-no-hits.xml", 0, None, None),
    ],
)
def test_real_esearch_responses_are_read(fixture, count, first, webenv):
    page = parse_esearch((FIXTURES / fixture).read_bytes())
    assert page.count == count
    assert (page.pmids[0] if page.pmids else None) == first
    assert page.webenv == webenv


def test_a_window_is_split_at_the_median_pmid_seen_and_covers_the_range():
    low, high = split_window((1, 1000), ["900", "950", "990", "999"])
    assert low == (1, 989) and high == (990, 1000)
    assert split_window((10, 20), []) == ((10, 14), (15, 20))
    assert window_term("massage[ti]", (5, 9)) == "(massage[ti]) AND 5:9[uid]"


def test_backoff_grows_but_stays_under_the_cap_and_honours_retry_after():
    settings = dataclasses.replace(Settings(), backoff_base=0.5, backoff_max=4.0)
    assert all(0 <= backoff_delay(1, settings=settings) <= 0.5 for _ in range(50))
    assert all(0 <= backoff_delay(9, settings=settings) <= 4.0 for _ in range(50))
    assert backoff_delay(1, settings=settings, retry_after=2.0) >= 2.0


def test_urls_shown_to_users_carry_no_credentials():
    shown = public_url("https://user:secret@eutils.example.org:8443/entrez/eutils/?api_key=k")
    assert shown == "https://eutils.example.org:8443/entrez/eutils/"


# --- against the stub -------------------------------------------------------------------


def test_search_lists_every_matching_pmid_and_sends_tool_and_email(demo_stub, settings_for):
    demo_stub.reset_stats()
    with open_client(settings_for(demo_stub)) as client:
        result = client.search("massage[ti]")
    assert result.count == len(result.pmids) > 50
    assert list(result.pmids) == sorted(demo_stub.corpus.pmids(), key=int)
    assert demo_stub.stats["requests"] > 0
    assert demo_stub.stats["no_tool"] == demo_stub.stats["no_email"] == 0


def test_fetch_batch_returns_validated_records_and_reports_absent_pmids(demo_stub, settings_for):
    wanted = demo_stub.corpus.pmids()[:3] + ["1"]  # PMID 1 is not in the corpus
    with open_client(settings_for(demo_stub)) as client:
        batch = client.fetch_batch(wanted)
    assert sorted(a.pmid for a in batch.articles) == sorted(wanted[:3])
    assert batch.missing == ("1",)
    assert all(a.xml.lstrip().startswith(b"<PubmedArticle") for a in batch.articles)


def test_long_id_lists_are_posted(settings_for, capsys):
    with (
        run_stub(corpus=(), synthetic=450, rate_limit=0, verbose=True) as stub,
        open_client(settings_for(stub)) as client,
    ):
        client.fetch_batch([str(SYNTHETIC_FIRST + i) for i in range(450)])
        client.fetch_batch([str(SYNTHETIC_FIRST + i) for i in range(150)])
    log = capsys.readouterr().out
    assert "stub: POST efetch.fcgi" in log
    assert "stub: GET efetch.fcgi" in log


def test_more_than_9999_hits_are_listed_through_pmid_windows(settings_for):
    with (
        run_stub(corpus=(), synthetic=12_000, same_date=True, rate_limit=0) as stub,
        open_client(settings_for(stub)) as client,
    ):
        result = client.search("massage[ti]", mindate="2020/06/15", maxdate="2020/06/15")
    assert result.count == 12_000 > ESEARCH_LIMIT
    assert result.pmids == tuple(str(SYNTHETIC_FIRST + i) for i in range(12_000))
    assert result.windows > 1 and result.unlisted == 0


def test_an_expired_webenv_reruns_the_search_and_carries_on(settings_for):
    faults = {"expire_webenv": 0.5}
    with run_stub(corpus=(), synthetic=3_000, rate_limit=0, faults=faults, seed=2) as stub:
        with open_client(settings_for(stub), page_size=250) as client:
            result = client.search("massage[ti]")
        assert stub.stats["fault:expire_webenv"] > 0
    assert len(result.pmids) == result.count == 3_000


@pytest.mark.parametrize("kind", ["5xx", "error200", "truncate"])
def test_each_fault_is_retried_until_the_batch_is_whole(kind, settings_for):
    with run_stub(corpus=(), synthetic=300, rate_limit=0, faults={kind: 0.5}, seed=3) as stub:
        with open_client(settings_for(stub)) as client:
            batches = [client.fetch_batch([str(SYNTHETIC_FIRST + i) for i in range(300)])]
            batches += [client.fetch_batch([str(SYNTHETIC_FIRST + i)]) for i in range(4)]
        assert stub.stats[f"fault:{kind}"] > 0
    assert [len(b.articles) for b in batches] == [300] + [1] * 4
    assert all(not b.missing for b in batches)


def test_http_429_is_waited_out_not_hammered(settings_for):
    # The stub allows 2 requests/s; the client, without an API key, sends up to 3.
    with run_stub(corpus=(), synthetic=20, rate_limit=2) as stub:
        settings = settings_for(stub, api_key=None, backoff_max=2.0)
        with open_client(settings) as client:
            batches = [client.fetch_batch([str(SYNTHETIC_FIRST + i)]) for i in range(4)]
        assert stub.stats["429"] > 0
        assert stub.stats["429"] < stub.stats["efetch"] - stub.stats["429"]
    assert all(len(b.articles) == 1 for b in batches)


def test_a_server_that_keeps_failing_gives_one_line_without_the_api_key(settings_for):
    with run_stub(corpus=(), synthetic=5, rate_limit=0, faults={"5xx": 1.0}) as stub:
        settings = settings_for(stub, max_retries=2)
        with open_client(settings) as client, pytest.raises(NetworkError) as info:
            client.search("massage[ti]")
    message = str(info.value)
    assert message.startswith("E-utilities esearch failed 3 times (last: HTTP 5")
    assert TEST_KEY not in message and "\n" not in message


def test_a_malformed_query_is_reported_at_once_not_retried(demo_stub, settings_for):
    demo_stub.reset_stats()
    with open_client(settings_for(demo_stub)) as client, pytest.raises(EutilsError) as info:
        client.search("(massage[ti] AND back")
    assert str(info.value).startswith("ESearch refused the request (unbalanced parentheses")
    assert demo_stub.stats["esearch"] == 1


def test_debug_logs_never_show_the_api_key_or_request_urls(settings_for, caplog):
    caplog.set_level(logging.DEBUG)  # as `synth -v` does
    faults = {"5xx": 0.3, "truncate": 0.3}
    with (
        run_stub(corpus=(), synthetic=30, rate_limit=0, faults=faults, seed=1) as stub,
        open_client(settings_for(stub)) as client,
    ):
        client.fetch_batch(list(client.search("massage[ti]").pmids))
    assert "attempt" in caplog.text  # the retries were logged...
    assert TEST_KEY not in caplog.text and "api_key" not in caplog.text
    assert stub.url not in caplog.text  # ...without any request URL


def test_an_unreachable_host_is_one_clear_line(closed_port_url, settings_for):
    settings = settings_for(closed_port_url)
    with open_client(settings) as client, pytest.raises(NetworkError) as info:
        client.search("massage[ti]")
    assert str(info.value) == (
        f"cannot reach E-utilities at {closed_port_url}: "
        "check your network, or run with --offline / `make demo`"
    )


def test_live_pubmed_without_an_email_is_refused_before_any_request(tmp_path):
    settings = dataclasses.replace(Settings(), cache_path=Path(tmp_path / "c.sqlite"))
    with pytest.raises(ConfigError, match="NCBI_EMAIL is not set"):
        open_client(settings).__enter__()
