"""The SQLite cache: round trips, incremental bookkeeping, migration, one writer at a time."""

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from synth.cache import SCHEMA_VERSION, format_status, open_cache
from synth.exceptions import CacheBusyError, CacheError
from synth.records import Evidence, Tags

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Article:
    """Stands in for synth.parse.ArticleXml (same fields)."""

    pmid: str
    xml: bytes
    status: str | None = "MEDLINE"
    date_revised: str | None = "2024-01-02"
    deleted: bool = False


def _article(pmid: str, **kw) -> Article:
    xml = f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID></MedlineCitation></PubmedArticle>"
    return Article(pmid, xml.encode(), **kw)


@pytest.fixture
def cache(tmp_path):
    with open_cache(tmp_path / "c.sqlite") as opened:
        yield opened


def test_stored_xml_comes_back_byte_for_byte_in_pmid_order(cache):
    real = (FIXTURES / "efetch-one-record.xml").read_bytes()
    cache.store_batch([_article("100"), Article("29768149", real), _article("9")])
    assert [pmid for pmid, _ in cache.iter_xml()] == ["9", "100", "29768149"]
    assert dict(cache.iter_xml(["29768149"]))["29768149"] == real
    assert cache.pmids() == ["9", "100", "29768149"]


def test_deleted_records_are_kept_but_left_out_unless_asked(cache):
    cache.store_batch([_article("1"), _article("2", status=None, deleted=True)])
    assert cache.pmids() == ["1"]
    assert cache.pmids(include_deleted=True) == ["1", "2"]
    assert cache.status()["deleted"] == 1


def test_a_deletion_notice_keeps_the_article_cached_before(cache):
    cache.store_batch([_article("5")])
    cache.store_batch([Article("5", b"", status=None, date_revised=None, deleted=True)])
    assert cache.pmids() == [] and cache.pmids(include_deleted=True) == ["5"]
    assert b"<PMID>5</PMID>" in dict(cache.iter_xml(["5"]))["5"]


def test_a_search_run_marks_pmids_its_query_no_longer_returns_as_gone(cache):
    cache.store_batch([_article(p) for p in ("1", "2", "3")])
    cache.record_search("a", mindate=None, maxdate=None, count=3, pmids=["1", "2", "3"])
    cache.record_search("b", mindate=None, maxdate=None, count=1, pmids=["1"])
    assert cache.pmids() == ["1", "2", "3"]  # another query never marks anything gone
    gone = cache.record_search("a", mindate=None, maxdate=None, count=2, pmids=["1", "3"])
    assert gone == ["2"]
    assert cache.pmids() == ["1", "3"]
    assert cache.pmids(include_gone=True) == ["1", "2", "3"]
    cache.record_search("a", mindate=None, maxdate=None, count=3, pmids=["1", "2", "3"])
    assert cache.pmids() == ["1", "2", "3"]  # back in the results, no longer gone


def test_searches_are_recorded_with_their_pmids(cache):
    cache.record_search("massage[ti]", mindate="2020", maxdate=None, count=2, pmids=["5", "40"])
    (run,) = cache.searches()
    assert run["query"] == "massage[ti]" and run["mindate"] == "2020"
    assert run["count"] == 2 and run["pmids"] == ["5", "40"]
    assert cache.last_search("massage[ti]") is None  # other dates, other search
    assert cache.last_search("massage[ti]", mindate="2020")["pmids"] == ["5", "40"]


STALE_CASES = [
    # (status, fetched days ago, deleted, refetched?)
    ("MEDLINE", 400, False, False),
    ("PubMed-not-MEDLINE", 400, False, False),
    ("In-Process", 40, False, True),
    ("In-Process", 2, False, False),
    ("Publisher", 31, False, True),
    (None, 40, True, False),
]


@pytest.mark.parametrize(("status", "age", "deleted", "refetch"), STALE_CASES)
def test_only_uncached_or_old_unfinished_records_are_fetched_again(
    cache, status, age, deleted, refetch
):
    fetched = datetime.now(UTC) - timedelta(days=age)
    cache.store_batch([_article("7", status=status, deleted=deleted)], fetched_at=fetched)
    todo = cache.stale_pmids(["7", "8"], refresh_days=30)
    assert todo == (["7", "8"] if refetch else ["8"])


def test_tags_round_trip_per_tagger_version(cache):
    cache.store_batch([_article("1"), _article("2")])
    tags = Tags(
        pmid="1",
        massage_kind="swedish",
        conditions=("low back pain", "anxiety"),
        design="rct",
        horizon="short",
        max_followup_days=28,
        direction="benefit",
        n_participants=60,
        tagger_version="v1",
        evidence=(("design", (Evidence("abstract:METHODS", "randomised"),)),),
    )
    assert cache.store_tags([tags]) == 1
    assert cache.load_tags("v1") == {"1": tags}
    assert cache.untagged_pmids("v1") == ["2"]
    assert cache.untagged_pmids("v2") == ["1", "2"]
    assert cache.status()["tagged"] == 1


def test_status_counts_and_formats(cache):
    cache.store_batch([_article("1"), _article("2", deleted=True)])
    cache.record_search("q", mindate=None, maxdate=None, count=2, pmids=["1", "2"])
    status = cache.status()
    assert (status["records"], status["deleted"], status["searches"]) == (2, 1, 1)
    assert status["size_bytes"] > 0 and status["last_refresh"]
    text = format_status(status)
    assert "records:" in text and "last refresh:" in text and "size:" in text
    assert json.loads(format_status(status, as_json=True))["records"] == 2


def test_fingerprint_changes_only_when_the_records_change(cache):
    cache.store_batch([_article("1")])
    first = cache.fingerprint()
    cache.record_search("q", mindate=None, maxdate=None, count=1, pmids=["1"])
    assert cache.fingerprint() == first
    cache.store_batch([_article("1", status="In-Process")])
    assert cache.fingerprint() != first


def test_a_version_1_cache_is_migrated_and_keeps_its_records(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript((FIXTURES / "cache-v1.sql").read_text())
    with open_cache(path) as cache:
        assert cache.pmids() == ["29768149"]
        assert b'<PMID Version="1">29768149</PMID>' in dict(cache.iter_xml())["29768149"]
        assert cache.searches()[0]["pmids"] == ["29768149"]
        assert cache.status()["schema_version"] == SCHEMA_VERSION
        cache.record_search("29768149[uid]", mindate=None, maxdate=None, count=0, pmids=[])
        assert cache.pmids(include_gone=True) == ["29768149"] and cache.pmids() == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_cache_from_a_newer_synth_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(CacheError, match="newer than this synth"):
        open_cache(path)


def test_a_missing_cache_is_reported_when_not_creating(tmp_path):
    with pytest.raises(CacheError, match="no cache at .*: run synth fetch or make demo first"):
        open_cache(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


HOLD_WRITER = """
import sys, time
from synth.cache import open_cache
with open_cache(sys.argv[1]) as cache:
    cache.lock_for_writing()
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_second_writer_process_is_told_the_cache_is_busy(tmp_path):
    path = tmp_path / "c.sqlite"
    with open_cache(path) as cache:
        cache.store_batch([_article("1")])
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with open_cache(path) as cache:
            assert cache.status()["records"] == 1  # reading still works
            with pytest.raises(CacheBusyError) as info:
                cache.store_batch([_article("2")])
        assert str(info.value) == (
            f"cache {path} is busy: another synth process is writing it; wait for it to finish"
        )
    finally:
        holder.kill()
        holder.wait()
    with open_cache(path) as cache:  # the lock dies with its process
        assert cache.store_batch([_article("2")]) == 1


def test_a_file_that_is_not_a_cache_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(
        CacheError, match=r"cannot open cache .*notes\.sqlite .*use another --cache"
    ):
        open_cache(path)
