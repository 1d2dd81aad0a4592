"""The loopback E-utilities stub, over real HTTP: NCBI's formats, limits, faults and CLI."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from Bio import Entrez
from lxml import etree

from synth.stub import FAULT_KINDS, run_stub, synthetic_corpus, write_dev_corpus

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_CORPUS = FIXTURES / "stub-corpus.xml"
SYNTHETIC_FIRST = 90_000_000
NCBI = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
PUBMED_DTD = Path(Entrez.__file__).parent / "DTDs" / "pubmed_250101.dtd"
HTTP = httpx.Client(timeout=10)  # one client: building one per request costs an SSL context


@pytest.fixture(scope="module")
def stub():
    """Demo corpus plus 300 synthetic records, no rate limit, no faults."""
    with run_stub(synthetic=300, rate_limit=0) as server:
        yield server


@pytest.fixture(scope="module")
def small():
    """The four hand-made records of tests/fixtures/stub-corpus.xml."""
    with run_stub(corpus=[SMALL_CORPUS], rate_limit=0) as server:
        yield server


@pytest.fixture(scope="module")
def big():
    """More records than PubMed's 9,999-record window."""
    with run_stub(corpus=(), synthetic=10_050, rate_limit=0) as server:
        yield server


def call(server, utility: str, *, post: bool = False, **params) -> httpx.Response:
    params.setdefault("db", "pubmed")
    params.setdefault("tool", "synth-tests")
    url = server.url + utility + ".fcgi"
    if post:
        return HTTP.post(url, data=params)
    return HTTP.get(url, params=params)


def read(response: httpx.Response):
    """Bio.Entrez.read, which reads the document against NCBI's own DTDs."""
    return Entrez.read(io.BytesIO(response.content))


def pmids_of(article_set) -> list[str]:
    return [str(a["MedlineCitation"]["PMID"]) for a in article_set["PubmedArticle"]]


# --- NCBI's formats, read by Bio.Entrez ------------------------------------------------------


def test_esearch_counts_and_pages_in_descending_pmid_order(stub):
    result = read(call(stub, "esearch", term="massage[ti]", retmax=5, retstart=2))
    assert int(result["Count"]) == 396  # 96 demo records + 300 synthetic
    assert result["IdList"] == [str(SYNTHETIC_FIRST + 297 - i) for i in range(5)]
    assert (result["RetMax"], result["RetStart"]) == ("5", "2")


def test_esearch_with_history_then_efetch_from_the_history_server(stub):
    search = read(call(stub, "esearch", term="massage[ti]", usehistory="y", retmax=0))
    assert search["WebEnv"].startswith("MCID_") and search["QueryKey"] == "1"
    fetched = read(
        call(
            stub,
            "efetch",
            WebEnv=search["WebEnv"],
            query_key=search["QueryKey"],
            retstart=1,
            retmax=3,
            retmode="xml",
        )
    )
    assert pmids_of(fetched) == [str(SYNTHETIC_FIRST + 298 - i) for i in range(3)]


def test_efetch_by_ids_keeps_the_order_asked_and_skips_unknown_ids(stub):
    ids = [SYNTHETIC_FIRST + 7, 5, SYNTHETIC_FIRST + 2]
    fetched = read(call(stub, "efetch", id=",".join(map(str, ids)), retmode="xml"))
    assert pmids_of(fetched) == [str(SYNTHETIC_FIRST + 7), str(SYNTHETIC_FIRST + 2)]


def test_efetch_by_post_and_rettype_abstract(stub):
    ids = ",".join(str(SYNTHETIC_FIRST + i) for i in range(250))
    response = call(stub, "efetch", post=True, id=ids, retmode="xml", rettype="abstract")
    assert len(pmids_of(read(response))) == 250


def test_epost_stores_valid_ids_and_lists_invalid_ones(stub):
    posted = read(call(stub, "epost", post=True, id=f"{SYNTHETIC_FIRST + 1},abc,5"))
    assert posted["InvalidIdList"] == ["abc", "5"]
    fetched = read(
        call(stub, "efetch", WebEnv=posted["WebEnv"], query_key=posted["QueryKey"], retmode="xml")
    )
    assert pmids_of(fetched) == [str(SYNTHETIC_FIRST + 1)]


def test_epost_with_nothing_valid_is_ncbis_error(stub):
    with pytest.raises(RuntimeError, match="Empty ID list"):
        read(call(stub, "epost", id="abc"))


def test_a_term_that_matches_nothing_reports_phrase_not_found(stub):
    result = read(call(stub, "esearch", term="zzqxv[tiab]"))
    assert result["Count"] == "0" and result["IdList"] == []
    assert result["ErrorList"]["PhraseNotFound"] == ["zzqxv"]
    assert result["WarningList"]["OutputMessage"] == ["No items found."]


def test_an_unknown_database_is_ncbis_error(stub):
    with pytest.raises(RuntimeError, match="Invalid db name specified: nucleotide"):
        read(call(stub, "esearch", db="nucleotide", term="massage"))


def test_esearch_json_looks_like_ncbis(stub):
    body = call(stub, "esearch", term="massage[ti]", retmode="json", usehistory="y").json()
    result = body["esearchresult"]
    assert body["header"]["type"] == "esearch"
    assert result["count"] == "396" and len(result["idlist"]) == 20
    assert result["webenv"].startswith("MCID_") and result["querykey"] == "1"


def test_esearch_ands_a_term_with_a_history_set(stub):
    first = read(call(stub, "esearch", term="anxiety[tiab]", usehistory="y"))
    both = call(
        stub,
        "esearch",
        term="swedish[ti]",
        WebEnv=first["WebEnv"],
        query_key=first["QueryKey"],
        usehistory="y",
    )
    by_number = call(stub, "esearch", term="#1 AND swedish[ti]", WebEnv=first["WebEnv"])
    alone = read(call(stub, "esearch", term="anxiety[tiab] AND swedish[ti]"))
    assert read(both)["Count"] == read(by_number)["Count"] == alone["Count"] != "0"
    assert read(both)["QueryKey"] == "2"


def test_rettype_count_gives_the_count_alone(stub):
    assert read(call(stub, "esearch", term="massage[ti]", rettype="count")) == {"Count": "396"}
    as_json = call(stub, "esearch", term="massage[ti]", rettype="count", retmode="json").json()
    assert as_json["esearchresult"] == {"count": "396"}


# --- the 9,999-record window -----------------------------------------------------------------


def test_esearch_serves_up_to_record_9999_and_refuses_retstart_past_9998(big):
    result = read(call(big, "esearch", term="massage[ti]", retstart=9998, retmax=500))
    assert result["Count"] == "10050"  # the count is the full one
    assert result["IdList"] == [str(SYNTHETIC_FIRST + 10_050 - 9999)]
    with pytest.raises(RuntimeError, match="'retstart' cannot be larger than 9998"):
        read(call(big, "esearch", term="massage[ti]", retstart=9999))


def test_efetch_through_history_stops_at_record_9999(big):
    search = read(call(big, "esearch", term="massage[ti]", usehistory="y", retmax=0))
    history = {"WebEnv": search["WebEnv"], "query_key": search["QueryKey"], "retmode": "xml"}
    assert len(pmids_of(read(call(big, "efetch", retstart=9990, retmax=500, **history)))) == 9
    refused = call(big, "efetch", retstart=9999, retmax=500, **history)
    assert b"<ERROR>" in refused.content and b"9998" in refused.content


def test_a_uid_window_still_splits_a_large_search(big):
    low = read(call(big, "esearch", term=f"massage[ti] AND {SYNTHETIC_FIRST}:90004999[uid]"))
    high = read(call(big, "esearch", term="massage[ti] AND 90005000:90099999[uid]"))
    assert (low["Count"], high["Count"]) == ("5000", "5050")


# --- the query language ----------------------------------------------------------------------

QUERIES = [
    ("massage[ti]", {"1001", "1002", "1004"}),
    ("massage[tiab]", {"1001", "1002", "1003", "1004"}),
    ("massage", {"1001", "1002", "1003", "1004"}),
    ("anxiety[ti]", set()),
    ("anxiety[title/abstract]", {"1001", "1002"}),
    ('"neck pain"[ti]', {"1001"}),
    ("neck pain[ti]", {"1001"}),
    ("pain neck[ti]", set()),
    ('"pain neck"', set()),
    ("massage-like[ti]", {"1004"}),
    ("massag*[ti]", {"1001", "1002", "1004"}),
    ("massage[ti] AND anxiety", {"1001", "1002"}),
    ("massage[ti] NOT infant*", {"1001", "1004"}),
    ("exercise OR stroking", {"1003", "1004"}),
    ("(exercise OR stroking) AND massage[ti]", {"1004"}),
    ("massage[ti] anxiety", {"1001", "1002"}),
    ("neck pain[mh]", {"1001"}),
    ("1002:1003[uid]", {"1002", "1003"}),
    ("1004[pmid]", {"1004"}),
    ("2001[dp]", {"1001"}),
    ("1998[dp]", {"1002"}),
    ("2005/03/01:2005/04/30[dp]", {"1003"}),
    ("2000:2010[dp]", {"1001", "1003", "1004"}),
    ('"2001/01/01"[PDAT] : "2005/12/31"[PDAT]', {"1001", "1003"}),
    ("2011[edat]", {"1004"}),
    ("2006[mdat]", {"1003"}),
]


@pytest.mark.parametrize(("term", "expected"), QUERIES)
def test_query_language(small, term, expected):
    result = read(call(small, "esearch", term=term))
    assert set(result["IdList"]) == expected
    assert result["IdList"] == sorted(expected, key=int, reverse=True)


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ({"mindate": "2001", "maxdate": "2005"}, {"1001", "1003"}),
        ({"mindate": "1999/01", "maxdate": "2001/03/04"}, set()),
        ({"mindate": "2011", "maxdate": "2011", "datetype": "edat"}, {"1004"}),
        ({"mindate": "1998/12/01", "maxdate": "1998/12/31", "datetype": "pdat"}, {"1002"}),
    ],
)
def test_mindate_and_maxdate(small, dates, expected):
    assert set(read(call(small, "esearch", term="massage", **dates))["IdList"]) == expected


def test_a_corpus_sharing_one_date_is_split_by_uid_not_by_date():
    with run_stub(corpus=(), synthetic=2000, same_date=True, rate_limit=0) as server:
        same_day = read(call(server, "esearch", term="2020/06/15[dp]"))
        window = read(call(server, "esearch", term="massage AND 90000000:90000499[uid]"))
    assert same_day["Count"] == "2000"
    assert window["Count"] == "500"


# --- corpus changes while serving ------------------------------------------------------------


def test_deleted_records_are_silently_absent_and_updates_show_in_efetch(small):
    small.corpus.update("1002", status="MEDLINE", date_revised="2024-05-06")
    small.corpus.remove(["1004"])
    try:
        fetched = call(small, "efetch", id="1002,1004", retmode="xml").content
        record = etree.fromstring(fetched).find("PubmedArticle/MedlineCitation")
        assert record.get("Status") == "MEDLINE"
        assert [record.findtext(f"DateRevised/{p}") for p in ("Year", "Month", "Day")] == [
            "2024",
            "05",
            "06",
        ]
        assert b'<PMID Version="1">1004<' not in fetched
        assert read(call(small, "esearch", term="massage[ti]"))["IdList"] == ["1002", "1001"]
    finally:
        small.corpus.add_xml(SMALL_CORPUS.read_bytes())


def test_add_xml_makes_new_records_searchable(small):
    small.corpus.add_xml(synthetic_corpus(3, start_pmid=95_000_000))
    try:
        assert read(call(small, "esearch", term="95000000:95000002[uid]"))["Count"] == "3"
    finally:
        small.corpus.remove(["95000000", "95000001", "95000002"])


# --- rate limit -------------------------------------------------------------------------------


def requests_until_429(server, limit: int, **params) -> httpx.Response:
    for _ in range(limit + 20):
        response = HTTP.get(
            server.url + "esearch.fcgi", params={"db": "pubmed", "term": "x", **params}
        )
        if response.status_code == 429:
            return response
    pytest.fail("no HTTP 429 from a server with a rate limit")


def test_over_the_rate_limit_is_ncbis_429_and_never_echoes_the_api_key(capsys):
    with run_stub(corpus=[SMALL_CORPUS], rate_limit=2, verbose=True) as server:
        response = requests_until_429(server, 2, api_key="SECRET-KEY-123")
        assert server.stats["429"] >= 1
    body = response.json()
    assert body["error"] == "API rate limit exceeded"
    assert body["api-key"] == "127.0.0.1" and body["limit"] == "2" and int(body["count"]) > 2
    assert response.headers["Retry-After"] == "1"
    logs = capsys.readouterr()
    assert "SECRET" not in response.text + str(response.headers) + logs.out + logs.err
    assert "esearch.fcgi" in logs.out  # verbose does log requests, just not their parameters


def test_a_malformed_request_is_refused_without_quoting_its_api_key(small, capsys):
    host, port = small.url.split("/")[2].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(b"GET /entrez/eutils/esearch.fcgi?api_key=SECRET-9 HTTP/1.1 junk\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    assert b"400" in answer and b"SECRET" not in answer
    assert "SECRET" not in capsys.readouterr().out


@pytest.mark.parametrize(("params", "limit"), [({}, "3"), ({"api_key": "k"}, "10")])
def test_ncbis_default_limits_are_3_and_10_with_a_key(params, limit):
    with run_stub(corpus=[SMALL_CORPUS]) as server:
        assert requests_until_429(server, 10, **params).json()["limit"] == limit


# --- faults -----------------------------------------------------------------------------------


def fault_session(seed: int) -> tuple[list[tuple[int, str]], dict]:
    """The same 24 requests against a faulty stub: (status, body digest) each, and stats."""
    faults = {"5xx": 0.2, "error200": 0.2, "truncate": 0.2, "expire_webenv": 0.3}
    outcome = []
    with run_stub(corpus=[SMALL_CORPUS], faults=faults, seed=seed, rate_limit=0) as server:
        for i in range(24):
            utility, params = "esearch", {"term": "massage", "usehistory": "y"}
            if i % 2:
                webenv, key = server.history.store(["1001", "1003"])
                utility, params = "efetch", {"WebEnv": webenv, "query_key": key, "retmode": "xml"}
            try:
                response = call(server, utility, **params)
                digest = hashlib.sha1(response.content).hexdigest()
                outcome.append((response.status_code, digest))
            except httpx.TransportError as exc:  # a truncated transfer
                outcome.append((0, type(exc).__name__))
        return outcome, dict(server.stats)


def test_seeded_faults_replay_identically():
    first, stats = fault_session(seed=11)
    again, stats_again = fault_session(seed=11)
    assert first == again and stats == stats_again
    assert all(stats.get(f"fault:{kind}") for kind in FAULT_KINDS if kind != "slow")
    assert fault_session(seed=12)[0] != first


def test_a_5xx_fault_is_an_html_error_page():
    with run_stub(corpus=[SMALL_CORPUS], faults={"5xx": 1.0}, rate_limit=0) as server:
        response = call(server, "esearch", term="massage")
        assert server.stats["fault:5xx"] == 1
    assert response.status_code in (500, 502, 503)
    assert response.headers["content-type"].startswith("text/html")


def test_an_error200_fault_is_an_error_inside_http_200():
    with run_stub(corpus=[SMALL_CORPUS], faults={"error200": 1.0}, rate_limit=0) as server:
        search = call(server, "esearch", term="massage")
        fetched = call(server, "efetch", id="1001", retmode="xml")
    assert search.status_code == fetched.status_code == 200
    with pytest.raises(RuntimeError, match="Search Backend failed"):
        read(search)
    root = etree.fromstring(fetched.content)
    assert root.tag == "eFetchResult" and root.findtext("ERROR")


def test_a_truncated_efetch_body_never_parses():
    with run_stub(corpus=[SMALL_CORPUS], faults={"truncate": 1.0}, rate_limit=0, seed=3) as server:
        for _ in range(6):
            try:
                body = call(server, "efetch", id="1001,1002,1003,1004", retmode="xml").content
            except httpx.TransportError:
                continue  # the transfer stopped short of its Content-Length
            with pytest.raises(etree.XMLSyntaxError):
                etree.fromstring(body)
        assert server.stats["fault:truncate"] == 6
        assert server.stats["efetch_ids"] == 0


def test_an_expired_webenv_answers_unable_to_obtain_query():
    with run_stub(corpus=[SMALL_CORPUS], rate_limit=0) as server:
        search = read(call(server, "esearch", term="massage", usehistory="y"))
        server.expire_webenvs()
        history = {"WebEnv": search["WebEnv"], "query_key": "1", "retmode": "xml"}
        fetched = call(server, "efetch", **history)
        with pytest.raises(RuntimeError, match="Unable to obtain query #1"):
            read(call(server, "esearch", term="massage", **history))
    assert etree.fromstring(fetched.content).findtext("ERROR") == "Unable to obtain query #1"


def test_the_expire_webenv_fault_forgets_the_webenv_it_is_asked_for():
    with run_stub(corpus=[SMALL_CORPUS], faults={"expire_webenv": 1.0}, rate_limit=0) as server:
        search = read(call(server, "esearch", term="massage", usehistory="y"))
        fetched = call(server, "efetch", WebEnv=search["WebEnv"], query_key="1", retmode="xml")
        assert server.stats["fault:expire_webenv"] == 1  # the search carried no WebEnv
    assert b"Unable to obtain query #1" in fetched.content


def test_a_slow_fault_outlasts_a_short_client_timeout():
    with run_stub(corpus=[SMALL_CORPUS], faults={"slow": 1.0}, delay=2.0, rate_limit=0) as server:
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(server.url + "esearch.fcgi?db=pubmed&term=massage", timeout=0.2)
        assert server.stats["fault:slow"] == 1


# --- statistics, the Bio.Entrez client, the corpora --------------------------------------------


def test_stats_count_requests_records_served_and_missing_tool(small):
    small.reset_stats()
    call(small, "efetch", id="1001,1003,99", retmode="xml")
    HTTP.get(small.url + "esearch.fcgi", params={"db": "pubmed", "term": "massage"})
    assert small.stats["efetch"] == 1 and small.stats["esearch"] == 1
    assert small.stats["efetch_ids"] == 2
    assert small.stats["no_tool"] == 1


def test_bio_entrez_pointed_at_the_stub_works_as_a_client(small, monkeypatch):
    build_request = Entrez._build_request

    def to_stub(cgi, *args, **kwargs):
        return build_request(cgi.replace(NCBI, small.url), *args, **kwargs)

    monkeypatch.setattr(Entrez, "_build_request", to_stub)
    monkeypatch.setattr(Entrez, "email", "tests@example.org")
    monkeypatch.setattr(Entrez, "tool", "synth-tests")
    search = Entrez.read(Entrez.esearch(db="pubmed", term="massage[ti]", usehistory="y"))
    handle = Entrez.efetch(
        db="pubmed", webenv=search["WebEnv"], query_key=search["QueryKey"], retmode="xml"
    )
    assert pmids_of(Entrez.read(handle)) == ["1004", "1002", "1001"]


def test_synthetic_records_are_marked_valid_and_outside_real_pmids():
    xml = synthetic_corpus(40, seed=5)
    root = etree.fromstring(xml)
    assert etree.DTD(str(PUBMED_DTD)).validate(root)
    articles = root.findall("PubmedArticle")
    assert len(articles) == 40
    assert all(int(a.findtext(".//PMID")) >= SYNTHETIC_FIRST for a in articles)
    assert all(a.findtext(".//Keyword") == "synthetic" for a in articles)
    assert all("massage" in a.findtext(".//ArticleTitle").lower() for a in articles)
    assert len({a.findtext(".//PubDate/Year") for a in articles}) > 5
    assert synthetic_corpus(40, seed=5) == xml  # seeded


def test_a_same_date_synthetic_corpus_shares_one_pub_date():
    root = etree.fromstring(synthetic_corpus(30, same_date=True))
    dates = {etree.tostring(d) for d in root.iter("PubDate")}
    assert len(dates) == 1


def test_write_dev_corpus_renders_the_dev_set_as_valid_pubmed_xml(tmp_path):
    out = tmp_path / "dev.xml"
    assert write_dev_corpus(out) == 96
    root = etree.parse(str(out)).getroot()
    assert etree.DTD(str(PUBMED_DTD)).validate(root), etree.DTD(str(PUBMED_DTD)).error_log
    first = root.find("PubmedArticle/MedlineCitation")
    assert first.get("Status") == "MEDLINE" and first.find("DateRevised") is not None
    assert first.findtext("Article/Journal/JournalIssue/PubDate/Year") == "1995"
    labels = {t.get("Label") for t in root.iter("AbstractText")}
    assert {"RESULTS", "METHODS"} <= labels
    assert root.find(".//MeshHeading/DescriptorName[@MajorTopicYN='Y']") is not None


# --- `synth stub` ------------------------------------------------------------------------------


def test_synth_stub_with_a_missing_corpus_file_is_one_line(tmp_path, capsys):
    from synth.cli import main

    assert main(["stub", "--corpus", str(tmp_path / "none.xml")]) == 1
    err = capsys.readouterr().err
    assert "cannot read corpus file" in err and "none.xml" in err and err.count("\n") == 1


def test_synth_stub_prints_a_url_that_serves_until_terminated():
    command = [sys.executable, "-m", "synth", "stub", "--port", "0", "--rate-limit", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        export = process.stdout.readline()
        url = export.strip().removeprefix("export SYNTH_EUTILS_URL=")
        assert first.startswith("E-utilities stub serving 96 records at " + url)
        response = HTTP.get(url + "esearch.fcgi", params={"db": "pubmed", "term": "massage[ti]"})
        assert read(response)["Count"] == "96"
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0
    assert json.dumps(process.stderr.read()).count("Traceback") == 0
