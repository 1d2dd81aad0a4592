"""Tests for synth.parse: splitting EFetch responses, parsing records, hostile input.

Fixtures named ``parse-*`` live in tests/fixtures/, one case per file.  Most are
real NCBI records copied from /work/shared/data/ncbi-real/; the hand-written ones
(error page, book article, attacks, malformed record) say so in their first lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synth.exceptions import ParseError
from synth.parse import split_articles

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- split_articles ------------------------------------------------------------------------


def test_split_articles_gives_one_blob_per_record_with_status_and_revision() -> None:
    articles = split_articles(_fixture("parse-efetch-two-records.xml"))

    assert [(a.pmid, a.status, a.date_revised, a.deleted) for a in articles] == [
        ("12091962", "MEDLINE", "2007-11-15", False),
        ("9997", "MEDLINE", "2019-06-09", False),
    ]
    assert articles[0].xml.startswith(b"<PubmedArticle>")
    assert articles[0].xml.endswith(b"</PubmedArticle>")
    assert b"9997" not in articles[0].xml


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
