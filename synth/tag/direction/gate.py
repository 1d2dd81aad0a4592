"""The gate (R1, R6): whether a record estimates an effect of massage.

Not when its title or objective says it does not (a protocol, a diagnostic
use, an observational study without an effect estimate), nor when massage is
given in every arm and an add-on is what is tested.
"""

from __future__ import annotations

import re

from ...records import Evidence, Record
from ..tables import LabelledPatterns
from ..text import per_record, split_sentences
from .common import _FLAGS, _GROUP, _RULES, _phrase, _texts, _where

_DIAGNOSTIC_KINDS = frozenset(_RULES["diagnostic_kinds"])
_PRACTICE_KINDS = frozenset(_RULES["practice_kinds"])


_NOT_EFFECT = LabelledPatterns((("not_effect", p) for p in _RULES["gate"]["not_effect"]), **_GROUP)
_OBSERVATIONAL_EFFECT = LabelledPatterns(
    (("effect", p) for p in _RULES["gate"]["observational_effect"]), **_GROUP
)
_OBSERVATIONAL_NOT_EFFECT = LabelledPatterns(
    (("not_effect", p) for p in _RULES["gate"]["observational_not_effect"]), **_GROUP
)
_FEASIBILITY = LabelledPatterns(
    (("feasibility", p) for p in _RULES["gate"]["feasibility"]), **_GROUP
)
_ALL_ARMS = LabelledPatterns(
    (("alone" if i == 0 else "all_arms", p) for i, p in enumerate(_RULES["gate"]["all_arms"])),
    **_GROUP,
)
_COMBINATION = re.compile(_RULES["gate"]["combination"], _FLAGS)
_MASSAGE_ADDED = re.compile(_RULES["gate"]["massage_added"], _FLAGS)
# another arm "alone" beside massage alone: single treatments compared, no add-on design
_OTHER_ALONE = re.compile(r"\b(?!massage\b|therapy\b)[\w-]+\s+alone\b", _FLAGS)
# massage alone held against a treatment without massage: "slower after massage alone than
# after the active warm-up" compares single treatments, no add-on design
_THAN_OTHER = re.compile(r"\s+than\b(?![^,;.()]*\bmassag)", _FLAGS)
_VARIANT = re.compile(rf"\b(?:{'|'.join(_RULES['gate']['variant_words'])})\b", _FLAGS)


_PAREN_ABBREVIATION = re.compile(
    r"\((?=[A-Za-z-]{2,8}\))([A-Za-z-]*[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)\)"
)
_MASSAGE_BEFORE = re.compile(
    r"(?:massage|reflexology|shiatsu|tuina|acupressure|percussi\w+|myofascial\s+release)"
    r"(?:\s+(?:therapy|treatment|technique|group))?\s*$",
    _FLAGS,
)


_ALL_ARMS_NEEDLES = ("assage", "ASSAGE", "rainage", "MLD", "eflexology")
_HEAD_LABEL = re.compile(r"OBJECT|AIM|PURPOSE|QUESTION|GOAL", _FLAGS)


def _gate(record: Record, *, design: str, kind: str) -> Evidence | None:
    """R1 / R6: why the record estimates no effect of massage, or None."""
    head = _head_spans(record)
    found = _search_head(_NOT_EFFECT, head)
    if found is not None:
        return found
    if design == "observational":
        if kind in _DIAGNOSTIC_KINDS:
            return Evidence("default", f"{kind} massage used as a test")
        if kind in _PRACTICE_KINDS:
            return Evidence("default", f"an observational study of {kind} massage in practice")
        found = _search_head(_OBSERVATIONAL_NOT_EFFECT, head)
        if found is not None:
            return found
        if not any(_OBSERVATIONAL_EFFECT.search(text) for _, text in _texts(record)):
            return Evidence("default", "observational study without an effect estimate")
    return _add_on(record)


def feasibility_study(record: Record) -> Evidence | None:
    """The title's or objective's word that makes a record a pilot or feasibility study."""
    return _search_head(_FEASIBILITY, _head_spans(record))


def _add_on(record: Record) -> Evidence | None:
    """R6: an add-on tested on top of massage in every arm (not a massage variant)."""
    texts = _texts(record)
    abbreviations = _abbreviations(texts)
    for where, text in texts:
        text = _normalise_abbreviations(text, abbreviations)
        if not any(word in text for word in _ALL_ARMS_NEEDLES):
            continue  # every all-arms pattern names massage (or lymph drainage, reflexology)
        for hit in _ALL_ARMS.finditer(text):
            sentence = _sentence_at(text, hit.start, hit.start + len(hit.text))
            if hit.label == "alone" and (
                not _COMBINATION.search(sentence)
                or _MASSAGE_ADDED.search(sentence)
                or _OTHER_ALONE.search(sentence)
                or _THAN_OTHER.match(text, hit.start + len(hit.text))
            ):
                continue  # "massage alone or added to drugs", "... than warm-up alone": not R6
            if not _VARIANT.search(sentence):
                return Evidence(where, _phrase(text, hit))
    return None


def _abbreviations(texts: list[tuple[str, str]]) -> set[str]:
    """Abbreviations the record defines for massage: 'traditional Thai massage (TTM)'."""
    return {
        m.group(1)
        for _, t in texts
        if "(" in t
        for m in _PAREN_ABBREVIATION.finditer(t)
        if _MASSAGE_BEFORE.search(t, max(0, m.start() - 45), m.start())
    }


def _sentence_at(text: str, start: int, end: int) -> str:
    left = text.rfind(". ", 0, start)
    right = text.find(". ", end)
    return text[left + 1 if left != -1 else 0 : right if right != -1 else len(text)]


def _normalise_abbreviations(text: str, abbreviations: set[str]) -> str:
    """Write abbreviations defined for massage ("Thai massage (TTM)") as 'massage'."""
    for abbr in abbreviations:
        if abbr in text:
            text = re.sub(rf"\b{re.escape(abbr)}\b(?!\))", "massage", text)
    return text


def _head(record: Record) -> list[tuple[str, str]]:
    """Title and objective: where a study says what it is about."""
    return [(where, text[start:end]) for where, text, start, end in _head_spans(record)]


@per_record
def _head_spans(record: Record) -> list[tuple[str, str, int, int]]:
    """The head as (where, whole text, start, end): the objective sections, else the
    first sentence of an unlabelled abstract (searched in its whole, indexed text)."""
    head = [("title", record.title, 0, len(record.title))] if record.title else []
    labelled = [s for s in record.abstract if s.label and _HEAD_LABEL.search(s.label)]
    if labelled:
        head.extend((_where(s.label), s.text, 0, len(s.text)) for s in labelled)
    elif record.abstract and not record.abstract[0].label:
        text = record.abstract[0].text
        first = split_sentences(text)[:1]
        if first:
            start = max(text.find(first[0]), 0)
            head.append(("abstract", text, start, start + len(first[0])))
    return head


def _search_head(
    patterns: LabelledPatterns, head: list[tuple[str, str, int, int]]
) -> Evidence | None:
    """The first hit of ``patterns`` that starts inside the head."""
    for where, text, start, end in head:
        for hit in patterns.finditer(text):
            if hit.start >= end:
                break
            if hit.start >= start:
                return Evidence(where, _phrase(text, hit))
    return None
