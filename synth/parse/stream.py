"""Stream the records of a PubMed XML file, one at a time in flat memory.

Two readers give the same records in the same order:

- by chunks (:func:`_records_by_chunk`), for a ``PubmedArticleSet`` or
  ``MedlineCitationSet`` read from a path or bytes: libxml2 builds the tree from
  32 KiB pieces (128 KiB at a time) with no element events, and then every record but the last
  one in the tree is complete.  Without "start" or "end" events lxml hooks no
  callback (each taking the GIL) into every element's start and end tag: ~13 us a
  record less than end events (make bench).
- by end events (:func:`_records_by_end`), for everything else, and as the exact
  replay when the chunk reader cannot tell which records were complete: the XML
  breaks, or a record is not a child of the root element.  The replay reads the
  source again from the start and skips the records already given, so both
  readers give the same records, reports and errors.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..exceptions import ParseError
from ..records import Record
from .fields import read_record
from .text import strip_text

ErrorHandler = Callable[[str, str], None]
Source = Path | str | bytes | BinaryIO

STREAM_TAGS = ("PubmedArticle", "PubmedBookArticle", "MedlineCitation", "DeleteCitation")
ROOT_TAGS = frozenset(("PubmedArticleSet", "MedlineCitationSet", "PubmedBookArticleSet"))
_ARTICLE_SET_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_CITATION_SET = "MedlineCitationSet"
_GZIP_MAGIC = b"\x1f\x8b"
# The root element's name after the prolog: XML declaration, whitespace, comments,
# processing instructions and a DOCTYPE without an internal subset (as NCBI writes them).
# Possessive (*+): a head that does not fit fails at once, never backtracking.
_HEAD_BYTES = 4096
_ROOT_ELEMENT = re.compile(
    rb"""(?:[ \t\r\n]|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>"']|"[^"]*"|'[^']*')*>)*+"""
    rb"<([A-Za-z_][\w.:-]*)",
    re.DOTALL,
)
# A comment put in front of the root element (no line break: line numbers stay as they
# are): its "comment" event is the reader's handle on the document being built.
_HANDLE = b"<!---->"

# collect_ids=False: no lookups of ID-typed attributes (PubMed XML has none), ~1 us a record
SAFE = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": True,
    "collect_ids": False,
}
# The chunk reader feeds libxml2 pieces of 32 KiB (as iterparse does) and reads the records
# of four pieces (~20 records) one after another, with the interpreter's caches still
# warm: ~5 us a record faster than a search per piece (make bench); memory stays flat.
_PIECE = 1 << 15
_PIECES = 4
_STALE_ROUNDS = 16  # 2 MiB: more than the longest PubMed record
_READ_ERRORS = (etree.XMLSyntaxError, OSError, EOFError, zlib.error)


def stream_records(source: Source, *, name: str, report: ErrorHandler) -> Iterator[Record]:
    """The records of ``source`` (see :func:`synth.parse.parse_records`)."""
    with open_source(source, name=name) as stream:
        tags, root_at = _stream_tags(stream)
        if not isinstance(source, (str, Path, bytes, bytearray, memoryview)):
            root_at = None  # the chunk reader needs a source it can read again
        done = yield from _read_records(stream, name, report=report, tags=tags, root_at=root_at)
    if done is not None:
        with open_source(source, name=name) as stream:
            yield from _read_records(stream, name, report=report, tags=tags, skip=done)


@contextmanager
def open_source(source: Source, *, name: str) -> Iterator[BinaryIO]:
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


def _read_records(
    stream: BinaryIO,
    name: str,
    *,
    report: ErrorHandler,
    tags: tuple[str, ...],
    root_at: int | None = None,
    skip: int = 0,
) -> Generator[Record, None, int | None]:
    """Read each record once complete; release it and everything before it.

    With ``root_at`` (see :func:`_stream_tags`) the records are read by chunks; when
    that reader gives up, this returns how many records it has read, for
    :func:`stream_records` to replay the source by end events, skipping those.
    """
    context = None
    if root_at is None:
        # lxml's default chunk size (32 KiB), as the chunk reader's pieces: whether libxml2
        # notices some errors can depend on where the pieces end
        context = etree.iterparse(stream, events=("end",), tag=tags, **SAFE)
        elements = _records_by_end(context)
    else:
        elements = _records_by_chunk(stream, tags, root_at=root_at)
    position = 0
    try:
        # runs once per record: reading the record inline here (not through a helper that
        # returns a list) is a measurable share of the parse time (make bench)
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
    except _READ_ERRORS as exc:
        _raise_read_error(exc, name=name)
    if context is not None:  # the chunk reader streams only under a PubMed root element
        _check_root(context.root, name=name)
    return None


class _Replay(Exception):
    """The chunk reader cannot tell which records are complete: replay by end events."""


def _records_by_end(context: etree.iterparse) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each record element (and its parent) at its end event."""
    for _, element in context:
        parent = element.getparent()
        if element.tag == "MedlineCitation" and parent is not None and parent.tag != _CITATION_SET:
            continue  # the citation inside a PubmedArticle: handled at its end
        yield element, parent


def _records_by_chunk(
    stream: BinaryIO, tags: tuple[str, ...], *, root_at: int
) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each record element (and the root) once the next record starts, or the file ends.

    The record elements come from :func:`_record_starts` in document order, each as
    soon as it is in the tree.  Every record must be a child of the root element (as
    the end-event reader would read it); any other layout, and any break in the XML,
    raises :class:`_Replay`.
    """
    pending = root = None
    for element in _record_starts(stream, tags, root_at=root_at):
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
    if pending is not None:
        yield pending, root


def _record_starts(
    stream: BinaryIO, tags: tuple[str, ...], *, root_at: int
) -> Iterator[etree._Element]:
    """Every element named in ``tags``, in document order, once the parser has built it.

    The parser is fed the same 32 KiB pieces as the end-event reader (libxml2 notices
    some errors or not depending on where a piece ends), four at a time between
    searches.  After each round the tree is searched (in C) from the root's first
    child, past the elements already given.  That search walks the unfinished last
    record again, so a record that spans more than ``_STALE_ROUNDS`` rounds raises
    :class:`_Replay`, as do read errors: the end-event reader takes over, in linear time.
    """
    parser = etree.XMLPullParser(events=("comment",), **SAFE)
    try:
        head = stream.read(_PIECE)
        parser.feed(head[:root_at] + _HANDLE + head[root_at:])
        handle = next(parser.read_events(), (None, None))[1]
        if handle is None:
            raise _Replay
        root = last = None  # last: the last element given, the search resumes after it
        stale = 0  # rounds since the last new element
        while stale <= _STALE_ROUNDS:
            if root is None:
                root = handle.getroottree().getroot()
            if root is not None:
                seen, last = last, (yield from _elements_after(root, tags, last))
                stale = 0 if last is not seen else stale + 1
            if not _feed(parser, stream):
                yield from _elements_after(parser.close(), tags, last)
                return
    except _READ_ERRORS:
        raise _Replay from None
    raise _Replay


def _feed(parser: etree.XMLPullParser, stream: BinaryIO) -> bool:
    """Feed the parser one round of pieces; ``False`` at the end of the stream."""
    for _ in range(_PIECES):
        data = stream.read(_PIECE)
        if not data:
            return False
        parser.feed(data)
    for _ in parser.read_events():
        pass  # comments in the records
    return True


def _elements_after(
    root: etree._Element, tags: tuple[str, ...], last: etree._Element | None
) -> Generator[etree._Element, None, etree._Element | None]:
    found = last is None
    for element in root.iterdescendants(*tags):
        if found:
            yield element
            last = element
        elif element is last:
            found = True
    if not found:
        raise _Replay  # the last element given has left the tree: cannot resume
    return last


def _raise_read_error(exc: Exception, *, name: str) -> None:
    if isinstance(exc, etree.XMLSyntaxError):
        if not exc.lineno:
            raise ParseError(f"{name} is empty or not XML: {_reason(exc)}") from None
        raise ParseError(f"{name}: XML breaks at line {exc.lineno}: {_reason(exc)}") from None
    raise ParseError(f"cannot read {name}: {exc}") from None


def _stream_tags(stream: BinaryIO) -> tuple[tuple[str, ...], int | None]:
    """The record tags to stream, told from the root element in the stream's first bytes,
    and under a known set element the offset of its start tag (for the chunk reader).

    Under a ``PubmedArticleSet`` every MedlineCitation sits inside a PubmedArticle,
    so it is left out: one element fewer to look at per record.  Anything else (or a
    prolog the pattern does not follow) streams every tag.
    """
    try:
        head = stream.peek(_HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return STREAM_TAGS, None  # iterparse meets the same error and reports it
    match = _ROOT_ELEMENT.match(head)
    root = match.group(1) if match is not None else None
    if root == b"PubmedArticleSet":
        return _ARTICLE_SET_TAGS, match.start(1) - 1
    if root == _CITATION_SET.encode():
        return STREAM_TAGS, match.start(1) - 1
    return STREAM_TAGS, None


def _reason(exc: etree.XMLSyntaxError) -> str:
    """libxml2's own message, without lxml's repeated position suffix."""
    last = exc.error_log.last_error if exc.error_log else None
    return (last.message if last is not None else str(exc)).strip()


def _deleted_records(element: etree._Element) -> list[Record]:
    pmids = (strip_text(e) for e in element.iterfind("PMID"))
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
    if root is None or root.tag in ROOT_TAGS or root.tag in STREAM_TAGS:
        return
    errors = [" ".join((e.text or "").split()) for e in root.iter("ERROR")]
    detail = f": {errors[0][:200]}" if errors else ""
    raise ParseError(f"{name} is a <{root.tag}>, not PubMed XML{detail}")
