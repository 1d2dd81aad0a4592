"""The bundled labelled set loads as records with the tags TAXONOMY.md expects."""

import pytest

from synth.devset import load_dev_set, record_from_json
from synth.exceptions import ParseError


def test_bundled_dev_set_loads_every_record_with_its_labels():
    dev = load_dev_set()
    assert len(dev) >= 90
    assert len({item.record.pmid for item in dev}) == len(dev)
    assert all(item.expected.massage_kind for item in dev)


def test_mesh_qualifiers_keep_their_ampersand_and_major_flag():
    obj = {"pmid": "1", "title": "t", "mesh": ["Episiotomy / statistics & numerical data*"]}
    (heading,) = record_from_json(obj).mesh
    assert heading.descriptor == "Episiotomy"
    assert heading.qualifiers == ("statistics & numerical data",)
    assert heading.major


def test_translated_titles_are_recognised():
    assert record_from_json({"pmid": "2", "title": "[Massage im Alter]"}).title_translated


def test_a_broken_line_names_file_and_line(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text('{"pmid": "1", "title": "x", "labels": {}}\n', encoding="utf-8")
    with pytest.raises(ParseError, match=r"dev.jsonl:1"):
        load_dev_set(path)
