"""Read the fields of one PubMed record element into a :class:`~synth.records.Record`.

Speed matters here (``make bench``): lxml's ``find`` runs its path matching in
Python, so instead every container is read in one pass over its children,
dispatching on the tag through tables (``_CITATION``, ``_ARTICLE``, ...).
Subtrees nobody needs (references, grants, chemicals) are never entered.

Field rules, where PubMed leaves a choice:

- title: ArticleTitle, else VernacularTitle; for a book, ArticleTitle (a chapter)
  else BookTitle.  Inline markup and MathML are flattened; ``title_translated`` is
  set when PubMed wrapped a translated title in ``[square brackets]`` (the brackets
  are kept, as PubMed shows them).
- abstract: the AbstractText sections of Abstract.  OtherAbstract is used only
  when there is no Abstract and it is in English (``Language="eng"``): other
  OtherAbstracts are non-English copies or "available from the publisher" stubs.
- journal: Journal/Title, else ISOAbbreviation, else MedlineJournalInfo/MedlineTA;
  ``None`` for books.
- year: PubDate/Year, else the first year in MedlineDate ("1998 Dec-1999 Jan"),
  else ArticleDate/Year.
- doi / pmc: the record's own ArticleIdList, else ELocationID (doi) or an
  ``OtherID`` starting "PMC" (baseline files have no PubmedData).
- dates are ``YYYY-MM-DD``; entrez_date is the ``entrez`` history date, else ``pubmed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ..records import AbstractSection, MeshHeading, Record
from .text import flatten, leaf_texts, read_date, strip_text

Fields = dict[str, object]
Reader = Callable[[etree._Element, Fields], None]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def read_record(element: etree._Element) -> Record:
    """A ``Record`` from a PubmedArticle, PubmedBookArticle or MedlineCitation element.

    Raises ``ValueError`` naming what is missing when the element has no PMID.
    """
    fields: Fields = {}
    tag = element.tag
    if tag == "MedlineCitation":
        _read_citation(element, fields)
    else:
        table = _BOOK_ARTICLE if tag == "PubmedBookArticle" else _PUBMED_ARTICLE
        _read_children(element, fields, table)
    return _finish(fields)


def _read_children(element: etree._Element, fields: Fields, table: dict[str, Reader]) -> None:
    for child in element:
        reader = table.get(child.tag)
        if reader is not None:
            reader(child, fields)


def _finish(fields: Fields) -> Record:
    get = fields.get
    pmid = get("pmid")
    if not pmid:
        raise ValueError("no PMID")
    if "body" not in fields:
        raise ValueError("no Article (or Book) element")
    title = get("title") or get("vernacular_title") or get("book_title", "")
    # positional, in Record's field order: measurably cheaper than keywords per record
    return Record(
        pmid,
        title,
        get("abstract") or get("other_abstract", ()),
        get("journal") or get("iso_abbreviation") or _fallback(fields, "journal_info"),
        get("year") or _fallback(fields, "article_date"),
        tuple(get("publication_types", ())),
        get("mesh", ()),
        tuple(get("keywords", ())),
        get("language"),
        title.startswith("[") and (title.endswith("]") or title.endswith("].")),
        get("authors") or get("book_authors", ()),
        get("volume"),
        get("issue"),
        get("pages"),
        get("doi") or _fallback(fields, "elocation"),
        get("pmc") or _fallback(fields, "other_ids"),
        get("status"),
        get("date_revised"),
        get("entrez") or get("pubmed_date"),
    )


def _fallback(fields: Fields, name: str) -> object:
    """Read a field's second-choice source, kept as an element until it is needed."""
    element = fields.get(name)
    return None if element is None else _FALLBACKS[name](element)


def _journal_fallback(info: etree._Element) -> str | None:
    for child in info:
        if child.tag == "MedlineTA":
            return strip_text(child)
    return None


def _article_year(dates: list[etree._Element]) -> int | None:
    for date in dates:
        for child in date:
            if child.tag == "Year":
                text = strip_text(child)
                if text and text.isdigit():
                    return int(text)
    return None


def _elocation_doi(elements: list[etree._Element]) -> str | None:
    for element in elements:
        if element.get("EIdType") == "doi":
            return strip_text(element)
    return None


def _other_pmc(elements: list[etree._Element]) -> str | None:
    """The PMC id of a baseline citation: ``OtherID Source="NLM"`` such as "PMC123 [...]"."""
    for element in elements:
        text = strip_text(element)
        if text and text.startswith("PMC"):
            return text.split()[0]
    return None


_FALLBACKS: dict[str, Callable[..., object]] = {
    "journal_info": _journal_fallback,
    "article_date": _article_year,
    "elocation": _elocation_doi,
    "other_ids": _other_pmc,
}


# --- containers ------------------------------------------------------------------------------


def _read_citation(element: etree._Element, fields: Fields) -> None:
    fields["status"] = element.get("Status")
    _read_children(element, fields, _CITATION)


def _read_abstract(element: etree._Element, fields: Fields) -> None:
    fields["abstract"] = _sections(element)


def _read_other_abstract(element: etree._Element, fields: Fields) -> None:
    if element.get("Language") == "eng" and "other_abstract" not in fields:
        fields["other_abstract"] = _sections(element)


def _sections(element: etree._Element) -> tuple[AbstractSection, ...]:
    sections = []
    for child in element:
        if child.tag == "AbstractText":
            text = flatten(child)
            if text:
                label = child.get("Label") or None
                sections.append(AbstractSection(text, label, child.get("NlmCategory")))
    return tuple(sections)


def _read_mesh(element: etree._Element, fields: Fields) -> None:
    """Descriptors in document order; each QualifierName belongs to the last descriptor."""
    headings: list[list] = []
    for child in element.iter("DescriptorName", "QualifierName"):
        text = strip_text(child)
        major = child.get("MajorTopicYN") == "Y"
        if child.tag == "DescriptorName":
            headings.append([text, major, []])
        elif headings and text:
            heading = headings[-1]
            heading[1] = heading[1] or major
            heading[2].append(text)
    fields["mesh"] = tuple(MeshHeading(d, m, tuple(q)) for d, m, q in headings if d)


def _read_authors(element: etree._Element, fields: Fields) -> None:
    if element.get("Type") != "editors" and "authors" not in fields:
        fields["authors"] = _author_names(element)


def _read_book_authors(element: etree._Element, fields: Fields) -> None:
    """A book's own author (or editor) list: the fallback when the chapter lists none."""
    if "book_authors" not in fields:
        fields["book_authors"] = _author_names(element)


def _author_names(element: etree._Element) -> tuple[str, ...]:
    """``"Last Initials"`` per author, or the CollectiveName of a group author.

    One C-filtered pass: a LastName or CollectiveName starts an author, Initials
    complete the current one.
    """
    names: list[str] = []
    initials_for = -1
    for child in element.iter("LastName", "Initials", "CollectiveName"):
        tag = child.tag
        if tag == "Initials":
            text = strip_text(child)
            if text and initials_for == len(names) - 1 >= 0:
                names[-1] = f"{names[-1]} {text}"
            initials_for = -1
            continue
        text = strip_text(child) if tag == "LastName" else flatten(child)
        if text:
            names.append(text)
            initials_for = len(names) - 1 if tag == "LastName" else -1
    return tuple(names)


def _read_journal(element: etree._Element, fields: Fields) -> None:
    """Journal Title / ISOAbbreviation and JournalIssue Volume, Issue and PubDate."""
    for child in element:
        tag = child.tag
        if tag == "JournalIssue":
            for part in child:
                tag = part.tag
                if tag == "PubDate":
                    _read_pub_date(part, fields)
                elif tag == "Volume":
                    fields["volume"] = strip_text(part)
                elif tag == "Issue":
                    fields["issue"] = strip_text(part)
        elif tag == "Title":
            fields["journal"] = flatten(child)
        elif tag == "ISOAbbreviation":
            fields["iso_abbreviation"] = strip_text(child)


def _body(table: dict[str, Reader]) -> Reader:
    """A reader for the record's Article (or Book): marks that the record has one."""

    def read(element: etree._Element, fields: Fields) -> None:
        fields["body"] = True
        _read_children(element, fields, table)

    return read


def _read_pub_date(element: etree._Element, fields: Fields) -> None:
    """PubDate/Year, else the first year of a MedlineDate such as "1998 Dec-1999 Jan"."""
    for child in element:
        tag = child.tag
        if tag == "Year" or tag == "MedlineDate":
            match = _YEAR.search(child.text or "")
            if match:
                fields["year"] = int(match.group(1))
                return


def _read_pagination(element: etree._Element, fields: Fields) -> None:
    parts = {child.tag: strip_text(child) for child in element}
    start, end = parts.get("StartPage"), parts.get("EndPage")
    fields["pages"] = parts.get("MedlinePgn") or (f"{start}-{end}" if start and end else start)


def _read_article_ids(element: etree._Element, fields: Fields) -> None:
    for child in element:
        id_type = child.get("IdType")
        if id_type in ("doi", "pmc") and id_type not in fields:
            fields[id_type] = strip_text(child)


def _read_history(element: etree._Element, fields: Fields) -> None:
    for child in element:
        status = child.get("PubStatus")
        if status == "entrez":
            fields["entrez"] = read_date(child)
        elif status == "pubmed":
            fields["pubmed_date"] = read_date(child)


def _read_keywords(element: etree._Element, fields: Fields) -> None:
    fields.setdefault("keywords", []).extend(leaf_texts(element))


def _read_publication_types(element: etree._Element, fields: Fields) -> None:
    fields.setdefault("publication_types", []).extend(leaf_texts(element))


def _read_publication_type(element: etree._Element, fields: Fields) -> None:
    text = strip_text(element)
    if text:
        fields.setdefault("publication_types", []).append(text)


def _keep(name: str) -> Reader:
    """A reader that keeps the elements themselves, read later only if needed."""

    def read(element: etree._Element, fields: Fields) -> None:
        kept = fields.get(name)
        if kept is None:
            fields[name] = [element]
        else:
            kept.append(element)

    return read


def _keep_one(name: str) -> Reader:
    def read(element: etree._Element, fields: Fields) -> None:
        fields.setdefault(name, element)

    return read


def _first(name: str, *, flat: bool = False) -> Reader:
    """A reader that stores the element's (flattened) text under ``name`` if not set yet."""

    def read(element: etree._Element, fields: Fields) -> None:
        if name not in fields:
            value = flatten(element) if flat else strip_text(element)
            if value:
                fields[name] = value

    return read


def _nested(table: dict[str, Reader]) -> Reader:
    def read(element: etree._Element, fields: Fields) -> None:
        _read_children(element, fields, table)

    return read


def _date_field(name: str) -> Reader:
    def read(element: etree._Element, fields: Fields) -> None:
        fields[name] = read_date(element)

    return read


_ARTICLE: dict[str, Reader] = {
    "Journal": _read_journal,
    "ArticleTitle": _first("title", flat=True),
    "VernacularTitle": _first("vernacular_title", flat=True),
    "Pagination": _read_pagination,
    "ELocationID": _keep("elocation"),
    "Abstract": _read_abstract,
    "AuthorList": _read_authors,
    "Language": _first("language"),
    "PublicationTypeList": _read_publication_types,
    "ArticleDate": _keep("article_date"),
}
_CITATION: dict[str, Reader] = {
    "PMID": _first("pmid"),
    "DateRevised": _date_field("date_revised"),
    "Article": _body(_ARTICLE),
    "MedlineJournalInfo": _keep_one("journal_info"),
    "MeshHeadingList": _read_mesh,
    "OtherID": _keep("other_ids"),
    "OtherAbstract": _read_other_abstract,
    "KeywordList": _read_keywords,
}
_PUBMED_DATA: dict[str, Reader] = {
    "History": _read_history,
    "ArticleIdList": _read_article_ids,
}
_PUBMED_ARTICLE: dict[str, Reader] = {
    "MedlineCitation": _read_citation,
    "PubmedData": _nested(_PUBMED_DATA),
}
_BOOK: dict[str, Reader] = {
    "BookTitle": _first("book_title", flat=True),
    "PubDate": _read_pub_date,
    "AuthorList": _read_book_authors,
    "Volume": _first("volume"),
}
_BOOK_DOCUMENT: dict[str, Reader] = {
    "PMID": _first("pmid"),
    "ArticleIdList": _read_article_ids,
    "Book": _body(_BOOK),
    "ArticleTitle": _first("title", flat=True),
    "VernacularTitle": _first("vernacular_title", flat=True),
    "Pagination": _read_pagination,
    "ELocationID": _keep("elocation"),
    "Language": _first("language"),
    "AuthorList": _read_authors,
    "PublicationType": _read_publication_type,
    "Abstract": _read_abstract,
    "KeywordList": _read_keywords,
    "DateRevised": _date_field("date_revised"),
}
_BOOK_ARTICLE: dict[str, Reader] = {
    "BookDocument": _nested(_BOOK_DOCUMENT),
    "PubmedBookData": _nested(_PUBMED_DATA),
}
