"""NCBI's response formats, rendered as bytes: ESearch (XML, JSON), EFetch, EPost, errors.

DOCTYPEs and element order follow the real responses in ``shared/data/ncbi-real``; every
XML body names a DTD that ships with Bio.Entrez, so ``Bio.Entrez.read`` validates it
offline.  Error texts are NCBI's own where known (marked "NCBI's wording").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" ?>\n'
PUBMED_DOCTYPE = (
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
ESEARCH_DOCTYPE = (
    b'<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    b'"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
EPOST_DOCTYPE = (
    b'<!DOCTYPE ePostResult PUBLIC "-//NLM//DTD epost 20090526//EN" '
    b'"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20090526/epost.dtd">\n'
)
# NCBI's EFetch error envelope really names "eEfetchResult" in its DOCTYPE while the root is
# eFetchResult; its efetch.dtd is not among Bio.Entrez's bundled DTDs.
EFETCH_DOCTYPE = (
    b'<!DOCTYPE eEfetchResult PUBLIC "-//NLM//DTD efetch 20131226//EN" '
    b'"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20131226/efetch.dtd">\n'
)

# NCBI's wording (ESearch, retstart past the 9,999-record window).
RETSTART_ERROR = (
    "Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. For PubMed, "
    "ESearch can only retrieve the first 9,999 records matching the query. To obtain more than "
    "9,999 PubMed records, consider using EDirect that contains additional logic to batch PubMed "
    "search results automatically so that an arbitrary number can be retrieved. For details see "
    "https://www.ncbi.nlm.nih.gov/books/NBK25499/"
)
# NCBI's wording (history server lost the WebEnv / query key).
LOST_QUERY_ERROR = "Unable to obtain query #{key}"
# NCBI's wording (unknown db, EPost with nothing valid).
BAD_DB_ERROR = "Invalid db name specified: {db}"
EMPTY_POST_ERROR = "Empty ID list; Nothing to store"
# NCBI's wording, seen when its search backend is down (used for the error200 fault).
BACKEND_ERROR = "Search Backend failed: Unable to open connection to #PMQuerySrv?dbaf=pubmed"
NO_ITEMS = "No items found."
_SET_END = b"\n</PubmedArticleSet>\n"


@dataclass
class SearchPage:
    """Everything an ESearch answer shows."""

    count: int
    retmax: int
    retstart: int
    ids: Sequence[str]
    translation: str
    query_key: int | None = None
    webenv: str | None = None
    not_found: list[str] = field(default_factory=list)
    fields_not_found: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def esearch_xml(page: SearchPage) -> bytes:
    """An eSearchResult document like NCBI's."""
    parts = [f"<eSearchResult><Count>{page.count}</Count>"]
    parts.append(f"<RetMax>{page.retmax}</RetMax><RetStart>{page.retstart}</RetStart>")
    if page.webenv is not None:
        parts.append(f"<QueryKey>{page.query_key}</QueryKey><WebEnv>{page.webenv}</WebEnv>")
    ids = "".join(f"<Id>{pmid}</Id>\n" for pmid in page.ids)
    parts.append(f"<IdList>\n{ids}</IdList>" if ids else "<IdList/>")
    parts.append(
        f"<TranslationSet/><QueryTranslation>{escape(page.translation)}</QueryTranslation>"
    )
    parts.append(_error_list(page) + _warning_list(page) + "</eSearchResult>\n")
    return XML_DECLARATION + ESEARCH_DOCTYPE + "".join(parts).encode()


def esearch_count(count: int, *, json_mode: bool = False) -> bytes:
    """The ``rettype=count`` answer: the Count alone."""
    if json_mode:
        return _json({"header": _header(), "esearchresult": {"count": str(count)}})
    body = f"<eSearchResult><Count>{count}</Count></eSearchResult>\n"
    return XML_DECLARATION + ESEARCH_DOCTYPE + body.encode()


def esearch_json(page: SearchPage) -> bytes:
    """The ``retmode=json`` ESearch answer (esearchresult object, strings for numbers)."""
    result: dict = {"count": str(page.count), "retmax": str(page.retmax)}
    result["retstart"] = str(page.retstart)
    if page.webenv is not None:
        result |= {"querykey": str(page.query_key), "webenv": page.webenv}
    result |= {"idlist": list(page.ids), "translationset": [], "querytranslation": page.translation}
    if page.not_found or page.fields_not_found:
        result["errorlist"] = {
            "phrasesnotfound": page.not_found,
            "fieldsnotfound": page.fields_not_found,
        }
    if page.warnings:
        result["warninglist"] = {
            "phrasesignored": [],
            "quotedphrasesnotfound": [],
            "outputmessages": page.warnings,
        }
    return _json({"header": _header(), "esearchresult": result})


def esearch_error(message: str, *, json_mode: bool = False) -> bytes:
    """An eSearchResult holding only an ERROR (HTTP 200, as NCBI sends it)."""
    if json_mode:
        return _json({"header": _header(), "esearchresult": {"ERROR": message}})
    body = f"<eSearchResult><ERROR>{escape(message)}</ERROR></eSearchResult>\n"
    return XML_DECLARATION + ESEARCH_DOCTYPE + body.encode()


def efetch_xml(articles: Iterable[bytes]) -> bytes:
    """A PubmedArticleSet of the given raw ``<PubmedArticle>`` blobs, in order."""
    body = b"\n".join(articles)
    return XML_DECLARATION + PUBMED_DOCTYPE + b"<PubmedArticleSet>\n" + body + _SET_END


def efetch_error(message: str) -> bytes:
    """NCBI's EFetch error envelope: ``<eFetchResult><ERROR>...`` in an HTTP 200."""
    body = f"<eFetchResult>\n\t<ERROR>{escape(message)}</ERROR>\n</eFetchResult>\n"
    return XML_DECLARATION + EFETCH_DOCTYPE + body.encode()


def epost_xml(
    *, query_key: int | None, webenv: str | None, invalid: Sequence[str] = (), error: str = ""
) -> bytes:
    """An ePostResult: InvalidIdList?, (QueryKey, WebEnv)?, ERROR?."""
    parts = ["<ePostResult>\n"]
    if invalid:
        ids = "".join(f"<Id>{escape(i)}</Id>" for i in invalid)
        parts.append(f"\t<InvalidIdList>{ids}</InvalidIdList>\n")
    if webenv is not None:
        parts.append(f"\t<QueryKey>{query_key}</QueryKey>\n\t<WebEnv>{webenv}</WebEnv>\n")
    if error:
        parts.append(f"\t<ERROR>{escape(error)}</ERROR>\n")
    parts.append("</ePostResult>\n")
    return XML_DECLARATION + EPOST_DOCTYPE + "".join(parts).encode()


def rate_limit_json(*, client: str, count: int, limit: int) -> bytes:
    """NCBI's 429 body; ``api-key`` holds the client address, never a key."""
    body = {"error": "API rate limit exceeded", "api-key": client}
    return json.dumps(body | {"count": str(count), "limit": str(limit)}).encode()


def error_page(status: int, reason: str) -> bytes:
    """A gateway-style HTML error page, as a proxy in front of E-utilities sends."""
    return (
        f"<html><head><title>{status} {reason}</title></head><body>"
        f"<center><h1>{status} {reason}</h1></center><hr><center>nginx</center>"
        "</body></html>\n"
    ).encode()


def _error_list(page: SearchPage) -> str:
    if not (page.not_found or page.fields_not_found):
        return ""
    phrases = "".join(f"<PhraseNotFound>{escape(p)}</PhraseNotFound>" for p in page.not_found)
    fields = "".join(f"<FieldNotFound>{escape(f)}</FieldNotFound>" for f in page.fields_not_found)
    return f"<ErrorList>{phrases}{fields}</ErrorList>"


def _warning_list(page: SearchPage) -> str:
    if not page.warnings:
        return ""
    messages = "".join(f"<OutputMessage>{escape(w)}</OutputMessage>" for w in page.warnings)
    return f"<WarningList>{messages}</WarningList>"


def _header() -> dict:
    return {"type": "esearch", "version": "0.3"}


def _json(obj: dict) -> bytes:
    return json.dumps(obj).encode()
