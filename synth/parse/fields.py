"""Read the fields of one PubMed record element into a :class:`~synth.records.Record`.

Speed matters here (``make bench``): lxml's ``find`` runs its path matching in
Python, so instead every container is read in one pass over its children,
dispatching on the tag through tables (``_CITATION``, ``_ARTICLE``, ...).
Subtrees nobody needs (references, grants, chemicals) are never entered.  A table
entry is either a reader function (for containers) or a ``(field, flatten)`` pair
for a plain-text field, which :func:`_read_children` stores itself: a Python call
per child of every record is a measurable share of the parse time.

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
- doi / pmc: the record's own ArticleIdList, else the first ELocationID of type
  doi, else the first ``OtherID`` starting "PMC" (baseline files have no PubmedData).
- dates are ``YYYY-MM-DD``; entrez_date is the ``entrez`` history date, else ``pubmed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ..records import AbstractSection, MeshHeading, Record
from .record import Fields, finish_record
from .text import author_names, flatten, leaf_texts, read_date, strip_text

Reader = Callable[[etree._Element, Fields], None]
# A reader for a container, or (field name, flatten?) for a text field where the first
# non-empty value wins.
Rule = Reader | tuple[str, bool]

_new = object.__new__
_set = object.__setattr__
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# the usual PubDate/Year texts, looked up before _YEAR is run (a dict lookup is cheaper
# than the regex engine); every key is a text _YEAR reads as that same year
_YEARS = {str(year): year for year in range(1800, 2100)}


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
    return finish_record(fields)


def _read_children(element: etree._Element, fields: Fields, table: dict[str, Rule]) -> None:
    for child in element:
        rule = table.get(child.tag)
        if rule is None:
            continue
        if rule.__class__ is not tuple:
            rule(child, fields)
            continue
        name, flat = rule
        if name not in fields:
            if flat:
                text = flatten(child)
            else:
                text = child.text
                text = text.strip() if text else None
            if text:
                fields[name] = text


# --- fallbacks: kept as elements, read only when the first choice is missing ---------------


def _keep_journal_info(element: etree._Element, fields: Fields) -> None:
    fields.setdefault("journal_info", element)


def _keep_article_date(element: etree._Element, fields: Fields) -> None:
    dates = fields.get("article_dates")
    if dates is None:
        fields["article_dates"] = [element]
    else:
        dates.append(element)


def _read_elocation(element: etree._Element, fields: Fields) -> None:
    """The first ELocationID of type doi (read at once: cheaper than keeping the element)."""
    if "elocation_doi" not in fields and element.get("EIdType") == "doi":
        fields["elocation_doi"] = strip_text(element)


def _read_other_id(element: etree._Element, fields: Fields) -> None:
    """The PMC id of a baseline citation: ``OtherID Source="NLM"`` such as "PMC123 [...]"."""
    if "other_pmc" not in fields:
        text = element.text
        text = text.strip() if text else None
        if text and text.startswith("PMC"):
            fields["other_pmc"] = text.split()[0]


# --- containers ------------------------------------------------------------------------------


def _read_citation(element: etree._Element, fields: Fields) -> None:
    fields["status"] = element.get("Status")
    _read_children(element, fields, _CITATION)


def _read_article(element: etree._Element, fields: Fields) -> None:
    fields["body"] = True
    _read_children(element, fields, _ARTICLE)


def _read_book(element: etree._Element, fields: Fields) -> None:
    fields["body"] = True
    _read_children(element, fields, _BOOK)


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
                # AbstractSection(text, label, category) without its frozen __init__
                section = _new(AbstractSection)
                label = child.get("Label") or None
                _set(section, "__dict__", {
                    "text": text, "label": label, "nlm_category": child.get("NlmCategory")
                })  # fmt: skip
                sections.append(section)
    return tuple(sections)


def _read_mesh(element: etree._Element, fields: Fields) -> None:
    """Descriptors in document order; each QualifierName belongs to the last descriptor."""
    headings: list[dict] = []
    heading = None  # the last descriptor's fields, kept (for its qualifiers) even when empty
    for child in element.iter("DescriptorName", "QualifierName"):
        text = child.text
        text = text.strip() if text else None
        if child.tag == "DescriptorName":
            major = child.get("MajorTopicYN") == "Y"
            heading = {"descriptor": text, "major": major, "qualifiers": []}
            if text:
                headings.append(heading)
        elif heading is not None and text:
            if child.get("MajorTopicYN") == "Y":
                heading["major"] = True
            heading["qualifiers"].append(text)
    mesh = []
    for heading in headings:  # MeshHeading(**heading) without its frozen __init__
        heading["qualifiers"] = tuple(heading["qualifiers"])
        mesh.append(_new(MeshHeading))
        _set(mesh[-1], "__dict__", heading)
    fields["mesh"] = tuple(mesh)


def _read_authors(element: etree._Element, fields: Fields) -> None:
    if element.get("Type") != "editors" and "authors" not in fields:
        fields["authors"] = author_names(element)


def _read_book_authors(element: etree._Element, fields: Fields) -> None:
    """A book's own author (or editor) list: the fallback when the chapter lists none."""
    if "book_authors" not in fields:
        fields["book_authors"] = author_names(element)


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
                    text = part.text
                    fields["volume"] = text and text.strip() or None
                elif tag == "Issue":
                    text = part.text
                    fields["issue"] = text and text.strip() or None
        elif tag == "Title":
            fields["journal"] = flatten(child)
        elif tag == "ISOAbbreviation":
            text = child.text
            fields["iso_abbreviation"] = text and text.strip() or None


def _read_pub_date(element: etree._Element, fields: Fields) -> None:
    """PubDate/Year, else the first year of a MedlineDate such as "1998 Dec-1999 Jan"."""
    for child in element:
        tag = child.tag
        if tag == "Year" or tag == "MedlineDate":
            text = child.text or ""
            year = _YEARS.get(text)
            if year is None:
                match = _YEAR.search(text)
                year = int(match.group(1)) if match else None
            if year is not None:
                fields["year"] = year
                return


def _read_pagination(element: etree._Element, fields: Fields) -> None:
    medline = start = end = None
    for child in element:
        tag = child.tag
        if tag == "MedlinePgn":
            medline = strip_text(child)
        elif tag == "StartPage":
            start = strip_text(child)
        elif tag == "EndPage":
            end = strip_text(child)
    fields["pages"] = medline or (f"{start}-{end}" if start and end else start)


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


def _read_date_revised(element: etree._Element, fields: Fields) -> None:
    fields["date_revised"] = read_date(element)


def _read_keywords(element: etree._Element, fields: Fields) -> None:
    texts = leaf_texts(element)
    if "keywords" in fields:
        fields["keywords"] += texts
    else:
        fields["keywords"] = texts


def _read_publication_types(element: etree._Element, fields: Fields) -> None:
    texts = leaf_texts(element)
    if "publication_types" in fields:
        fields["publication_types"] += texts
    else:
        fields["publication_types"] = texts


def _read_publication_type(element: etree._Element, fields: Fields) -> None:
    text = strip_text(element)
    if text:
        fields.setdefault("publication_types", []).append(text)


def _read_pubmed_data(element: etree._Element, fields: Fields) -> None:
    _read_children(element, fields, _PUBMED_DATA)


def _read_book_document(element: etree._Element, fields: Fields) -> None:
    _read_children(element, fields, _BOOK_DOCUMENT)


_ARTICLE: dict[str, Rule] = {
    "Journal": _read_journal,
    "ArticleTitle": ("title", True),
    "VernacularTitle": ("vernacular_title", True),
    "Pagination": _read_pagination,
    "ELocationID": _read_elocation,
    "Abstract": _read_abstract,
    "AuthorList": _read_authors,
    "Language": ("language", False),
    "PublicationTypeList": _read_publication_types,
    "ArticleDate": _keep_article_date,
}
_CITATION: dict[str, Rule] = {
    "PMID": ("pmid", False),
    "DateRevised": _read_date_revised,
    "Article": _read_article,
    "MedlineJournalInfo": _keep_journal_info,
    "MeshHeadingList": _read_mesh,
    "OtherID": _read_other_id,
    "OtherAbstract": _read_other_abstract,
    "KeywordList": _read_keywords,
}
_PUBMED_DATA: dict[str, Rule] = {
    "History": _read_history,
    "ArticleIdList": _read_article_ids,
}
_PUBMED_ARTICLE: dict[str, Rule] = {
    "MedlineCitation": _read_citation,
    "PubmedData": _read_pubmed_data,
}
_BOOK: dict[str, Rule] = {
    "BookTitle": ("book_title", True),
    "PubDate": _read_pub_date,
    "AuthorList": _read_book_authors,
    "Volume": ("volume", False),
}
_BOOK_DOCUMENT: dict[str, Rule] = {
    "PMID": ("pmid", False),
    "ArticleIdList": _read_article_ids,
    "Book": _read_book,
    "ArticleTitle": ("title", True),
    "VernacularTitle": ("vernacular_title", True),
    "Pagination": _read_pagination,
    "ELocationID": _read_elocation,
    "Language": ("language", False),
    "AuthorList": _read_authors,
    "PublicationType": _read_publication_type,
    "Abstract": _read_abstract,
    "KeywordList": _read_keywords,
    "DateRevised": _read_date_revised,
}
_BOOK_ARTICLE: dict[str, Rule] = {
    "BookDocument": _read_book_document,
    "PubmedBookData": _read_pubmed_data,
}
