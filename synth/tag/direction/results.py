"""The label from the conclusion, checked against the results (R2, R3, R5).

A positive conclusion becomes ``no_effect`` when the between-group results are
null, ``mixed`` when a null result is on an outcome the title, objective or
claim names, or when a benefit is not sustained at a later time.
"""

from __future__ import annotations

import re

from ...records import Evidence, Record
from ..text import conclusion_sentences
from .between import (
    _BETWEEN,
    _alike_in_every_arm,
    _between_advantage,
    _main_outcome_alike,
    _series_changed,
)
from .clauses import (
    _BRACKETS,
    _CHANGE_WORDS,
    _COMPARING,
    _GENERIC,
    _TIME_WORDS,
    _WORD,
    _clause,
    _clause_words,
    _co_primary,
    _declared_secondary,
    _denied,
    _last_part,
    _main_nulls,
    _primary_nulls,
    _unclaimed_course,
    _whole_clause_words,
)
from .common import _FLAGS, _RULES
from .equivalence import _LATER_TIME, _later_equivalence, _later_hours, _split_equivalence
from .gate import _head
from .measures import _OBJECTIVE, _marker_words, _massage_names, _other_measure
from .primary import names_primary, primary_words, secondary_words
from .reading import (
    _ASIDE,
    _CONCLUSION_LABEL,
    _read,
    _Reading,
    _review_direction,
    _title_direction,
)

_TOPIC_WORDS = frozenset(_RULES["results"]["topic_words"])
# a null that speaks of the benefit just stated: "but the benefit had disappeared"
_REFERS_BACK = re.compile(
    r"\b(?:the|this|these|its|their|that)\s+(?:\w+\s+)?(?:benefits?|effects?|improvements?|"
    r"differences?|gains?|advantages?|reductions?)\b",
    _FLAGS,
)
# unclear cues that doubt what their clause goes on to say ("no good evidence that
# ..."), unlike a caveat ("low-certainty evidence suggests that massage helps": R5)
_DOUBTS = re.compile(r"\b(?:no|not|insufficient|inadequate|lack|paucity|absence|too)\b", _FLAGS)
# a new clause that may state a finding of its own ("evidence is weak, but massage helped")
_CLAUSE_TURN = re.compile(
    r"[;:,]|\b(?:but|however|yet|although|though|whereas|while|nevertheless)\b", _FLAGS
)


# The word naming the kind of massage ("abdominal massage"): no outcome (R3).
_MODIFIER = re.compile(
    r"\b([a-z][a-z-]{3,})[\s-]+(?:massage|reflexology|self-massage|effleurage)", _FLAGS
)


_SPARED = re.compile(_RULES["results"]["spared"], _FLAGS)
_COTREATMENT = re.compile(
    r"\b(?:adjunct|adjuvant|added|addition)\s+to\s+((?:(?!massage)[\w-]+\s+){0,2}?(?!massage)[\w-]+)",
    _FLAGS,
)
_CONCESSION = re.compile(_RULES["results"]["concession"], _FLAGS)


def _from_conclusion(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record, *, design: str
) -> tuple[str, Evidence]:
    advice = conclusion.first("advise_against")  # "should not replace a warm-up"
    if advice is not None and conclusion.first("null", "equivalent") is None:
        return "negative", advice  # (not after "is not superior to": R4)
    for label in ("negative", "unclear", "mixed", "equivalent"):
        evidence = conclusion.first(label)
        if evidence is None:
            continue
        if label == "unclear" and _claims(conclusion):
            continue
        if label == "unclear" and design != "systematic_review":
            null = _null_trial(results, record)  # "trials are needed" after a null (R2)
            if null is not None:
                return "no_effect", null
        if label == "equivalent" and (
            _later_equivalence(conclusion, evidence) or _split_equivalence(conclusion, evidence)
        ):
            return "mixed", evidence  # "sped early recovery, but long-term outcomes were similar"
        return ("no_effect" if label == "equivalent" else label), evidence
    first, null = conclusion.first("null", "positive"), conclusion.first("null")
    if first is not None and null is first:
        return _null_first(conclusion, results, record, first)
    if first is not None and null is not None:
        return _claim_then_null(conclusion, results, record, null)
    if design == "systematic_review":
        return _review_direction(first, results, record)
    return _against_results(conclusion, results, record, design=design)


def _null_trial(results: list[tuple[str, str]], record: Record) -> Evidence | None:
    """The null main result of a trial whose conclusion only asks for more research."""
    nulls = _main_nulls(_read(results, record).hits, record)
    if nulls and not _between_advantage(results, about=primary_words(record)):
        return nulls[0][0]
    return None


def _null_first(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record, first: Evidence
) -> tuple[str, Evidence]:
    """A conclusion that opens with a null result (R2, R3)."""
    if _primary_nulls(conclusion.hits, record):  # the primary comparison is null (R2) ...
        if _co_primary(record) and conclusion.first("positive") is not None:
            return "mixed", first  # ... unless a claim names another co-primary outcome (R3)
        return "no_effect", first
    primary = primary_words(record)
    if (
        primary
        and not _co_primary(record)
        and _primary_nulls(_read(results, record).hits, record)
        and not _between_advantage(results, about=primary)
    ):
        return "no_effect", first  # R2: the results' primary comparison is null
    conceded = _conceded(conclusion)
    if conceded is not None:
        return "mixed", conceded
    about = _concluded_words(conclusion, record)
    if not _labelled_conclusion(record) and _between_advantage(results, about=about):
        return "mixed", first
    return "no_effect", first


def _claim_then_null(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record, null: Evidence
) -> tuple[str, Evidence]:
    """A claim, then a null result: a split (R3), unless the study names its primary
    outcome and the nulls name other outcomes, secondary even when the title names them
    (with co-primary outcomes a null on one the title names still splits)."""
    if (
        primary_words(record)
        and not _primary_nulls(conclusion.hits, record)
        and _nulls_name_outcomes(conclusion, record)
        and not (_co_primary(record) and _null_in_head(conclusion, record))
    ):
        return _against_results(conclusion, results, record)
    if (
        (
            _primary_nulls(conclusion.hits, record)
            or _primary_nulls(_read(results, record).hits, record)
        )
        and not _primary_claimed(conclusion, record)
        and not _between_advantage(results, about=primary_words(record))
        and not _co_primary(record)  # (a claim on the other co-primary outcome splits)
    ):
        return "no_effect", null  # R2: the claims are on secondary outcomes only
    claim = conclusion.first("positive")
    if (
        claim is not None
        and not primary_words(record)
        and _nulls_declared_secondary(conclusion, record)
    ):
        return "positive", claim  # R3: the nulls are on declared secondary outcomes only
    if _alike_in_every_arm(conclusion, results, record):
        return "no_effect", null  # R2: the claim is a change every arm shared
    return "mixed", null


def _nulls_declared_secondary(conclusion: _Reading, record: Record) -> bool:
    """Every null of the conclusion names an outcome the abstract declares secondary
    ("... although it does not restore muscle strength", strength being secondary)."""
    secondary = secondary_words(record)
    return bool(secondary) and all(
        _whole_clause_words(sentence, ev.text) & secondary
        for label, ev, sentence in conclusion.hits
        if label == "null"
    )


def _primary_claimed(conclusion: _Reading, record: Record) -> bool:
    """Whether a positive claim of the conclusion names the primary outcome (not
    one a null denies: "a survival benefit was not shown")."""
    primary = primary_words(record)
    return any(
        names_primary(_whole_clause_words(_unnamed(sentence), evidence.text), primary)
        and not _denied(sentence, evidence.text, conclusion.hits)
        for label, evidence, sentence in conclusion.hits
        if label == "positive"
    )


def _unnamed(sentence: str) -> str:
    """``sentence`` with the kind of massage unnamed: in "Scar massage reduced itch" the
    claim is on itch, not on the scar scale the primary outcome names."""
    return _MODIFIER.sub(lambda m: " " * len(m.group(1)) + m.group()[len(m.group(1)) :], sentence)


def _concluded_words(conclusion: _Reading, record: Record) -> frozenset[str]:
    """The outcome words of the conclusion: an advantage in the results on an outcome
    the conclusion does not name ("heaviness improved more") is no split (R3)."""
    words: set[str] = set()
    for sentence in {sentence for _, _, sentence in conclusion.hits}:
        words.update(_WORD.findall(sentence.lower()))  # (no abbreviations: "MLD" names massage)
    return frozenset(words - _GENERIC - _TIME_WORDS - _massage_names(record))


def _non_outcomes(record: Record) -> frozenset[str]:
    """Words that name no outcome: generic, time and comparison words, massage's names."""
    return _GENERIC | _TIME_WORDS | _COMPARING | _massage_names(record)


def _nulls_name_outcomes(conclusion: _Reading, record: Record) -> bool:
    """Every null of the conclusion names an outcome of its own ("no effect on
    disability"), not the benefit just stated ("the benefit had disappeared")."""
    names = _non_outcomes(record)
    for label, ev, sentence in conclusion.hits:
        if label != "null":
            continue
        if _REFERS_BACK.search(_last_part(_clause(sentence, ev.text), ev.text)):
            return False
        cue = set(_WORD.findall(ev.text.lower()))  # "does not change": no outcome
        if not _whole_clause_words(sentence, ev.text) - names - cue:
            return False
    return True


def _null_in_head(conclusion: _Reading, record: Record) -> bool:
    """A null of the conclusion on an outcome the title or objective names (a main
    outcome, R3), beyond the words it shares with the conclusion's claims."""
    names = _non_outcomes(record) | _not_claimed(record, conclusion)  # ("perineal massage")
    names |= secondary_words(record)  # ("... and its effect on pregnancy (secondary outcome)")
    head = {w for _, text in _head(record) for w in _WORD.findall(text.lower())} - names
    claimed: set[str] = set()
    for label, ev, sentence in conclusion.hits:
        if label == "positive":
            claimed |= _clause_words(sentence, ev.text)
    return any(
        (_clause_words(sentence, ev.text) - claimed) & head
        for label, ev, sentence in conclusion.hits
        if label == "null"
    )


def _conceded(conclusion: _Reading) -> Evidence | None:
    """The finding of a sentence that concedes a null result first (R3)."""
    for label, evidence, sentence in conclusion.hits:
        if label == "positive" and _CONCESSION.search(sentence):
            return evidence
    return None


def _claims(conclusion: _Reading) -> bool:
    """A positive or split finding, not a word that only names the question, nor one
    under an unclear cue of its clause ("insufficient evidence that massage helps", R5)."""
    doubted: dict[str, int] = {}  # sentence -> where its first unclear cue ends
    for label, ev, sentence in conclusion.hits:
        if label == "mixed":
            return True
        if label == "unclear" and _DOUBTS.search(ev.text):
            doubted.setdefault(sentence, sentence.find(ev.text) + len(ev.text))
        elif label == "positive" and ev.text.lower() not in _TOPIC_WORDS:
            end = doubted.get(sentence)
            at = sentence.find(ev.text, end) if end is not None else -1
            if at == -1 or _CLAUSE_TURN.search(_ASIDE.sub(" ", sentence[end:at])):
                return True
    return False


def _against_results(
    conclusion: _Reading, results: list[tuple[str, str]], record: Record, *, design: str = ""
) -> tuple[str, Evidence]:
    """R2 / R3: a positive (or silent) conclusion held against the results (in an
    observational study, a series' change from its start stands for an advantage)."""
    reading = _read(results, record)
    stated = conclusion.first("positive") or Evidence("default", "no cue in the conclusion")
    split = next(
        (
            ev
            for label, ev, sentence in reading.hits
            if label == "mixed" and not _declared_secondary(sentence, ev.text, record)
        ),
        None,
    )  # ("the stiffness difference was no longer significant": a declared secondary, R3)
    if split is not None:
        return "mixed", split
    nulls = _main_nulls(reading.hits, record)
    if (
        nulls
        and not _between_advantage(results, about=primary_words(record))
        and not (design == "observational" and _series_changed(results, reading))
    ):
        return "no_effect", nulls[0][0]  # R2: the primary comparison is null
    if primary_words(record) and _co_primary(record):
        # R3: one co-primary outcome better, another null ("... improved in both groups,
        # with no significant difference between them" is a null too)
        same = [
            ("null", ev, sentence) for label, ev, sentence in reading.hits if label == "equivalent"
        ]
        alike = _main_nulls(same, record)
        if nulls or alike:
            return "mixed", (nulls or alike)[0][0]
    keys = _key_words(record, conclusion)
    for evidence, sentence in nulls + _main_nulls(conclusion.hits, record):
        if _declared_secondary(sentence, evidence.text, record):
            continue  # "maternal fatigue (a secondary outcome) did not differ" (R3)
        shared = keys & _clause_words(_unclaimed_course(sentence, keys), evidence.text)
        if (evidence, sentence) in nulls:  # a result on markers no claim names (R3)
            shared -= _marker_words(sentence, conclusion=conclusion, record=record)
        if shared and not _other_measure(
            shared, sentence, cue=evidence.text, keys=keys, conclusion=conclusion, record=record
        ):
            return "mixed", evidence
    for evidence, sentence in nulls:
        clause = _clause(sentence, evidence.text)  # a later time of this null result
        later = _LATER_TIME.search(clause) or _later_hours(clause, sentence, reading)
        if later and _same_outcome(sentence, evidence.text, results):
            plain = _BRACKETS.sub(" ", sentence.lower())  # ("RLS P = 0.47") names no outcome
            named = set(_WORD.findall(plain)) - _GENERIC - _TIME_WORDS - _COMPARING - _CHANGE_WORDS
            if named and not named & keys:
                continue  # a secondary outcome's benefit that faded (R3)
            return "mixed", evidence
    if stated.where == "default":
        found = reading.first("positive")
        same = reading.first("equivalent")  # "no significant difference between" the groups
        if found is None and same is not None:
            return "no_effect", same
        return ("positive", found) if found else _title_direction(record)
    shared = _main_outcome_alike(conclusion, results, record)
    if shared is not None:
        return "no_effect", shared  # R2: the claim is a change every arm shared
    return "positive", stated


def _labelled_conclusion(record: Record) -> bool:
    return any(_CONCLUSION_LABEL.search(where) for where, _ in conclusion_sentences(record))


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
    for where, text in _head(record):
        if where != "abstract" or _OBJECTIVE.search(text):  # an unlabelled first sentence
            words.update(_WORD.findall(text.lower()))  # counts when it states the aim
    for label, evidence, sentence in conclusion.hits:
        if label == "positive":
            words.update(_clause_words(sentence, evidence.text))
    return words - _GENERIC - _massage_names(record) - _not_claimed(record, conclusion)


def _not_claimed(record: Record, conclusion: _Reading) -> set[str]:
    """Words that name no outcome massage should improve: the massage's own name
    ("abdominal massage"), the treatment it was added to ("an adjunct to
    phototherapy") and what the conclusion says was spared ("without reducing muscle
    force")."""
    texts = [text for _, text in _head(record)] + [sent for _, _, sent in conclusion.hits]
    found = {m.group(1).lower() for text in texts for m in _MODIFIER.finditer(text)}
    for text in texts:  # the co-treatment: "massage as an adjunct to phototherapy"
        for m in _COTREATMENT.finditer(text):
            found.update(_WORD.findall(m.group(1).lower()))
    for text in {sent for _, _, sent in conclusion.hits}:
        for m in _SPARED.finditer(text):
            found.update(_WORD.findall(m.group(1).lower()))
    return found
