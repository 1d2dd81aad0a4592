"""Direction of effect (TAXONOMY.md section 5, rules R1-R6).

Only records that estimate an effect of massage get a direction (R1, R6).
The authors' conclusion is scanned once with a combined cue table (negative,
unclear, mixed, equivalence, null, positive; negated phrases win over the
positive word inside them), and a positive conclusion is held against the
between-group results (R2, R3): a null primary comparison is ``no_effect``, a
null result on an outcome the title or objective names makes it ``mixed``.
The cue tables live in ``rules/direction.toml``.

Modules: ``gate`` says whether a record estimates an effect of massage,
``reading`` reads the cues of the conclusion and results, ``primary`` finds the
outcomes an abstract names primary or secondary, ``clauses`` tells which outcome a
null result is about, ``measures`` whether it is the aim's measure or another one,
``equivalence`` reads "as effective as", ``between`` finds between-group advantages,
``results`` turns them into a label;
``common`` holds what they share.
"""

from __future__ import annotations

from ...records import Evidence, Record
from .common import _RULES
from .gate import _gate, feasibility_study
from .reading import _brief_as_claim, _conclusion, _read, _results_sentences
from .results import _from_conclusion

__all__ = ["tag_direction"]


_EFFECT_DESIGNS = frozenset(_RULES["effect_designs"])


def tag_direction(
    record: Record, *, design: str, kind: str, horizon: str | None = None
) -> tuple[str, tuple[Evidence, ...]]:
    """The direction label of ``record`` and its evidence (TAXONOMY.md §5).

    ``horizon`` (the record's horizon label, when known): in a study measured within a
    day of one session, a "short-lived gain" is the only benefit it could see, not one
    that faded (R3 needs a later time point or another outcome to split on).
    """
    if design not in _EFFECT_DESIGNS:
        return "not_applicable", (Evidence("default", f"{design} is not an effect study"),)
    gate = _gate(record, design=design, kind=kind)
    if gate is not None:
        return "not_applicable", (gate,)
    conclusion = _read(_conclusion(record), record)
    results = _results_sentences(record)
    if horizon == "immediate":
        conclusion = _brief_as_claim(conclusion, _read(results, record))
    label, evidence = _from_conclusion(conclusion, results, record, design=design)
    if label == "unclear" and evidence.where == "default":  # no direction stated at all
        feasibility = feasibility_study(record)
        if feasibility is not None:
            return "not_applicable", (feasibility,)  # a pilot reporting feasibility (R1)
    return label, (evidence,)
