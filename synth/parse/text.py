"""Text and date helpers shared by the PubMed field readers (pure, lxml elements in)."""

from __future__ import annotations

from lxml import etree

_MONTHS = {
    name: index
    for index, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# "01".."31": the text of almost every Day element (and, up to "12", Month element)
_DAYS = {f"{n:02d}": f"{n:02d}" for n in range(1, 32)}
_MONTH_DAYS = {text: text for text in list(_DAYS)[:12]}


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
    if len(element):
        pieces = [t for t in element.itertext() if not (t.isspace() and "\n" in t)]
        return " ".join("".join(pieces).split())
    text = element.text
    if not text:
        return ""
    # Most PubMed text needs no collapsing: check that first (in C), split only if needed.
    if "  " in text or "\n" in text or "\t" in text or "\r" in text:
        return " ".join(text.split())
    return text.strip()


def read_date(element: etree._Element) -> str | None:
    """``YYYY-MM-DD`` from an element with Year/Month/Day children (month and day default 1)."""
    year = month = day = None
    for child in element:
        tag = child.tag
        if tag == "Year":
            year = child.text
        elif tag == "Month":
            month = child.text
        elif tag == "Day":
            day = child.text
    year = (year or "").strip()
    if not year.isdigit():
        return None
    if len(year) != 4 or not year.isascii():
        year = f"{int(year):04d}"
    # the usual "MM" / "DD" texts are looked up; anything else is read by _month / _day
    month = _MONTH_DAYS.get(month) or f"{_month(month):02d}"
    day = _DAYS.get(day) or f"{_day(day):02d}"
    return f"{year}-{month}-{day}"


def _month(text: str | None) -> int:
    if not text:
        return 1
    text = text.strip()
    if text.isdigit():
        return min(max(int(text), 1), 12)
    return _MONTHS.get(text[:3].lower(), 1)


def _day(text: str | None) -> int:
    text = (text or "").strip()
    return min(max(int(text), 1), 31) if text.isdigit() else 1


def leaf_texts(element: etree._Element) -> list[str]:
    """The flattened, non-empty texts of the element's children."""
    texts = []
    for child in element:
        text = child.text
        # flatten(child), inline for the usual leaf: one call fewer per keyword or type
        if len(child) or not text or "  " in text or "\n" in text or "\t" in text or "\r" in text:
            text = flatten(child)
        else:
            text = text.strip()
        if text:
            texts.append(text)
    return texts


def author_names(element: etree._Element) -> tuple[str, ...]:
    """``"Last Initials"`` per author, or the CollectiveName of a group author.

    One C-filtered pass: a LastName or CollectiveName starts an author, Initials
    complete the current one (if it was started by a LastName and has none yet).
    """
    names: list[str] = []
    open_last = False  # the last name is a LastName still without its Initials
    for child in element.iter("LastName", "Initials", "CollectiveName"):
        tag = child.tag
        if tag == "LastName":
            text = child.text
            if text:
                text = text.strip()
                if text:
                    names.append(text)
                    open_last = True
        elif tag == "Initials":
            if open_last:
                text = child.text
                if text:
                    text = text.strip()
                    if text:
                        names[-1] += " " + text
            open_last = False
        else:
            text = flatten(child)
            if text:
                names.append(text)
                open_last = False
    return tuple(names)
