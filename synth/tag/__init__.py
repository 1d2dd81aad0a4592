"""Tag records per TAXONOMY.md (pure; the rules are data under ``rules/``).

``tag_record(record)`` gives every field of the taxonomy with its evidence.
``TAGGER_VERSION`` names the rules in force: a base version plus a hash of the
rule tables and this package's sources, so editing a rule re-tags the cache.
"""

from __future__ import annotations

from ..records import Record, Tags
from .conditions import tag_conditions
from .design import tag_design
from .direction import tag_direction
from .horizon import tag_horizon
from .kind import tag_kind
from .participants import tag_participants
from .tables import TAG_GROUP, package_digest

BASE_VERSION = "1"
TAGGER_VERSION = f"{BASE_VERSION}+{package_digest()}"

__all__ = ["TAGGER_VERSION", "tag_record"]


def tag_record(record: Record) -> Tags:
    """All labels of ``record`` (TAXONOMY.md sections 1-6), each with evidence."""
    # the rule families read these texts: scan them once, together
    TAG_GROUP.prime((record.title, *(section.text for section in record.abstract)))
    kind, kind_ev = tag_kind(record)
    design, design_ev = tag_design(record)
    conditions, cond_ev = tag_conditions(record, kind=kind, design=design)
    horizon, days, horizon_ev = tag_horizon(record, design=design)
    direction, direction_ev = tag_direction(record, design=design, kind=kind, horizon=horizon)
    n, n_ev = tag_participants(record, design=design)
    evidence = (
        ("massage_kind", kind_ev),
        ("conditions", cond_ev),
        ("design", design_ev),
        ("horizon", horizon_ev),
        ("direction", direction_ev),
        ("n_participants", n_ev),
    )
    return Tags(
        pmid=record.pmid,
        massage_kind=kind,
        conditions=conditions,
        design=design,
        horizon=horizon,
        max_followup_days=days,
        direction=direction,
        n_participants=n,
        tagger_version=TAGGER_VERSION,
        evidence=evidence,
    )
