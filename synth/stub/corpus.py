"""The stub's in-memory PubMed: PMID -> raw ``<PubmedArticle>`` bytes plus what searches need.

Each record keeps its raw XML (served back unchanged by EFetch) and a few index fields:
publication date (``pdat``), entrez date (``edat``), modification date (``mdat``, from
DateRevised), normalised title / abstract / MeSH text for the query language, the MEDLINE
status and the revision date.  Tests mutate the corpus while the server runs (``add_xml``,
``remove``, ``update``); a lock keeps readers consistent.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..exceptions import ConfigError, ParseError

Date = tuple[int, int, int]

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_NON_WORD = re.compile(r"[^0-9a-z]+")
_DESCRIPTORS = "MeshHeadingList/MeshHeading/DescriptorName"
_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation", "DeleteCitation")


@dataclass(frozen=True)
class Entry:
    """One record of the corpus: raw XML and its index fields."""

    pmid: str
    xml: bytes
    pdat: Date
    edat: Date
    mdat: Date
    title: str  # normalised: " word word ... "
    tiab: str
    mesh: str
    status: str | None
    date_revised: str | None  # YYYY-MM-DD


def normalise_text(text: str) -> str:
    """Lower-case words separated by single spaces, padded: ``' back pain '``."""
    return " " + _NON_WORD.sub(" ", text.lower()).strip() + " "


class Corpus:
    """A mutable, thread-safe set of PubMed records keyed by PMID."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, pmid: object) -> bool:
        return str(pmid) in self._entries

    def add_xml(self, xml: bytes) -> int:
        """Index every record of a PubmedArticleSet (or MedlineCitationSet; gzip ok).

        A ``DeleteCitation`` in the file removes its PMIDs.  Returns the records added.
        """
        added = 0
        for element in _iter_records(_maybe_gunzip(xml)):
            if element.tag == "DeleteCitation":
                self.remove(pmid.text or "" for pmid in element.iter("PMID"))
                continue
            entry = entry_from_element(element)
            with self._lock:
                self._entries[entry.pmid] = entry
            added += 1
        return added

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Add already-indexed entries (a cached corpus copied into a new stub)."""
        with self._lock:
            self._entries.update((entry.pmid, entry) for entry in entries)

    def add_file(self, path: Path) -> int:
        """Index one XML file (``.gz`` ok)."""
        return self.add_xml(Path(path).read_bytes())

    def remove(self, pmids: Iterable[str | int]) -> int:
        """Delete records (EFetch then returns nothing for them). Returns how many went."""
        with self._lock:
            gone = [self._entries.pop(str(p), None) for p in pmids]
        return sum(entry is not None for entry in gone)

    def update(
        self, pmid: str | int, *, status: str | None = None, date_revised: str | None = None
    ) -> None:
        """Rewrite a record's MedlineCitation Status and/or DateRevised (``YYYY-MM-DD``)."""
        with self._lock:
            entry = self._entries[str(pmid)]
            xml = _rewrite_xml(entry.xml, status=status, date_revised=date_revised)
            self._entries[entry.pmid] = entry_from_element(etree.fromstring(xml))

    def pmids(self) -> list[str]:
        """Every PMID, ascending numerically."""
        with self._lock:
            return sorted(self._entries, key=int)

    def get(self, pmid: str) -> Entry | None:
        """The entry for ``pmid``, or None."""
        return self._entries.get(pmid)

    def entries(self) -> list[Entry]:
        """A snapshot of every entry (safe to iterate while others mutate)."""
        with self._lock:
            return list(self._entries.values())


def load_corpus(sources: Sequence[Path | str | bytes]) -> Corpus:
    """A corpus from files (paths) and/or in-memory XML (bytes)."""
    corpus = Corpus()
    for source in sources:
        if isinstance(source, bytes | bytearray):
            corpus.add_xml(bytes(source))
            continue
        try:
            corpus.add_file(Path(source))
        except OSError as exc:
            raise ConfigError(f"cannot read corpus file {source}: {exc.strerror}") from None
        except (etree.XMLSyntaxError, ValueError) as exc:
            raise ParseError(f"corpus file {source} is not PubMed XML: {exc}") from None
    return corpus


def entry_from_element(element: etree._Element) -> Entry:
    """Index one PubmedArticle / PubmedBookArticle / bare MedlineCitation element."""
    if element.tag == "MedlineCitation":
        wrapper = etree.Element("PubmedArticle")
        wrapper.append(element)
        element = wrapper
    citation = element.find("MedlineCitation")
    root = citation if citation is not None else element
    pmid = (root.findtext("PMID") or element.findtext(".//PMID") or "").strip()
    if not pmid.isdigit():
        raise ValueError(f"record without a numeric PMID: {pmid!r}")
    article = root.find("Article")
    article = article if article is not None else element
    title = _text(article.find("ArticleTitle")) or _text(element.find(".//BookTitle"))
    abstract = " ".join(_text(a) for a in article.iterfind("Abstract/AbstractText"))
    pdat = _pub_date(element, article)
    revised = _ymd(root.find("DateRevised"))
    return Entry(
        pmid=pmid,
        xml=etree.tostring(element, encoding="utf-8"),
        pdat=pdat,
        edat=_history_date(element) or pdat,
        mdat=revised or pdat,
        title=normalise_text(title),
        tiab=normalise_text(title + " " + abstract),
        mesh=normalise_text(" ".join(_text(d) for d in root.iterfind(_DESCRIPTORS))),
        status=citation.get("Status") if citation is not None else None,
        date_revised=_iso(revised) if citation is not None else None,
    )


def _maybe_gunzip(xml: bytes) -> bytes:
    return gzip.decompress(xml) if xml[:2] == b"\x1f\x8b" else xml


def _iter_records(xml: bytes) -> Iterable[etree._Element]:
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, huge_tree=True))
    if root.tag in _RECORD_TAGS:
        yield root
        return
    for child in root:
        if child.tag in _RECORD_TAGS:
            yield child


def _text(element: etree._Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _pub_date(element: etree._Element, article: etree._Element) -> Date:
    """PubDate (Year/Month/Day, Season or MedlineDate), else ArticleDate, else 1900."""
    pub = article.find("Journal/JournalIssue/PubDate")
    if pub is None:
        pub = element.find(".//Book/PubDate")
    date = _ymd(pub)
    if date is None and pub is not None:
        date = _medline_date(pub.findtext("MedlineDate") or "")
    return date or _ymd(article.find("ArticleDate")) or (1900, 1, 1)


def _ymd(element: etree._Element | None) -> Date | None:
    if element is None:
        return None
    year = (element.findtext("Year") or "").strip()
    if not year.isdigit():
        return None
    month = _month(element.findtext("Month") or element.findtext("Season") or "")
    day = (element.findtext("Day") or "").strip()
    return int(year), month, int(day) if day.isdigit() else 1


def _month(text: str) -> int:
    text = text.strip().lower()
    if text.isdigit():
        return min(max(int(text), 1), 12)
    return _MONTHS.get(text[:3]) or _SEASONS.get(text, 1)


def _medline_date(text: str) -> Date | None:
    """``'1998 Dec-1999 Jan'`` -> (1998, 12, 1); ``'2000 Spring'`` -> (2000, 3, 1)."""
    match = re.match(r"\s*(\d{4})\s*([A-Za-z]+)?", text)
    if not match:
        return None
    return int(match.group(1)), _month(match.group(2) or ""), 1


def _history_date(element: etree._Element) -> Date | None:
    """The entrez date (else the pubmed date) from PubmedData/History."""
    dates = {d.get("PubStatus"): d for d in element.iterfind("PubmedData/History/PubMedPubDate")}
    return _ymd(dates.get("entrez", dates.get("pubmed")))


def _iso(date: Date | None) -> str | None:
    return None if date is None else f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"


def _rewrite_xml(xml: bytes, *, status: str | None, date_revised: str | None) -> bytes:
    element = etree.fromstring(xml)
    citation = element.find("MedlineCitation")
    if citation is None:
        raise ValueError("only PubmedArticle records have a MedlineCitation to update")
    if status is not None:
        citation.set("Status", status)
    if date_revised is not None:
        _set_date_revised(citation, date_revised)
    return etree.tostring(element, encoding="utf-8")


def _set_date_revised(citation: etree._Element, iso: str) -> None:
    year, month, day = iso.split("-")
    revised = citation.find("DateRevised")
    if revised is None:
        revised = etree.Element("DateRevised")
        anchor = citation.find("DateCompleted")
        anchor = anchor if anchor is not None else citation.find("PMID")
        anchor.addnext(revised)
    revised.clear()
    for name, value in (("Year", year), ("Month", month), ("Day", day)):
        etree.SubElement(revised, name).text = value
