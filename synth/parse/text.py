"""Text and date helpers shared by the PubMed field readers (pure, lxml elements in)."""

from __future__ import annotations

from lxml import etree

_MONTHS = {
    name: index
    for index, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def strip_text(element: etree._Element) -> str | None:
    """The element's own text, stripped; ``None`` when empty."""
    text = element.text
    if text is None:
        return None
    return text.strip() or None


def flatten(element: etree._Element) -> str:
    """Text with inline markup (``<i>``, ``<sup>``, MathML) flattened, whitespace normalised.

    Whitespace-only runs holding a line break (pretty-printed MathML indentation)
    are dropped rather than turned into spaces.
    """
    if not len(element):
        return _normalise(element.text or "")
    pieces = [t for t in element.itertext() if not (t.isspace() and "\n" in t)]
    return " ".join("".join(pieces).split())


def _normalise(text: str) -> str:
    """Collapse whitespace runs; most PubMed text needs nothing, so check that first (in C)."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return " ".join(text.split())
    return text.strip()


def read_date(element: etree._Element) -> str | None:
    """``YYYY-MM-DD`` from an element with Year/Month/Day children (month and day default 1)."""
    parts = {child.tag: child.text for child in element}
    year = (parts.get("Year") or "").strip()
    if not year.isdigit():
        return None
    day = (parts.get("Day") or "").strip()
    day_number = min(max(int(day), 1), 31) if day.isdigit() else 1
    return f"{int(year):04d}-{_month(parts.get('Month')):02d}-{day_number:02d}"


def _month(text: str | None) -> int:
    if not text:
        return 1
    text = text.strip()
    if text.isdigit():
        return min(max(int(text), 1), 12)
    return _MONTHS.get(text[:3].lower(), 1)


def leaf_texts(element: etree._Element) -> list[str]:
    """The flattened, non-empty texts of the element's children."""
    return [text for text in (flatten(child) for child in element) if text]
