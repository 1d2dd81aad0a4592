"""Tests for synth.parse: records from real PubMed XML, hostile input, EFetch splitting.

Fixtures named ``parse-*`` live in tests/fixtures/, one case per file.  Most are
real NCBI records copied from /work/shared/data/ncbi-real/ (whole files, or single
citations cut from the 2016 MEDLINE sample); the hand-written ones (book chapter,
ERROR page, broken records, attacks) say so in a comment at their top.
"""

from __future__ import annotations

import gzip
import io
import logging
from pathlib import Path

import pytest

from synth.exceptions import ParseError
from synth.parse import parse_article, parse_records, split_articles
from synth.records import AbstractSection, MeshHeading

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _records(name: str, **kwargs) -> list:
    return list(parse_records(FIXTURES / name, **kwargs))


# --- real records: one row per sample ------------------------------------------------------

SAMPLES = [
    # file, pmid, title starts, year, section labels, journal, doi, pmc, status, revised, entrez
    (
        "parse-efetch-two-records.xml",
        "12091962",
        "The treatment of AIDS behind the walls",
        1990,
        [],
        "Social justice (San Francisco, Calif.)",
        None,
        None,
        "MEDLINE",
        "2007-11-15",
        "1990-04-01",
    ),
    (
        "parse-structured-abstract.xml",
        "28775130",
        "Occupational pesticide exposure",
        2018,
        ["OBJECTIVES", "METHODS", "RESULTS", "CONCLUSIONS"],
        "Occupational and environmental medicine",
        "10.1136/oemed-2017-104431",
        "PMC5771820",
        "In-Data-Review",
        "2018-04-25",
        "2017-08-05",
    ),
    (
        "parse-inline-markup.xml",
        "30108519",
        'A "Blood Relationship" Between',
        2018,
        [None],
        "Frontiers in physiology",
        "10.3389/fphys.2018.01034",
        "PMC6079548",
        "PubMed-not-MEDLINE",
        "2018-08-17",
        "2018-08-16",
    ),
    (
        "parse-medline-date.xml",
        "26702168",
        "Impact of Modafinil Add-on",
        2015,
        ["BACKGROUND", "MATERIALS AND METHODS", "RESULTS", "CONCLUSIONS"],
        "Indian journal of psychological medicine",
        "10.4103/0253-7176.168561",
        "PMC4676202",
        "PubMed-not-MEDLINE",
        "2015-12-26",
        None,
    ),
    (
        "parse-book-article.xml",
        "99900010",
        "Massage for Chronic Neck Pain",
        2023,
        ["INTRODUCTION", "SUMMARY"],
        None,
        None,
        None,
        None,
        "2024-02-15",
        "2023-03-19",
    ),
]


SAMPLE_FIELDS = "name,pmid,title,year,labels,journal,doi,pmc,status,revised,entrez"


@pytest.mark.parametrize(SAMPLE_FIELDS, SAMPLES)
def test_sample_parses_to_expected_fields(
    name, pmid, title, year, labels, journal, doi, pmc, status, revised, entrez
) -> None:
    record = _records(name)[0]

    assert record.pmid == pmid
    assert record.title.startswith(title)
    assert record.year == year
    assert [section.label for section in record.abstract] == labels
    assert all(section.text for section in record.abstract)
    assert (record.journal, record.doi, record.pmc) == (journal, doi, pmc)
    assert (record.status, record.date_revised, record.entrez_date) == (status, revised, entrez)
    assert not record.deleted


def test_citation_details_come_through() -> None:
    first, second = _records("parse-efetch-two-records.xml")

    assert first.authors == ("Olivero JM",)
    assert (first.volume, first.issue, first.pages, first.language) == ("17", "1", "113-25", "eng")
    assert first.publication_types == ("Journal Article", "Review")
    assert first.keywords == ("Health Care and Public Health", "Legal Approach")
    assert MeshHeading("Acquired Immunodeficiency Syndrome", True, ()) in first.mesh
    # the major-topic flag of a qualifier makes the heading major
    assert MeshHeading("Chromatium", True, ("enzymology",)) in second.mesh
    assert MeshHeading("Iron", False, ("analysis",)) in second.mesh


def test_structured_abstract_keeps_nlm_categories() -> None:
    record = _records("parse-structured-abstract.xml")[0]

    assert [s.nlm_category for s in record.abstract] == [
        "OBJECTIVE",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert record.abstract[-1].text.startswith("Our results suggest that long-term exposure")


def test_inline_markup_and_mathml_are_flattened_to_text() -> None:
    record = _records("parse-inline-markup.xml")[0]

    assert record.title.startswith('A "Blood Relationship" Between the Overlooked')
    assert "<" not in record.title and "  " not in record.title
    assert "maximal oxygen uptake ( V.O2max ) 67.6" in record.abstract_text
    assert "km·h-1" in record.abstract_text
    assert "\n" not in record.abstract_text


def test_collective_author_is_listed_by_its_name() -> None:
    record = _records("parse-collective-author.xml")[0]

    assert record.authors[0] == "Guo F"
    assert record.authors[-1] == "Canadian Respiratory Research Network"


def test_translated_title_is_recognised() -> None:
    record = _records("parse-translated-title.xml")[0]

    assert record.title == "[Vaccines are drugs]."
    assert record.title_translated
    assert record.language == "ita"


def test_english_title_is_not_marked_translated() -> None:
    assert not _records("parse-structured-abstract.xml")[0].title_translated


@pytest.mark.parametrize(
    ("medline_date", "year"),
    [
        ("2015 Oct-Dec", 2015),
        ("1998 Dec-1999 Jan", 1998),
        ("Spring 2001", 2001),
        ("2000-2001", 2000),
    ],
)
def test_year_comes_from_medline_date(medline_date: str, year: int) -> None:
    xml = _fixture("parse-medline-date.xml").replace(b"2015 Oct-Dec", medline_date.encode())

    assert next(parse_records(xml)).year == year


def test_book_article_reads_chapter_title_and_authors() -> None:
    record = _records("parse-book-article.xml")[0]

    assert record.authors == ("Writer BC", "Example Neck Pain Group")
    assert record.publication_types == ("Review",)
    assert record.keywords == ("massage",)
    assert record.abstract[0] == AbstractSection("Neck pain is common in adults.", "INTRODUCTION")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("parse-delete-citation.xml", [("26109528", False), ("26432306", True)]),
        (
            "parse-efetch-with-delete.xml",
            [("12091962", False), ("26432306", True), ("26432307", True)],
        ),
    ],
)
def test_delete_citation_gives_deleted_records(name: str, expected: list) -> None:
    records = _records(name)

    assert [(r.pmid, r.deleted) for r in records] == expected
    assert all(r.title == "" for r in records if r.deleted)


# --- sources: paths, gzip, bytes, file objects ---------------------------------------------


def test_gzipped_file_is_read_by_its_magic_bytes(tmp_path: Path) -> None:
    pmids = ["36400559", "2930949", "11446611", "28786991"]
    assert [r.pmid for r in _records("parse-pubmed-2024.xml.gz")] == pmids

    renamed = tmp_path / "no-suffix.xml"
    renamed.write_bytes(_fixture("parse-pubmed-2024.xml.gz"))
    assert [r.pmid for r in parse_records(renamed)] == pmids


@pytest.mark.parametrize("kind", ["bytes", "file object", "gzip bytes", "str path"])
def test_every_source_kind_gives_the_same_records(kind: str) -> None:
    xml = _fixture("parse-efetch-two-records.xml")
    source = {
        "bytes": xml,
        "file object": io.BytesIO(xml),
        "gzip bytes": gzip.compress(xml),
        "str path": str(FIXTURES / "parse-efetch-two-records.xml"),
    }[kind]

    assert [r.pmid for r in parse_records(source)] == ["12091962", "9997"]


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xml"

    with pytest.raises(ParseError, match="nowhere.xml"):
        list(parse_records(missing))


def test_non_pubmed_xml_is_refused_with_its_root() -> None:
    with pytest.raises(ParseError, match="eFetchResult.*Cannot retrieve history data"):
        _records("parse-efetch-error.xml")


# --- broken and hostile input --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "where", "message"),
    [
        ("parse-malformed-no-article.xml", "99900002", "no Article"),
        ("parse-malformed-no-pmid.xml", "record 2 (line 6)", "no PMID"),
    ],
)
def test_malformed_record_is_reported_and_skipped(name: str, where: str, message: str) -> None:
    errors: list[tuple[str, str]] = []

    records = _records(name, on_error=lambda w, m: errors.append((w, m)))

    assert [r.pmid for r in records] == ["12091962", "9997"]
    assert len(errors) == 1
    assert errors[0][0] == where
    assert message in errors[0][1]


def test_malformed_record_is_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="synth.parse"):
        records = _records("parse-malformed-no-article.xml")

    assert len(records) == 2
    assert "99900002" in caplog.text


def test_truncated_file_yields_records_before_the_break_then_fails() -> None:
    stream = parse_records(FIXTURES / "parse-efetch-truncated.xml")

    assert next(stream).pmid == "12091962"
    with pytest.raises(ParseError, match=r"parse-efetch-truncated\.xml: XML breaks at line 4"):
        next(stream)


def _cut_after(xml: bytes, marker: bytes, extra: int) -> bytes:
    """``xml`` cut ``extra`` bytes after the first ``marker`` (negative: inside it)."""
    return xml[: xml.index(marker) + len(marker) + extra]


# where the bytes stop: the first record is whole in every case but the last
BREAKS = [
    ("right after the first record", b"</PubmedArticle>", 0, ["12091962"]),
    ("after the newline following it", b"</PubmedArticle>", 1, ["12091962"]),
    ("inside the next start tag", b"</PubmedArticle>", 8, ["12091962"]),
    ("before the first record's end tag", b"</PubmedArticle>", -1, []),
]


@pytest.mark.parametrize(("where", "marker", "extra", "pmids"), BREAKS, ids=[b[0] for b in BREAKS])
@pytest.mark.parametrize("kind", ["bytes", "file object", "path"])
def test_a_break_yields_exactly_the_records_complete_before_it(
    tmp_path: Path, kind: str, where: str, marker: bytes, extra: int, pmids: list[str]
) -> None:
    xml = _cut_after(_fixture("parse-efetch-two-records.xml"), marker, extra)
    (tmp_path / "cut.xml").write_bytes(xml)
    source = {"bytes": xml, "file object": io.BytesIO(xml), "path": tmp_path / "cut.xml"}[kind]
    stream = parse_records(source)

    assert [next(stream).pmid for _ in pmids] == pmids
    with pytest.raises(ParseError, match="XML breaks at line"):
        next(stream)


@pytest.mark.parametrize("junk", [b"<", b"</x>", b"&"])
def test_junk_between_records_keeps_the_record_before_it(junk: bytes) -> None:
    xml = _fixture("parse-efetch-two-records.xml")
    end = xml.index(b"</PubmedArticle>") + len(b"</PubmedArticle>")
    stream = parse_records(xml[:end] + junk + xml[end:])

    assert next(stream).pmid == "12091962"
    with pytest.raises(ParseError, match="XML breaks at line"):
        next(stream)


def _large_set(copies: int) -> bytes:
    """A PubmedArticleSet of ``copies`` x the two-records fixture, several parser chunks long."""
    xml = _fixture("parse-efetch-two-records.xml")
    first = xml.index(b"<PubmedArticle>")
    end = xml.rindex(b"</PubmedArticle>") + len(b"</PubmedArticle>")
    return xml[:first] + xml[first:end] * copies + xml[end:]


@pytest.mark.parametrize("cut", [None, 0.5, 0.93])
def test_a_large_file_reads_alike_from_a_path_and_a_stream(
    tmp_path: Path, cut: float | None
) -> None:
    xml = _large_set(60)  # ~550 KB
    xml = xml if cut is None else xml[: int(len(xml) * cut)]
    (tmp_path / "large.xml").write_bytes(xml)

    def read(source: object) -> tuple[list, str | None]:
        records: list = []
        try:
            records.extend(parse_records(source))
        except ParseError as exc:
            return records, str(exc).split(": ", 1)[1]
        return records, None

    from_path = read(tmp_path / "large.xml")
    from_stream = read(io.BytesIO(xml))

    assert from_path == from_stream
    records, error = from_path
    if cut is None:
        assert len(records) == 120 and error is None
    else:
        assert 0 < len(records) < 120 and error.startswith("XML breaks at line")


def test_a_record_wrapped_in_an_unknown_element_is_still_read() -> None:
    xml = _fixture("parse-efetch-with-delete.xml")
    first = xml.index(b"<PubmedArticle>")
    end = xml.index(b"</PubmedArticle>") + len(b"</PubmedArticle>")
    wrapped = xml[:first] + b"<Wrapper>" + xml[first:end] + b"</Wrapper>" + xml[end:]

    plain = [(r.pmid, r.deleted) for r in parse_records(xml)]

    assert [(r.pmid, r.deleted) for r in parse_records(wrapped)] == plain
    assert plain[0] == ("12091962", False)


def test_external_entity_does_not_read_the_local_file() -> None:
    canary = (FIXTURES / "parse-xxe-canary.txt").read_text().split(":")[0]

    for source in (FIXTURES / "parse-xxe-local-file.xml", _fixture("parse-xxe-local-file.xml")):
        record = next(parse_records(source))
        assert canary not in record.title + record.abstract_text
        assert record.title == "Leak: &xxe;"


def test_billion_laughs_is_refused_without_expanding() -> None:
    with pytest.raises(ParseError, match="entity"):
        _records("parse-billion-laughs.xml")


def test_stored_blob_with_an_entity_attack_is_not_expanded() -> None:
    blob = _fixture("parse-xxe-local-file.xml")

    assert parse_article(blob).title == "Leak: &xxe;"


# --- split_articles and parse_article ------------------------------------------------------


def test_split_articles_gives_one_blob_per_record_with_status_and_revision() -> None:
    articles = split_articles(_fixture("parse-efetch-two-records.xml"))

    assert [(a.pmid, a.status, a.date_revised, a.deleted) for a in articles] == [
        ("12091962", "MEDLINE", "2007-11-15", False),
        ("9997", "MEDLINE", "2019-06-09", False),
    ]
    assert articles[0].xml.startswith(b"<PubmedArticle>")
    assert articles[0].xml.endswith(b"</PubmedArticle>")
    assert b"9997" not in articles[0].xml


def test_split_articles_reads_book_records() -> None:
    (article,) = split_articles(_fixture("parse-book-article.xml"))

    assert (article.pmid, article.status, article.date_revised) == ("99900010", None, "2024-02-15")
    assert article.xml.startswith(b"<PubmedBookArticle>")


def test_split_articles_marks_deleted_pmids() -> None:
    articles = split_articles(_fixture("parse-efetch-with-delete.xml"))

    assert [(a.pmid, a.deleted, a.xml) for a in articles[1:]] == [
        ("26432306", True, b""),
        ("26432307", True, b""),
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("parse-efetch-error.xml", "Cannot retrieve history data"),
        ("parse-efetch-truncated.xml", "truncated"),
        ("esearch-history.xml", "not a PubmedArticleSet"),
    ],
)
def test_split_articles_refuses_unusable_responses(name: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        split_articles(_fixture(name))


@pytest.mark.parametrize(
    "name",
    [
        "parse-efetch-two-records.xml",
        "parse-structured-abstract.xml",
        "parse-inline-markup.xml",
        "parse-collective-author.xml",
        "parse-book-article.xml",
    ],
)
def test_stored_blobs_parse_like_the_stream(name: str) -> None:
    streamed = _records(name)

    stored = [parse_article(a.xml) for a in split_articles(_fixture(name))]

    assert stored == streamed


def test_parse_article_refuses_a_broken_blob() -> None:
    with pytest.raises(ParseError, match="not well-formed"):
        parse_article(b"<PubmedArticle><MedlineCitation>")


# --- the bench corpus (make bench) ---------------------------------------------------------


def test_bench_corpus_replicates_real_records_with_fresh_pmids(tmp_path: Path) -> None:
    from synth.bench import FIRST_PMID, build_corpus, load_templates

    samples = tmp_path / "samples"
    samples.mkdir()
    for name in ("parse-efetch-two-records.xml", "parse-medline-date.xml"):
        (samples / name).write_bytes(_fixture(name))

    path = build_corpus(load_templates(samples), 5, folder=tmp_path / "bench")
    records = list(parse_records(path))

    assert [r.pmid for r in records] == [str(FIRST_PMID + i) for i in range(5)]
    assert records[0].title == records[3].title  # three templates, cycled
    assert records[2].title.startswith("Impact of Modafinil")


def test_bench_readers_count_the_same_records(tmp_path: Path) -> None:
    from synth.bench import (
        build_corpus,
        load_templates,
        read_entrez,
        read_lxml,
        read_parse,
        read_parse_tag,
        read_parse_tag_jobs,
    )

    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "two.xml").write_bytes(_fixture("parse-efetch-two-records.xml"))
    path = build_corpus(load_templates(samples), 7, folder=tmp_path / "bench")

    assert read_entrez(path) == read_lxml(path) == read_parse(path) == 7
    assert read_parse_tag(path) == read_parse_tag_jobs(path) == 7


@pytest.mark.parametrize(("rate", "verdict"), [(8_000.0, ">= 8x PASS"), (7_900.0, ">= 8x FAIL")])
def test_bench_table_marks_the_parse_target(rate: float, verdict: str) -> None:
    from synth.bench import Timing, format_table

    baseline = Timing("Bio.Entrez.read", 1_000, 1.0)
    timings = [baseline, Timing("synth parse", int(rate), 1.0)]

    table = format_table(timings, baseline=baseline, targets={"synth parse": 8.0})

    assert table.splitlines()[2].endswith(verdict)
