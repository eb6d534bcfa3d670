"""The store's tables, created and migrated by code. Each migration moves one version up.

Plain SQL types (VARCHAR, INTEGER, DOUBLE PRECISION, BOOLEAN, DATE, TIMESTAMP) so the same
DDL runs on PostgreSQL. No primary-key index on `events`: DuckDB's ART indexes slow bulk
inserts and its unique checks reject a delete-then-insert of the same key inside one
transaction; the store keeps event ids unique itself (it deletes an event id before inserting
it). "start", "end" and "at" are quoted: they are reserved words.
"""
from __future__ import annotations

import dataclasses

from events.model import Event

SCHEMA_VERSION = 4

# Event fields stored as columns, in the dataclass order (more_evidence goes to `evidence`).
_SQL_TYPES = {
    "str": "VARCHAR",
    "int": "INTEGER",
    "int | None": "INTEGER",
    "float": "DOUBLE PRECISION",
    "float | None": "DOUBLE PRECISION",
    "bool": "BOOLEAN",
    "date | None": "DATE",
}
EVENT_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Event) if f.name != "more_evidence"
)
EVENT_SQL_TYPES: dict[str, str] = {
    f.name: _SQL_TYPES[str(f.type)] for f in dataclasses.fields(Event) if f.name != "more_evidence"
}

# event columns a later version added (ALTER TABLE puts them last, as the dataclass does)
_ADDED_LATER = ("inferred_factions",)

_VERSION_1 = [
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE articles (
        article_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, path VARCHAR, title VARCHAR,
        source VARCHAR, url VARCHAR, published DATE, language VARCHAR, ingested_at TIMESTAMP)""",
    "CREATE TABLE events ("
    + ", ".join(f"{name} {sql_type}" for name, sql_type in EVENT_SQL_TYPES.items() if name not in _ADDED_LATER)
    + ")",
    """CREATE TABLE evidence (
        event_id VARCHAR NOT NULL, article_id VARCHAR, "start" INTEGER, "end" INTEGER, text VARCHAR)""",
    """CREATE TABLE corrections (
        id INTEGER NOT NULL, event_id VARCHAR NOT NULL, field VARCHAR, old_value VARCHAR,
        new_value VARCHAR, action VARCHAR NOT NULL, who VARCHAR, "at" TIMESTAMP, note VARCHAR,
        undone BOOLEAN NOT NULL)""",
    "INSERT INTO schema_version VALUES (1)",
]

# version -> statements that bring a store of the previous version to this one
MIGRATIONS: dict[int, list[str]] = {
    1: _VERSION_1,
    2: [
        # one analyst action (a correction of several fields) is undone as a whole
        "ALTER TABLE corrections ADD COLUMN batch INTEGER",
        "UPDATE corrections SET batch = id",
        "ALTER TABLE articles ADD COLUMN published_basis VARCHAR",
        "UPDATE schema_version SET version = 2",
    ],
    3: [
        # every article that reports an event: its own article first, then the articles whose
        # matching event was recorded as another source of it instead of a duplicate
        """CREATE TABLE sources (
            event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, source VARCHAR, url VARCHAR,
            published DATE, evidence_start INTEGER, evidence_end INTEGER)""",
        "INSERT INTO sources SELECT event_id, COALESCE(article_id, event_id), source, url, "
        "published, evidence_start, evidence_end FROM events",
        # a correction carried over from an event id that vanished when its article changed
        "ALTER TABLE corrections ADD COLUMN remapped_from VARCHAR",
        "UPDATE schema_version SET version = 3",
    ],
    4: [
        # the sides the side model inferred, which the article's text does not state
        "ALTER TABLE events ADD COLUMN inferred_factions VARCHAR",
        "UPDATE events SET inferred_factions = ''",
        "UPDATE schema_version SET version = 4",
    ],
}
