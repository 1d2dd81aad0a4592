"""Reading the conclusion and results: cue hits by label, in order of appearance.

The conclusion (labelled, else the closing sentences that read as one) and the
results sentences are scanned with the combined cue table; null cues about the
control group or safety, positive words in an open question and negated
negative cues are passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...records import Evidence, Record
from ..tables import LabelledMatch, LabelledPatterns
from ..text import conclusion_sentences, per_record, split_sentences
from .common import _FLAGS, _RULES, _phrase, _where

_CUE_ORDER = ("negative", "advise_against", "unclear", "mixed", "equivalent", "null", "positive")


_CUES = LabelledPatterns(
    (label, pattern) for label in _CUE_ORDER for pattern in _RULES["cues"][label]
)


_VARIANT_NULL = re.compile(_RULES["results"]["variant_null"], _FLAGS)
_CONCLUDING = re.compile(_RULES["concluding"], _FLAGS)
_BASELINE = re.compile(_RULES["results"]["baseline"], _FLAGS)
_CONTROL_AFTER = re.compile(_RULES["results"]["control_after"], _FLAGS)
_CONTROL_BEFORE = re.compile(_RULES["results"]["control_before"], _FLAGS)
_CONTROL_GROUP_AFTER = re.compile(_RULES["results"]["control_group_after"], _FLAGS)
_SAFETY = re.compile(_RULES["results"]["safety_after"], _FLAGS)
_NEGATED_BEFORE = re.compile(_RULES["results"]["negated_before"], _FLAGS)
_QUESTION_BEFORE = re.compile(_RULES["results"]["question_before"], _FLAGS)
# a comma aside that turns no clause: "whether massage, with or without aromatherapy, relieves"
_ASIDE = re.compile(r",\s*(?:with|without|alone|or|and|either)\b[^,;:]{0,40},", _FLAGS)
_HOPE_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?:\w+\s+){0,2}$", _FLAGS)
# a null only to be tested: "a trial is needed to confirm that this is not due to differences"
_TO_TEST_BEFORE = re.compile(
    r"\b(?:needed|required|warranted|necessary)\s+to\s+(?:confirm|establish|determine|show"
    r"|exclude|rule\s+out|verify)\b[^,;.]{0,60}$",
    _FLAGS,
)


_MASSAGE_WORD = re.compile(r"massag|reflexolog|shiatsu|tuina|acupressure", _FLAGS)
_CONCLUSION_LABEL = re.compile(r"^abstract:.*(?:CONCLU|INTERPRETATION|IMPLICATION)", _FLAGS)


_RESULTS_LABEL = re.compile(r"RESULT|FINDING", _FLAGS)


@dataclass
class _Reading:
    """Cue hits of a group of sentences: label -> evidence, in order of appearance."""

    hits: list[tuple[str, Evidence, str]] = field(default_factory=list)

    def first(self, *labels: str) -> Evidence | None:
        return next((ev for label, ev, _ in self.hits if label in labels), None)

    def has(self, label: str) -> bool:
        return any(hit[0] == label for hit in self.hits)


# a brief benefit named before its noun: "a small, short-lived increase in ROM"
_BRIEF = re.compile(r"(?:short-lived|transient|temporary|transitory)\s", re.IGNORECASE)


def _brief_as_claim(reading: _Reading, results: _Reading) -> _Reading:
    """The reading with "a short-lived gain" as a claim, when nothing else in it, nor in
    the ``results``, is a null or a split: no outcome or time point the benefit missed
    (for a study measured only within a day of one session)."""
    briefs = [hit for hit in reading.hits if hit[0] == "mixed" and _BRIEF.match(hit[1].text)]
    if not briefs or any(hit[0] in ("null", "mixed") for hit in results.hits):
        return reading
    if any(hit[0] in ("null", "mixed") for hit in reading.hits if hit not in briefs):
        return reading
    return _Reading([("positive", *hit[1:]) if hit in briefs else hit for hit in reading.hits])


@per_record
def _conclusion(record: Record) -> list[tuple[str, str]]:
    """The labelled conclusion, else the closing sentences that read as one."""
    sentences = conclusion_sentences(record)
    if not sentences or any(_CONCLUSION_LABEL.search(where) for where, _ in sentences):
        return sentences
    concluding = [pair for pair in sentences if _CONCLUDING.search(pair[1])]
    return concluding or sentences[-1:]


def _results_sentences(record: Record) -> list[tuple[str, str]]:
    labelled = [s for s in record.abstract if s.label and _RESULTS_LABEL.search(s.label)]
    if labelled:
        return [(_where(s.label), x) for s in labelled for x in split_sentences(s.text)]
    pairs = [(_where(s.label), x) for s in record.abstract for x in split_sentences(s.text)]
    conclusion = {sentence for _, sentence in _conclusion(record)}
    return [pair for pair in pairs[1:] if pair[1] not in conclusion]


def _read(sentences: list[tuple[str, str]], record: Record) -> _Reading:
    reading = _Reading()
    for where, sentence in sentences:
        quiet, null_seen = None, False
        for hit in _sentence_cues(sentence, record):
            if hit.label == "mixed" and null_seen and _hoped(sentence, hit.start):
                continue  # "did not improve scars, although it may give transient relief" (R2)
            if hit.label in ("null", "equivalent"):
                if quiet is None:
                    quiet = bool(_VARIANT_NULL.search(sentence) or _BASELINE.search(sentence))
                if quiet or _about_control(sentence, hit):
                    continue
                if _TO_TEST_BEFORE.search(sentence, 0, hit.start):
                    continue  # a null still to be tested is no finding
            if hit.label == "positive" and _in_question(sentence, hit.start):
                continue
            if hit.label == "negative" and _negated(sentence, hit.start):
                continue
            if hit.label == "negative" and _massage_better(sentence, hit):
                hit = LabelledMatch("positive", hit.text, hit.start)  # massage the better one
            null_seen = null_seen or hit.label == "null"
            reading.hits.append((hit.label, Evidence(where, _phrase(sentence, hit)), sentence))
    return reading


def _sentence_cues(sentence: str, record: Record) -> list[LabelledMatch]:
    """Cue hits of ``sentence`` (offsets within it), read from the scan of its whole
    section: the section's word index is shared with the other rule families."""
    for section in record.abstract:
        offset = _sentence_starts(section.text).get(sentence)
        if offset is not None:
            end = offset + len(sentence)
            return [
                LabelledMatch(hit.label, hit.text, hit.start - offset)
                for hit in _section_cues(section.text)
                if offset <= hit.start < end
            ]
    return list(_CUES.finditer(sentence))


@lru_cache(maxsize=64)
def _section_cues(text: str) -> tuple[LabelledMatch, ...]:
    return tuple(_CUES.finditer(text))


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> dict[str, int]:
    """Where each sentence of ``text`` starts."""
    starts: dict[str, int] = {}
    position = 0
    for sentence in split_sentences(text):
        at = text.find(sentence, position)
        if at != -1:
            starts.setdefault(sentence, at)
            position = at + len(sentence)
    return starts


def _hoped(sentence: str, start: int) -> bool:
    return _HOPE_BEFORE.search(sentence, max(0, start - 30), start) is not None


def _negated(sentence: str, start: int) -> bool:
    return _NEGATED_BEFORE.search(sentence, max(0, start - 40), start) is not None


def _massage_better(sentence: str, hit: LabelledMatch) -> bool:
    """'massage reduced pain more than placebo massage': massage is the subject of
    the comparison, so 'more than ... massage' is no advantage of the comparator."""
    if " than " not in hit.text:
        return False
    clause = max(sentence.rfind(",", 0, hit.start), sentence.rfind(";", 0, hit.start))
    return _MASSAGE_WORD.search(sentence, clause + 1, hit.start) is not None


def _in_question(sentence: str, start: int) -> bool:
    """'whether massage helps': the positive word sits in an open question (a comma
    aside such as ", with or without aromatherapy," ends no clause)."""
    before = sentence[:start]
    if "," in before:
        before = _ASIDE.sub(lambda m: " " * len(m.group()), before)
    clause = max(before.rfind(","), before.rfind(";"))
    return _QUESTION_BEFORE.search(sentence, clause + 1, start) is not None


def _about_control(sentence: str, hit: LabelledMatch) -> bool:
    """'did not change in the control group' (a null result of the comparator) or
    'no serious adverse effects' (safety, not efficacy)."""
    after = hit.start + len(hit.text)
    if _CONTROL_AFTER.match(sentence, after) or _CONTROL_GROUP_AFTER.match(sentence, after):
        return True
    clause = max(sentence.rfind(",", 0, hit.start), sentence.rfind(";", 0, hit.start))
    if _CONTROL_BEFORE.search(sentence, clause + 1, hit.start) is not None:
        return True  # "; the control children showed no such improvement"
    return _SAFETY.match(sentence, hit.start) is not None


def _title_direction(record: Record) -> tuple[str, Evidence]:
    """Nothing in the abstract: a title that states a finding ('Massage reduces pain')."""
    title = _read([("title", record.title)], record) if record.title else _Reading()
    for label, ev, _ in title.hits:
        if label in ("negative", "null", "positive"):
            return {"null": "no_effect"}.get(label, label), ev
    return "unclear", Evidence("default", "no direction stated in the abstract")


def _review_direction(
    first: Evidence | None, results: list[tuple[str, str]], record: Record
) -> tuple[str, Evidence]:
    """A review's conclusion without a null cue: positive when it (or, silent, the
    pooled results) favours massage, else unclear (R5)."""
    if first is not None:
        return "positive", first
    reading = _read(results, record)
    found = reading.first("unclear", "null", "positive")
    if found is None:
        return "unclear", Evidence("default", "no direction stated")
    label = next(label for label, ev, _ in reading.hits if ev is found)
    return {"null": "no_effect", "positive": "positive"}.get(label, "unclear"), found
