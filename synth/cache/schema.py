"""The cache's schema: one SQL script per version step, applied in order on open.

``PRAGMA user_version`` holds the version of a file; ``MIGRATIONS[i]`` takes a file
from version ``i - 1`` to ``i`` (step 1 creates the version 1 tables).
"""

from __future__ import annotations

from ..records import TAG_FIELDS

SCHEMA_VERSION = 2
FINAL_STATUSES = frozenset({"MEDLINE", "PubMed-not-MEDLINE"})

SCHEMA_V1 = """
CREATE TABLE records (
    pmid TEXT PRIMARY KEY,
    xml BLOB NOT NULL,
    fetched_at TEXT NOT NULL,
    status TEXT,
    date_revised TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE searches (
    id INTEGER PRIMARY KEY,
    query TEXT NOT NULL,
    run_at TEXT NOT NULL,
    count INTEGER NOT NULL,
    pmids BLOB NOT NULL
);
"""

MIGRATE_V1_TO_V2 = """
ALTER TABLE records ADD COLUMN gone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE searches ADD COLUMN mindate TEXT;
ALTER TABLE searches ADD COLUMN maxdate TEXT;
CREATE TABLE tags (
    pmid TEXT NOT NULL,
    tagger_version TEXT NOT NULL,
    massage_kind TEXT,
    conditions TEXT NOT NULL,
    design TEXT,
    horizon TEXT,
    max_followup_days INTEGER,
    direction TEXT,
    n_participants INTEGER,
    evidence TEXT NOT NULL,
    tagged_at TEXT NOT NULL,
    PRIMARY KEY (pmid, tagger_version)
);
CREATE INDEX searches_query ON searches (query, mindate, maxdate, id);
"""

# MIGRATIONS[i] takes user_version i - 1 to i
MIGRATIONS = ["", SCHEMA_V1, MIGRATE_V1_TO_V2]

TAG_COLUMNS = TAG_FIELDS
