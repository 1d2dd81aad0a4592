"""Parse PubMed XML into :class:`~synth.records.Record` values (pure, streaming).

Three entry points:

- :func:`split_articles` cuts one EFetch response into per-record XML blobs for the
  cache, with the PMID, MEDLINE status and revision date of each.
- :func:`parse_article` reads one such blob back into a ``Record``.
- :func:`parse_records` streams a file, bytes or file object (EFetch output,
  annual baseline/update files, plain or gzipped) record by record in flat memory.

Every parser is built with DTD loading, entity expansion and network access
switched off, so hostile input cannot make it read files or fetch URLs (entity
references stay as ``&name;`` text; libxml2 refuses "billion laughs" outright).
Which element feeds which ``Record`` field is documented in :mod:`synth.parse.fields`;
how files are streamed (by chunks, or by end events as the exact fallback) in
:mod:`synth.parse.stream`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..exceptions import ParseError
from ..records import Record
from .fields import read_record
from .stream import ROOT_TAGS, SAFE, STREAM_TAGS, ErrorHandler, Source, stream_records
from .text import read_date, strip_text

__all__ = ["ArticleXml", "parse_article", "parse_records", "split_articles"]

_LOG = logging.getLogger("synth.parse")
_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")


@dataclass(frozen=True)
class ArticleXml:
    """One record of an EFetch response, serialised alone, as the cache stores it."""

    pmid: str
    xml: bytes
    status: str | None = None
    date_revised: str | None = None
    deleted: bool = False


def _xml_parser() -> etree.XMLParser:
    return etree.XMLParser(**SAFE)


# --- splitting EFetch responses ------------------------------------------------------------


def split_articles(xml: bytes) -> list[ArticleXml]:
    """Split one EFetch ``PubmedArticleSet`` response into per-record blobs.

    Each ``PubmedArticle`` / ``PubmedBookArticle`` is serialised alone (UTF-8, no
    declaration); each PMID of a ``DeleteCitation`` gives ``deleted=True`` with
    empty ``xml``.  Raises :class:`ParseError` on malformed or truncated XML, on an
    ``<ERROR>`` element and on a response that is not a ``PubmedArticleSet``.
    """
    root = _parse_response(xml)
    articles: list[ArticleXml] = []
    for position, element in enumerate(root, 1):
        tag = element.tag
        if tag in _RECORD_TAGS:
            articles.append(_article_xml(element, position=position))
        elif tag == "DeleteCitation":
            articles.extend(_deleted_xml(element))
    return articles


def _parse_response(xml: bytes) -> etree._Element:
    if not xml or not xml.strip():
        raise ParseError("empty EFetch response: expected a PubmedArticleSet; retry the batch")
    try:
        root = etree.fromstring(xml, parser=_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"malformed or truncated EFetch XML ({exc}); retry the batch") from None
    errors = [" ".join((e.text or "").split()) for e in root.iter("ERROR")]
    if errors:
        raise ParseError(f"EFetch returned <ERROR>: {errors[0][:200]}")
    if root.tag != "PubmedArticleSet":
        raise ParseError(f"EFetch response is a <{root.tag}>, not a PubmedArticleSet")
    return root


def _article_xml(element: etree._Element, *, position: int) -> ArticleXml:
    citation = element.find("MedlineCitation")
    if citation is None:
        citation = element.find("BookDocument")
    pmid = _text(citation.find("PMID")) if citation is not None else None
    if not pmid:
        raise ParseError(f"record {position} of the EFetch response has no PMID")
    return ArticleXml(
        pmid=pmid,
        xml=etree.tostring(element, encoding="UTF-8", with_tail=False),
        status=citation.get("Status"),
        date_revised=_date(citation.find("DateRevised")),
    )


def _deleted_xml(element: etree._Element) -> list[ArticleXml]:
    pmids = (_text(pmid) for pmid in element.iterfind("PMID"))
    return [ArticleXml(pmid=pmid, xml=b"", deleted=True) for pmid in pmids if pmid]


def _text(element: etree._Element | None) -> str | None:
    return None if element is None else strip_text(element)


def _date(element: etree._Element | None) -> str | None:
    return None if element is None else read_date(element)


# --- public parsing API ----------------------------------------------------------------------


def parse_article(xml: bytes) -> Record:
    """Parse one stored record (a PubmedArticle or PubmedBookArticle blob) into a ``Record``.

    A whole ``PubmedArticleSet`` is accepted too; its first record is parsed.
    """
    try:
        root = etree.fromstring(xml, parser=_xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"stored record is not well-formed XML ({exc}); re-fetch it") from None
    if root.tag in ROOT_TAGS:
        root = next((e for e in root if e.tag in STREAM_TAGS), None)
        if root is None:
            raise ParseError("stored XML holds no PubMed record; re-fetch it")
    if root.tag == "DeleteCitation":
        pmid = _text(root.find("PMID")) or ""
        return Record(pmid=pmid, title="", deleted=True)
    try:
        return read_record(root)
    except Exception as exc:  # a malformed record, whatever broke inside it
        raise ParseError(f"cannot read stored record <{root.tag}>: {exc}") from None


def parse_records(source: Source, *, on_error: ErrorHandler | None = None) -> Iterator[Record]:
    """Stream ``Record`` values from PubMed XML, one record at a time in flat memory.

    ``source`` is a path (plain or gzipped, told by its magic bytes), the XML as
    bytes, or a binary file object.  Reads EFetch output (``PubmedArticleSet`` with
    ``PubmedArticle`` and ``PubmedBookArticle``) and baseline/update files
    (``MedlineCitationSet``, ``DeleteCitation`` -> ``Record(deleted=True)``).

    A malformed record is reported as ``on_error(pmid_or_position, message)`` (by
    default a warning on the ``synth.parse`` logger) and skipped.  XML that breaks
    part-way yields the records before the break, then raises :class:`ParseError`
    naming the file and line; an unreadable file raises it at once.
    """
    yield from stream_records(source, name=_source_name(source), report=on_error or _log_error)


def _log_error(where: str, message: str) -> None:
    _LOG.warning("skipped record %s: %s", where, message)


def _source_name(source: object) -> str:
    if isinstance(source, (str, Path)):
        return str(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return "<bytes>"
    return str(getattr(source, "name", "<stream>"))
