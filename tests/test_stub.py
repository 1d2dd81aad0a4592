"""The loopback E-utilities stub, over real HTTP: NCBI's formats, limits, faults and CLI."""

from __future__ import annotations

import io

import httpx
import pytest
from Bio import Entrez

from synth.stub import run_stub

SYNTHETIC_FIRST = 90_000_000


@pytest.fixture(scope="module")
def stub():
    """Demo corpus plus 300 synthetic records, no rate limit, no faults."""
    with run_stub(synthetic=300, rate_limit=0) as server:
        yield server


def get(server, utility: str, **params) -> httpx.Response:
    params.setdefault("db", "pubmed")
    params.setdefault("tool", "synth-tests")
    return httpx.get(server.url + utility + ".fcgi", params=params, timeout=10)


def read(response: httpx.Response):
    """Bio.Entrez.read, which checks the document against NCBI's DTDs."""
    return Entrez.read(io.BytesIO(response.content))


def test_esearch_counts_and_pages_in_descending_pmid_order(stub):
    result = read(get(stub, "esearch", term="massage[ti]", retmax=5))
    assert int(result["Count"]) == 396
    assert result["IdList"] == [str(SYNTHETIC_FIRST + 299 - i) for i in range(5)]


def test_efetch_by_ids_returns_the_records_in_the_order_asked(stub):
    ids = [SYNTHETIC_FIRST + 7, SYNTHETIC_FIRST + 2]
    articles = read(get(stub, "efetch", id=",".join(map(str, ids)), retmode="xml"))
    got = [str(a["MedlineCitation"]["PMID"]) for a in articles["PubmedArticle"]]
    assert got == [str(i) for i in ids]
