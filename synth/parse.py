"""Parse PubMed XML into :class:`~synth.records.Record` values (pure, streaming).

Three entry points:

- :func:`split_articles` cuts one EFetch response into per-record XML blobs for the
  cache, with the PMID, MEDLINE status and revision date of each.
- :func:`parse_article` reads one such blob back into a ``Record``.
- :func:`parse_records` streams a file, bytes or file object (EFetch output,
  annual baseline/update files, plain or gzipped) record by record in flat memory.

Every parser is built with DTD loading, entity expansion and network access
switched off, so hostile input cannot make it read files or fetch URLs.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .exceptions import ParseError

__all__ = ["ArticleXml", "split_articles"]

_SAFE = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": True}
_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle")
_MONTHS = {
    name: index
    for index, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


@dataclass(frozen=True)
class ArticleXml:
    """One record of an EFetch response, serialised alone, as the cache stores it."""

    pmid: str
    xml: bytes
    status: str | None = None
    date_revised: str | None = None
    deleted: bool = False


def _xml_parser() -> etree.XMLParser:
    return etree.XMLParser(**_SAFE)


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


# --- small field helpers ---------------------------------------------------------------------


def _text(element: etree._Element | None) -> str | None:
    """The element's own text, stripped; ``None`` when missing or empty."""
    if element is None:
        return None
    text = element.text
    if text is None:
        return None
    text = text.strip()
    return text or None


def _date(element: etree._Element | None) -> str | None:
    """``YYYY-MM-DD`` from an element with Year/Month/Day children (month and day default 1)."""
    if element is None:
        return None
    year = element.findtext("Year")
    if not year or not year.strip().isdigit():
        return None
    month = _month(element.findtext("Month"))
    day = (element.findtext("Day") or "1").strip()
    day_number = int(day) if day.isdigit() else 1
    return f"{int(year):04d}-{month:02d}-{day_number:02d}"


def _month(text: str | None) -> int:
    if not text:
        return 1
    text = text.strip()
    if text.isdigit():
        return min(max(int(text), 1), 12)
    return _MONTHS.get(text[:3].lower(), 1)
