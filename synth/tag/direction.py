"""Direction of effect (TAXONOMY.md section 5, rules R1-R6).

Only records that estimate an effect of massage get a direction (R1, R6).
The authors' conclusion is scanned once with a combined cue table (negative,
unclear, mixed, equivalence, null, positive; negated phrases win over the
positive word inside them), and a positive conclusion is held against the
between-group results (R2, R3): a null primary comparison is ``no_effect``, a
null result on an outcome the title or objective names makes it ``mixed``.
The cue tables live in ``rules/direction.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Evidence, Record
from .guard import guard_pattern
from .horizon import SHARED_GROUP
from .tables import LabelledMatch, LabelledPatterns, load_rules
from .text import conclusion_sentences, split_sentences

_RULES = load_rules("direction")
_FLAGS = re.IGNORECASE

# The gate's pattern sets (rare start words) join the tagger's shared scan; the
# cue table (common words: "not", "more", "p") scans only the sections it reads.
_GROUP = SHARED_GROUP
_EFFECT_DESIGNS = frozenset(_RULES["effect_designs"])
_DIAGNOSTIC_KINDS = frozenset(_RULES["diagnostic_kinds"])
_CUE_ORDER = ("negative", "unclear", "mixed", "equivalent", "null", "positive")


def _any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(guard_pattern("|".join(f"(?:{p})" for p in patterns)), _FLAGS)


_NOT_EFFECT = LabelledPatterns((("not_effect", p) for p in _RULES["gate"]["not_effect"]), **_GROUP)
_OBSERVATIONAL_EFFECT = LabelledPatterns(
    (("effect", p) for p in _RULES["gate"]["observational_effect"]), **_GROUP
)
_OBSERVATIONAL_NOT_EFFECT = LabelledPatterns(
    (("not_effect", p) for p in _RULES["gate"]["observational_not_effect"]), **_GROUP
)
_ALL_ARMS = LabelledPatterns(
    (("alone" if i == 0 else "all_arms", p) for i, p in enumerate(_RULES["gate"]["all_arms"])),
    **_GROUP,
)
_COMBINATION = re.compile(_RULES["gate"]["combination"], _FLAGS)
_VARIANT = re.compile(rf"\b(?:{'|'.join(_RULES['gate']['variant_words'])})\b", _FLAGS)
_CUES = LabelledPatterns(
    (label, pattern) for label in _CUE_ORDER for pattern in _RULES["cues"][label]
)
_BETWEEN = _any(_RULES["results"]["between"])
_WITHIN = re.compile(_RULES["results"]["within"], _FLAGS)
_UNDONE = re.compile(_RULES["results"]["undone"], _FLAGS)
_VARIANT_NULL = re.compile(_RULES["results"]["variant_null"], _FLAGS)
_CONCLUDING = re.compile(_RULES["concluding"], _FLAGS)
_BASELINE = re.compile(_RULES["results"]["baseline"], _FLAGS)
_CONTROL_AFTER = re.compile(_RULES["results"]["control_after"], _FLAGS)
_SAFETY = re.compile(_RULES["results"]["safety_after"], _FLAGS)
_NEGATED_BEFORE = re.compile(_RULES["results"]["negated_before"], _FLAGS)
_QUESTION_BEFORE = re.compile(_RULES["results"]["question_before"], _FLAGS)
_LATER_TIME = re.compile(_RULES["results"]["later_time"], _FLAGS)
_GENERIC = frozenset(_RULES["results"]["generic_words"])
_TIME_WORDS = frozenset(_RULES["results"]["time_words"])
_TOPIC_WORDS = frozenset(_RULES["results"]["topic_words"])
_PAREN_ABBREVIATION = re.compile(
    r"\((?=[A-Za-z-]{2,8}\))([A-Za-z-]*[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*)\)"
)
_MASSAGE_BEFORE = re.compile(
    r"(?:massage|reflexology|shiatsu|tuina|acupressure|percussi\w+|myofascial\s+release)"
    r"(?:\s+(?:therapy|treatment|technique|group))?\s*$",
    _FLAGS,
)
# The word naming the kind of massage ("abdominal massage"): no outcome (R3).
_MODIFIER = re.compile(
    r"\b([a-z][a-z-]{3,})[\s-]+(?:massage|reflexology|self-massage|effleurage)", _FLAGS
)
# Cue patterns that start after a look-behind ("(?<=did )not improve"): the
# word they look back at, by the hit's first word, shown with it as evidence.
_AUX = r"\b(?:did|does|do|was|were|is|are|has|have|had|could|can|would|will)\s$"
_WITHOUT = r"\bwithout(?:\s+(?:a|any))?\s$"
_LEADS = {
    word: re.compile(pattern, _FLAGS)
    for pattern, words in (
        (_AUX, ["not"]),
        (r"\w+n['\u2019]$", ["t"]),
        (r"\b(?:in|for|for\s+the)\s$", ["diagnosis", "diagnosing"]),
        (r"\b(?:study|trial|review)\s$", ["protocol"]),
        (r"\b(?:compared\s+(?:with|to)|relative\s+to|from)\s$", ["baseline"]),
        (r"\bfrom\s$", ["before"]),
        (r"\bthe\s$", ["two", "three"]),
        (r"\bin\s$", ["addition"]),
        (r"\b(?:with|after|under|following|by)\s$", ["both"]),
        (_WITHOUT, ["significant", "significance", "significantly", "difference", "effect"]),
        (_WITHOUT, ["benefit", "statistically", "clinically", "measurable", "notable"]),
        (_WITHOUT, ["noticeable", "appreciable", "relevant", "meaningful", "major"]),
        (_WITHOUT, ["further", "additional"]),
    )
    for word in words
}
_FIRST_WORD = re.compile(r"\w+")
_SPARED = re.compile(_RULES["results"]["spared"], _FLAGS)
_MASSAGE_WORD = re.compile(r"massag|reflexolog|shiatsu|tuina|acupressure", _FLAGS)
_CONCLUSION_LABEL = re.compile(r"^abstract:.*(?:CONCLU|INTERPRETATION|IMPLICATION)", _FLAGS)
_HEAD_LABEL = re.compile(r"OBJECT|AIM|PURPOSE|QUESTION|GOAL", _FLAGS)
_RESULTS_LABEL = re.compile(r"RESULT|FINDING", _FLAGS)
_WORD = re.compile(r"[a-z][a-z-]{3,}")
_CLAUSE_SPLIT = re.compile(r";|,\s+(?:and|but|whereas|while)\s+|\s+(?:but|whereas|while)\s+")
_CLAUSE_STOPS = (";", " whereas ", " while ", " but ", ", and ", " although ")


@dataclass
class _Reading:
    """Cue hits of a group of sentences: label -> evidence, in order of appearance."""

    hits: list[tuple[str, Evidence, str]] = field(default_factory=list)

    def first(self, *labels: str) -> Evidence | None:
        return next((ev for label, ev, _ in self.hits if label in labels), None)

    def has(self, label: str) -> bool:
        return any(hit[0] == label for hit in self.hits)


def tag_direction(record: Record, *, design: str, kind: str) -> tuple[str, tuple[Evidence, ...]]:
    """The direction label of ``record`` and its evidence (TAXONOMY.md §5)."""
    if design not in _EFFECT_DESIGNS:
        return "not_applicable", (Evidence("default", f"{design} is not an effect study"),)
    gate = _gate(record, design=design, kind=kind)
    if gate is not None:
        return "not_applicable", (gate,)
    conclusion = _read(_conclusion(record), record)
    results = _results_sentences(record)
    label, evidence = _from_conclusion(conclusion, results, record, design=design)
    return label, (evidence,)


def _gate(record: Record, *, design: str, kind: str) -> Evidence | None:
    """R1 / R6: why the record estimates no effect of massage, or None."""
    head = _head_spans(record)
    found = _search_head(_NOT_EFFECT, head)
    if found is not None:
        return found
    if design == "observational":
        if kind in _DIAGNOSTIC_KINDS:
            return Evidence("default", f"{kind} massage used as a test")
        found = _search_head(_OBSERVATIONAL_NOT_EFFECT, head)
        if found is not None:
            return found
        if not any(_OBSERVATIONAL_EFFECT.search(text) for _, text in _texts(record)):
            return Evidence("default", "observational study without an effect estimate")
    return _add_on(record)


def _add_on(record: Record) -> Evidence | None:
    """R6: an add-on tested on top of massage in every arm (not a massage variant)."""
    texts = _texts(record)
    abbreviations = _abbreviations(texts)
    for where, text in texts:
        text = _normalise_abbreviations(text, abbreviations)
        if "assage" not in text and "ASSAGE" not in text:
            continue  # every all-arms pattern names massage
        for hit in _ALL_ARMS.finditer(text):
            sentence = _sentence_at(text, hit.start, hit.start + len(hit.text))
            if hit.label == "alone" and not _COMBINATION.search(sentence):
                continue
            if not _VARIANT.search(sentence):
                return Evidence(where, _phrase(text, hit))
    return None


def _phrase(text: str, hit: LabelledMatch) -> str:
    """The hit with the word its pattern looks back at ('did' of 'did not improve')."""
    first = _FIRST_WORD.match(hit.text)
    lead = _LEADS.get(first.group().lower()) if first else None
    found = lead.search(text, max(0, hit.start - 25), hit.start) if lead else None
    return (found.group() if found else "") + hit.text


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


def _texts(record: Record) -> list[tuple[str, str]]:
    texts = [("title", record.title)] if record.title else []
    for section in record.abstract:
        texts.append((_where(section.label), section.text))
    return texts


def _where(label: str | None) -> str:
    return f"abstract:{label.strip().upper()}" if label and label.strip() else "abstract"


def _head(record: Record) -> list[tuple[str, str]]:
    """Title and objective: where a study says what it is about."""
    return [(where, text[start:end]) for where, text, start, end in _head_spans(record)]


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
        quiet = None
        for hit in _sentence_cues(sentence, record):
            if hit.label in ("null", "equivalent"):
                if quiet is None:
                    quiet = bool(_VARIANT_NULL.search(sentence) or _BASELINE.search(sentence))
                if quiet or _about_control(sentence, hit):
                    continue
            if hit.label == "positive" and _in_question(sentence, hit.start):
                continue
            if hit.label == "negative" and (
                _massage_better(sentence, hit) or _negated(sentence, hit.start)
            ):
                continue
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
    """'whether massage helps': the positive word sits in an open question."""
    clause = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start))
    return _QUESTION_BEFORE.search(sentence, clause + 1, start) is not None


def _about_control(sentence: str, hit: LabelledMatch) -> bool:
    """'did not change in the control group' (a null result of the comparator) or
    'no serious adverse effects' (safety, not efficacy)."""
    if _CONTROL_AFTER.match(sentence, hit.start + len(hit.text)) is not None:
        return True
    return _SAFETY.match(sentence, hit.start) is not None


def _from_conclusion(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record, *, design: str
) -> tuple[str, Evidence]:
    for label in ("negative", "unclear", "mixed", "equivalent"):
        evidence = conclusion.first(label)
        if evidence is None:
            continue
        if label == "unclear" and _claims(conclusion):
            continue
        return ("no_effect" if label == "equivalent" else label), evidence
    first = conclusion.first("null", "positive")
    if first is not None and conclusion.first("null") is first:
        if not _labelled_conclusion(record) and _between_advantage(results):
            return "mixed", first
        return "no_effect", first
    if design == "systematic_review":
        return _review_direction(first, results, record)
    if first is not None and conclusion.first("null") is not None:
        return "mixed", conclusion.first("null")
    return _against_results(conclusion, results, record)


def _claims(conclusion: _Reading) -> bool:
    """A positive or split finding, not a word that only names the question (R5)."""
    return any(
        label == "mixed" or (label == "positive" and ev.text.lower() not in _TOPIC_WORDS)
        for label, ev, _ in conclusion.hits
    )


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


def _against_results(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record
) -> tuple[str, Evidence]:
    """R2 / R3: a positive (or silent) conclusion held against the results."""
    reading = _read(results, record)
    stated = conclusion.first("positive") or Evidence("default", "no cue in the conclusion")
    split = reading.first("mixed")
    if split is not None:
        return "mixed", split
    nulls = [(ev, sentence) for label, ev, sentence in reading.hits if label == "null"]
    if nulls and not _between_advantage(results):
        return "no_effect", nulls[0][0]
    keys = _key_words(record, conclusion)
    for evidence, sentence in nulls + _conclusion_nulls(conclusion):
        if keys & _clause_words(sentence, evidence.text):
            return "mixed", evidence
    for evidence, sentence in nulls:
        if _LATER_TIME.search(sentence) and _same_outcome(sentence, evidence.text, results):
            return "mixed", evidence
    if stated.where == "default":
        found = reading.first("positive")
        return ("positive", found) if found else _title_direction(record)
    return "positive", stated


def _title_direction(record: Record) -> tuple[str, Evidence]:
    """Nothing in the abstract: a title that states a finding ('Massage reduces pain')."""
    title = _read([("title", record.title)], record) if record.title else _Reading()
    for label, ev, _ in title.hits:
        if label in ("negative", "null", "positive"):
            return {"null": "no_effect"}.get(label, label), ev
    return "unclear", Evidence("default", "no direction stated in the abstract")


def _labelled_conclusion(record: Record) -> bool:
    return any(_CONCLUSION_LABEL.search(where) for where, _ in conclusion_sentences(record))


def _conclusion_nulls(conclusion: _Reading) -> list[tuple[Evidence, str]]:
    return [(ev, sentence) for label, ev, sentence in conclusion.hits if label == "null"]


def _between_advantage(results: list[tuple[str, str]]) -> bool:
    """A between-group advantage in some clause that is not about change within groups
    ("both groups improved, and massage was superior to touch": the second clause)."""
    return any(
        _BETWEEN.search(clause) and not _WITHIN.search(clause)
        for _, sentence in results
        if _BETWEEN.search(sentence) and not _UNDONE.search(sentence)
        for clause in _CLAUSE_SPLIT.split(sentence)
    )


def _same_outcome(sentence: str, cue: str, results: list[tuple[str, str]]) -> bool:
    """A later null on an outcome the results show an advantage on: benefit not sustained."""
    if _BETWEEN.search(sentence):
        return True
    words = _clause_words(sentence, cue) - _GENERIC - _TIME_WORDS
    if not words:
        return True
    return any(
        words & set(_WORD.findall(s.lower()))
        for _, s in results
        if s != sentence and _BETWEEN.search(s)
    )


def _key_words(record: Record, conclusion: _Reading) -> set[str]:
    """Content words of the title, objective and the conclusion's claims (main outcomes, R3)."""
    words: set[str] = set()
    for _, text in _head(record):
        words.update(_WORD.findall(text.lower()))
    for label, evidence, sentence in conclusion.hits:
        if label == "positive":
            words.update(_clause_words(sentence, evidence.text))
    return words - _GENERIC - _massage_names(record) - _not_claimed(record, conclusion)


def _not_claimed(record: Record, conclusion: _Reading) -> set[str]:
    """Words that name no outcome massage should improve: the massage's own name
    ("abdominal massage") and what the conclusion says was spared ("without
    reducing muscle force")."""
    texts = [text for _, text in _head(record)] + [sent for _, _, sent in conclusion.hits]
    found = {m.group(1).lower() for text in texts for m in _MODIFIER.finditer(text)}
    for text in {sent for _, _, sent in conclusion.hits}:
        for m in _SPARED.finditer(text):
            found.update(_WORD.findall(m.group(1).lower()))
    return found


def _massage_names(record: Record) -> set[str]:
    return {abbr.lower() for abbr in _abbreviations(_texts(record))}


def _clause_words(sentence: str, cue: str) -> set[str]:
    """Words of the clause around a null cue (the outcome that did not differ)."""
    at = max(sentence.find(cue), 0)
    start = max(0, at - 90)
    end = min(len(sentence), at + len(cue) + 60)
    for stop in _CLAUSE_STOPS:
        left = sentence.rfind(stop, start, at)
        if left != -1 and at - left - len(stop) > 2:
            start = left + len(stop)
        right = sentence.find(stop, at + len(cue), end)
        if right != -1:
            end = right
    return set(_WORD.findall(sentence[start:end].lower()))
