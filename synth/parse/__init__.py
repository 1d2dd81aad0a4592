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
Which element feeds which ``Record`` field is documented in :mod:`synth.parse.fields`.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..exceptions import ParseError
from ..records import Record
from .fields import read_record
from .text import read_date, strip_text

__all__ = ["ArticleXml", "parse_article", "parse_records", "split_articles"]

ErrorHandler = Callable[[str, str], None]

_LOG = logging.getLogger("synth.parse")
_GZIP_MAGIC = b"\x1f\x8b"
_STREAM_TAGS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation", "DeleteCitation")
_ARTICLE_SET_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_ROOT_TAGS = frozenset(("PubmedArticleSet", "MedlineCitationSet", "PubmedBookArticleSet"))
_CITATION_SET = "MedlineCitationSet"
# The root element's name after the prolog: XML declaration, whitespace, comments,
# processing instructions and a DOCTYPE without an internal subset (as NCBI writes them).
# Possessive (*+): a head that does not fit fails at once, never backtracking.
_HEAD_BYTES = 4096
_ROOT_ELEMENT = re.compile(
    rb"""(?:[ \t\r\n]|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>"']|"[^"]*"|'[^']*')*>)*+"""
    rb"<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)

# collect_ids=False: no lookups of ID-typed attributes (PubMed XML has none), ~1 us a record
_SAFE = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": True,
    "collect_ids": False,
}
# Bytes fed to libxml2 at a time (lxml's default is 32 KiB).  The records a chunk holds are
# then read one after another, with the interpreter's caches still warm: 128 KiB (~20
# records) is ~5 us a record faster (make bench) and keeps memory flat.
_CHUNK = 1 << 17
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
    if root.tag in _ROOT_TAGS:
        root = next((e for e in root if e.tag in _STREAM_TAGS), None)
        if root is None:
            raise ParseError("stored XML holds no PubMed record; re-fetch it")
    if root.tag == "DeleteCitation":
        pmid = _text(root.find("PMID")) or ""
        return Record(pmid=pmid, title="", deleted=True)
    try:
        return read_record(root)
    except Exception as exc:  # a malformed record, whatever broke inside it
        raise ParseError(f"cannot read stored record <{root.tag}>: {exc}") from None


def parse_records(
    source: Path | str | bytes | BinaryIO, *, on_error: ErrorHandler | None = None
) -> Iterator[Record]:
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
    report = on_error or _log_error
    name = _source_name(source)
    with _open_source(source, name=name) as stream:
        tags, by_start = _stream_tags(stream)
        # reading by start events needs a source that can be read again (see _stream_records)
        by_start = by_start and isinstance(source, (str, Path, bytes, bytearray, memoryview))
        done = yield from _stream_records(stream, name, report=report, tags=tags, by_start=by_start)
    if done is not None:
        with _open_source(source, name=name) as stream:
            yield from _stream_records(stream, name, report=report, tags=tags, skip=done)


def _log_error(where: str, message: str) -> None:
    _LOG.warning("skipped record %s: %s", where, message)


def _source_name(source: object) -> str:
    if isinstance(source, (str, Path)):
        return str(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return "<bytes>"
    return str(getattr(source, "name", "<stream>"))


@contextmanager
def _open_source(source: Path | str | bytes | BinaryIO, *, name: str) -> Iterator[BinaryIO]:
    """The XML byte stream of ``source``, gunzipped when it starts with gzip's magic bytes."""
    with ExitStack() as stack:
        if isinstance(source, (bytes, bytearray, memoryview)):
            stream: BinaryIO = io.BufferedReader(io.BytesIO(bytes(source)))
        elif isinstance(source, (str, Path)):
            try:
                stream = stack.enter_context(open(source, "rb"))
            except OSError as exc:
                raise ParseError(f"cannot read {name}: {exc.strerror or exc}") from None
        else:
            stream = source if hasattr(source, "peek") else io.BufferedReader(source)
        try:
            head = stream.peek(2)[:2]
        except OSError as exc:
            raise ParseError(f"cannot read {name}: {exc.strerror or exc}") from None
        if head == _GZIP_MAGIC:
            stream = stack.enter_context(gzip.GzipFile(fileobj=stream, mode="rb"))
        yield stream


def _stream_records(
    stream: BinaryIO,
    name: str,
    *,
    report: ErrorHandler,
    tags: tuple[str, ...],
    by_start: bool = False,
    skip: int = 0,
) -> Generator[Record, None, int | None]:
    """Read each record once complete; release it and everything before it.

    With ``by_start`` a record is known complete when the next one starts (see
    :func:`_records_by_start`); on a break or an odd layout this returns how many
    records it has read, for :func:`parse_records` to replay the source by end events,
    skipping those.  The first ``skip`` records are released unread.
    """
    events = ("start",) if by_start else ("end",)
    context = etree.iterparse(stream, events=events, tag=tags, chunk_size=_CHUNK, **_SAFE)
    position = 0
    try:
        # runs once per record: reading the record inline here (not through a helper that
        # returns a list) is a measurable share of the parse time (make bench)
        elements = _records_by_start(context) if by_start else _records_by_end(context)
        for element, parent in elements:
            position += 1
            if position <= skip:
                pass
            elif element.tag == "DeleteCitation":
                yield from _deleted_records(element)
            else:
                try:
                    record = read_record(element)
                except Exception as exc:  # a malformed record must not stop the file
                    report(_where(element, position=position), f"{type(exc).__name__}: {exc}")
                else:
                    yield record
            _release(element, parent)
    except _Replay:
        return position
    except (etree.XMLSyntaxError, OSError, EOFError, zlib.error) as exc:
        _raise_read_error(exc, name=name)
    _check_root(context.root, name=name)
    return None


class _Replay(Exception):
    """The start-event reader cannot tell which records are complete: replay by end events."""


def _records_by_end(context: etree.iterparse) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each record element (and its parent) at its end event."""
    for _, element in context:
        parent = element.getparent()
        if element.tag == "MedlineCitation" and parent is not None and parent.tag != _CITATION_SET:
            continue  # the citation inside a PubmedArticle: handled at its end
        yield element, parent


def _records_by_start(context: etree.iterparse) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each record element (and the root) once the next record starts, or the file ends.

    Only "start" events: lxml then wraps only libxml2's start-element callback, not
    the end one too, so the parser takes the GIL once per element instead of twice
    (~6 us a record, make bench).  Every record must be a child of the root element;
    any other layout, and any break in the XML, raises :class:`_Replay`.
    """
    pending = root = None
    try:
        for _, element in context:
            parent = element.getparent()
            if parent is not root:
                tag = element.tag
                if tag == "MedlineCitation" and parent is not None and parent.tag != _CITATION_SET:
                    continue  # the citation inside a PubmedArticle: part of that record
                if root is not None or parent is None or parent.getparent() is not None:
                    raise _Replay
                root = parent
            if pending is not None:
                yield pending, root
            pending = element
    except (etree.XMLSyntaxError, OSError, EOFError, zlib.error):
        raise _Replay from None  # was the last record complete before the break?
    if pending is not None:
        yield pending, root


def _raise_read_error(exc: Exception, *, name: str) -> None:
    if isinstance(exc, etree.XMLSyntaxError):
        if not exc.lineno:
            raise ParseError(f"{name} is empty or not XML: {_reason(exc)}") from None
        raise ParseError(f"{name}: XML breaks at line {exc.lineno}: {_reason(exc)}") from None
    raise ParseError(f"cannot read {name}: {exc}") from None


def _stream_tags(stream: BinaryIO) -> tuple[tuple[str, ...], bool]:
    """The record tags to stream, told from the root element in the stream's first bytes,
    and whether the records may be read by start events (under a known set element).

    Under a ``PubmedArticleSet`` every MedlineCitation sits inside a PubmedArticle,
    so it is left out: one parser event fewer per record (~2.5 µs, make bench).
    Anything else (or a prolog the pattern does not follow) streams every tag.
    """
    try:
        head = stream.peek(_HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return _STREAM_TAGS, False  # iterparse meets the same error and reports it
    match = _ROOT_ELEMENT.match(head)
    root = match.group(1) if match is not None else None
    if root == b"PubmedArticleSet":
        return _ARTICLE_SET_TAGS, True
    return _STREAM_TAGS, root == b"MedlineCitationSet"


def _reason(exc: etree.XMLSyntaxError) -> str:
    """libxml2's own message, without lxml's repeated position suffix."""
    last = exc.error_log.last_error if exc.error_log else None
    return (last.message if last is not None else str(exc)).strip()


def _deleted_records(element: etree._Element) -> list[Record]:
    pmids = (_text(e) for e in element.iterfind("PMID"))
    return [Record(pmid=pmid, title="", deleted=True) for pmid in pmids if pmid]


def _where(element: etree._Element, *, position: int) -> str:
    """The PMID of a record when it can be read, else its position and line."""
    pmid = element.findtext("MedlineCitation/PMID") or element.findtext("BookDocument/PMID")
    pmid = pmid or element.findtext("PMID")
    if pmid and pmid.strip():
        return pmid.strip()
    return f"record {position} (line {element.sourceline})"


def _release(element: etree._Element, parent: etree._Element | None) -> None:
    """Free a parsed record and everything before it, so memory stays flat."""
    element.clear(keep_tail=False)
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _check_root(root: etree._Element | None, *, name: str) -> None:
    if root is None or root.tag in _ROOT_TAGS or root.tag in _STREAM_TAGS:
        return
    errors = [" ".join((e.text or "").split()) for e in root.iter("ERROR")]
    detail = f": {errors[0][:200]}" if errors else ""
    raise ParseError(f"{name} is a <{root.tag}>, not PubMed XML{detail}")
