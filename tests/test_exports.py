"""Exports round-trip: reference managers and spreadsheets get back what was written."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest

from synth.devset import load_dev_set
from synth.exports import CSV_COLUMNS, TAG_COLUMNS, export_text

TRICKY_TITLES = [
    "Massage & {braces}: 50% of $costs_saved #1 ~ ^ back\\slash",
    "[Effect of massage on pain in the elderly].",
    "Tuina massage for neck pain: a randomised trial in Zürich (β-endorphin)",
    "Line\nbreak  and   spaces",
]


@pytest.fixture(scope="module")
def dev():
    labelled = load_dev_set()
    records = [item.record for item in labelled]
    records[0] = replace(
        records[0], authors=("Smith J", "Núñez A"), doi="10.1000/x_1", volume="12", pages="1-9"
    )
    for i, title in enumerate(TRICKY_TITLES, start=1):
        records[i] = replace(records[i], title=title)
    tags = {item.record.pmid: item.expected for item in labelled}
    return records, tags


def _one_line(text):
    return " ".join(text.split())


def parse_ris(text):
    entries, current = [], {}
    for line in text.splitlines():
        match = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line)
        if not match:
            continue
        tag, value = match.groups()
        if tag == "ER":
            entries.append(current)
            current = {}
        else:
            current.setdefault(tag, []).append(value)
    return entries


_UNESCAPE = {
    r"\textbackslash{}": "\\",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    **{f"\\{c}": c for c in "{}&%$#_"},
}


def parse_bibtex(text):
    entries = []
    for match in re.finditer(r"@article\{([^,]+),", text):
        fields, i = {"key": match.group(1)}, match.end()
        while True:
            field = re.compile(r"\s*(\w+) = \{").match(text, i)
            if not field:
                break
            value, i = _braced(text, field.end())
            fields[field.group(1)] = _unescape(value)
            i += 1 if text[i : i + 1] == "," else 0
        entries.append(fields)
    return entries


def _braced(text, i):
    depth, start = 1, i
    while depth:
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
    return text[start : i - 1], i


def _unescape(value):
    pattern = "|".join(re.escape(k) for k in sorted(_UNESCAPE, key=len, reverse=True))
    return re.sub(pattern, lambda m: _UNESCAPE[m.group(0)], value)


def test_ris_parses_back_every_title_and_pmid(dev):
    records, tags = dev
    entries = parse_ris(export_text(records, tags, fmt="ris"))
    assert [e["TI"][0] for e in entries] == [_one_line(r.title) for r in records]
    assert [e["AN"][0] for e in entries] == [r.pmid for r in records]
    assert entries[0]["AU"] == ["Smith J", "Núñez A"] and entries[0]["DO"] == ["10.1000/x_1"]
    assert f"synth:design={tags[records[5].pmid].design}" in entries[5]["KW"]


def test_bibtex_parses_back_every_title_with_unique_keys(dev):
    records, tags = dev
    entries = parse_bibtex(export_text(records, tags, fmt="bibtex"))
    assert [e["title"] for e in entries] == [_one_line(r.title) for r in records]
    assert len({e["key"] for e in entries}) == len(records)
    assert entries[0]["author"] == "Smith J and Núñez A"
    assert entries[0]["doi"] == "10.1000/x_1"


def test_csv_has_one_row_per_pmid_with_all_tags(dev):
    records, tags = dev
    rows = list(csv.DictReader(io.StringIO(export_text(records, tags, fmt="csv"))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS == (*TAG_COLUMNS, "title", "year", "journal", "doi")
    assert TAG_COLUMNS == (
        "pmid", "massage_kind", "conditions", "design", "horizon", "max_followup_days",
        "direction", "n_participants", "evidence",
    )  # fmt: skip
    assert [row["pmid"] for row in rows] == [r.pmid for r in records]
    for row, record in zip(rows, records, strict=True):
        expected = tags[record.pmid]
        assert row["design"] == expected.design and row["horizon"] == expected.horizon
        assert row["conditions"] == ";".join(expected.conditions)
        assert row["n_participants"] == (
            "" if expected.n_participants is None else str(expected.n_participants)
        )
        assert row["title"] == record.title
        json.loads(row["evidence"])


def test_untagged_record_exports_with_empty_tag_cells(dev):
    records, tags = dev
    rows = list(csv.DictReader(io.StringIO(export_text(records[:2], {}, fmt="csv"))))
    assert rows[0]["design"] == "" and rows[0]["title"] == records[0].title


def test_jsonl_and_pmids_hold_every_record(dev):
    records, tags = dev
    lines = export_text(records, tags, fmt="jsonl").splitlines()
    objects = [json.loads(line) for line in lines]
    assert [o["pmid"] for o in objects] == [r.pmid for r in records]
    assert objects[3]["tags"]["design"] == tags[records[3].pmid].design
    assert export_text(records, tags, fmt="pmids").split() == [r.pmid for r in records]
