"""Build the frozen :class:`~synth.records.Record` from the fields the readers collected.

:mod:`synth.parse.fields` fills a plain dict per record (first choices and the
fallback elements); :func:`finish_record` picks each field and builds the Record.
"""

from __future__ import annotations

import dataclasses

from lxml import etree

from ..records import Record
from .text import strip_text

Fields = dict[str, object]

_new = object.__new__
_set = object.__setattr__


def finish_record(fields: Fields) -> Record:
    """The Record of one record's collected fields; ``ValueError`` without PMID or body."""
    get = fields.get
    pmid = get("pmid")
    if not pmid:
        raise ValueError("no PMID")
    if "body" not in fields:
        raise ValueError("no Article (or Book) element")
    title = get("title") or get("vernacular_title") or get("book_title", "")
    # Record without its generated __init__ (a frozen dataclass sets each field through
    # object.__setattr__): its __dict__ from one literal is ~1.2 us a record faster and
    # gives the same object (equality, hash, repr and pickling read the fields).
    record = _new(Record)
    _set(record, "__dict__", {
        "pmid": pmid,
        "title": title,
        "abstract": get("abstract") or get("other_abstract", ()),
        "journal": get("journal") or get("iso_abbreviation") or _medline_ta(get("journal_info")),
        "year": get("year") or _article_year(get("article_dates", ())),
        "publication_types": tuple(get("publication_types", ())),
        "mesh": get("mesh", ()),
        "keywords": tuple(get("keywords", ())),
        "language": get("language"),
        "title_translated": title.startswith("[") and (title.endswith("]") or title.endswith("].")),
        "authors": get("authors") or get("book_authors", ()),
        "volume": get("volume"),
        "issue": get("issue"),
        "pages": get("pages"),
        "doi": get("doi") or get("elocation_doi"),
        "pmc": get("pmc") or get("other_pmc"),
        "status": get("status"),
        "date_revised": get("date_revised"),
        "entrez_date": get("entrez") or get("pubmed_date"),
        "deleted": False,
    })  # fmt: skip
    return record


# --- fallbacks: kept as elements, read only when the first choice is missing ---------------


def _medline_ta(info: etree._Element | None) -> str | None:
    if info is not None:
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


def _check_record_model() -> None:
    """Fail at import if Record changed in a way the ``__dict__`` filling above misses."""
    names = tuple(field.name for field in dataclasses.fields(Record))
    record = finish_record({"pmid": "1", "body": True})
    if tuple(record.__dict__) != names or hasattr(Record, "__post_init__"):
        raise ImportError("synth.parse builds Record without __init__: update finish_record")


_check_record_model()
