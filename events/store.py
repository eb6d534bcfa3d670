"""The event store: one embedded DuckDB file, schema made and migrated by code.

Concurrency (README text): DuckDB lets one process write a database file, and while it holds
the file no other process can open it, not even read-only. libyamap therefore never keeps a
store open: every user opens a short-lived connection and closes it at once. `libyamap ingest`
extracts (spaCy) with the file closed and opens it about once a second to write what it has
extracted, each article in its own transaction, then closes it again; the dashboard opens it
read-only for each page load, and each review action opens it for one write. When the file is
busy, `Store.open` waits and retries every 50 ms at most (up to `busy_timeout` seconds, 30 by
default) instead of failing, so a dashboard page loaded during an ingest waits at most for one
such burst of writes (a fraction of a second) and shows the articles committed so far; an export
or a second ingest waits its turn the same way. A crash or `kill -9` during an ingest loses
only the articles not yet committed: each article is one transaction, and DuckDB replays or
discards its write-ahead log when the file is next opened, so the store holds what it held
before plus whole articles, never half of one. Re-running the ingest finishes the job (stored
articles are recognised by their content hash and skipped).

Portability: queries use `?` parameters and standard SQL (CASE, COALESCE, window functions,
LIKE ... ESCAPE, information_schema); corrections are applied by one CTE (`current_events`),
not by views or DuckDB-only syntax. Exceptions, marked where they occur: `date_trunc` (also in
PostgreSQL, where it returns a timestamp, hence the CAST), `insert_frame` (DuckDB scans a pandas
frame; PostgreSQL would use COPY), the file-header check, DuckDB's lock errors and the list parameter of `_source_counts`.
"""
from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable

import duckdb
import pandas as pd

from events.model import (EVENT_TYPES, FACTIONS, Article, Event, EventFilter, Evidence, ModelError,
                          factions_text, make_event_id)
from events.schema import EVENT_COLUMNS, EVENT_SQL_TYPES, MIGRATIONS, SCHEMA_VERSION

DB_ENV = "LIBYAMAP_DB"
BUSY_TIMEOUT = 30.0

# Fields an analyst may correct (the provenance of an event cannot be corrected).
CORRECTABLE_FIELDS: tuple[str, ...] = tuple(
    name for name in EVENT_COLUMNS
    if name not in {"event_id", "article_id", "evidence", "evidence_start", "evidence_end",
                    "origin", "reviewed", "confidence", "inferred_factions"}
)
ACTIONS = ("confirm", "correct", "reject")
STATUS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
PERIODS = ("day", "week", "month")


class StoreError(Exception):
    """Something the event store cannot do; the message names the file."""


class StoreFormatError(StoreError, ValueError):
    """A file that is not a libyamap store, or one of an unknown schema; a bad value."""


def default_db_path() -> Path:
    """$LIBYAMAP_DB, else ./data/libyamap.duckdb."""
    return Path(os.environ.get(DB_ENV) or Path("data") / "libyamap.duckdb")


@dataclass(frozen=True)
class Correction:
    """One analyst action on one field (confirm and reject have no field)."""

    id: int
    event_id: str
    field: str | None
    old_value: str | None
    new_value: str | None
    action: str
    who: str
    at: datetime
    note: str
    undone: bool
    batch: int
    remapped_from: str | None = None  # the event id it was recorded on, before its article changed


@dataclass(frozen=True)
class EventSource:
    """One article that reports an event (the event's own article, or another one whose
    matching event was recorded as a further source of it)."""

    event_id: str
    article_id: str
    source: str | None
    url: str | None
    published: date | None
    evidence_start: int | None
    evidence_end: int | None


@dataclass(frozen=True)
class Facets:
    """What the filter widgets offer: (value, count) pairs and the date span."""

    sources: tuple[tuple[str, int], ...]
    districts: tuple[tuple[str, int], ...]
    places: tuple[tuple[str, int], ...]
    origins: tuple[tuple[str, int], ...]
    date_from: date | None
    date_to: date | None
    total: int
    rejected: int
    articles: int


@dataclass(frozen=True)
class ViewTotals:
    """The events matching a filter, counted whole (however many rows a view reads)."""

    count: int
    date_from: date | None  # None when none is dated
    date_to: date | None
    fatalities: int
    in_store: int  # every event of the store, whatever the filter (rejected excluded)


def _encode(value: object) -> str | None:
    """A field value as stored in `corrections` (text that CAST reads back)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _decode(name: str, text: str | None) -> object:
    if text is None:
        return None
    sql_type = EVENT_SQL_TYPES[name]
    if sql_type == "DATE":
        return date.fromisoformat(text)
    if sql_type == "INTEGER":
        return int(text)
    if sql_type == "DOUBLE PRECISION":
        return float(text)
    if sql_type == "BOOLEAN":
        return text == "true"
    return text


def _inferred_sql(side: str, table: str = "") -> str:
    """SQL true when the faction in column `side` is among the row's inferred_factions."""
    return f"((' ' || COALESCE({table}inferred_factions, '') || ' ') LIKE ('% ' || {side} || ' %'))"


def _current_events_sql() -> str:
    """Events with the analysts' corrections applied (the latest not-undone value of each field)
    and their review status (the latest not-undone action)."""
    flags = ", ".join(
        f"MAX(CASE WHEN field = '{name}' THEN 1 END) AS has_{name}, "
        f"MAX(CASE WHEN field = '{name}' THEN new_value END) AS new_{name}"
        for name in CORRECTABLE_FIELDS
    )
    columns = []
    for name in EVENT_COLUMNS:
        if name in CORRECTABLE_FIELDS:
            columns.append(
                f"CASE WHEN c.has_{name} = 1 THEN CAST(c.new_{name} AS {EVENT_SQL_TYPES[name]}) "
                f"ELSE e.{name} END AS {name}"
            )
        elif name == "reviewed":
            columns.append("(COALESCE(e.reviewed, FALSE) OR COALESCE(s.action IN ('confirm', 'correct'), FALSE)) "
                           "AS reviewed")
        elif name == "inferred_factions":
            # a side the analyst corrected is the analyst's, no longer inferred
            columns.append("CONCAT_WS(' ', " + ", ".join(
                f"CASE WHEN c.has_{side} IS NULL AND COALESCE(e.{side}, '') <> '' AND {_inferred_sql(f'e.{side}', 'e.')} "
                f"THEN e.{side} END" for side in ("faction1", "faction2")) + ") AS inferred_factions")
        else:
            columns.append(f"e.{name}")
    columns.append(
        "CASE s.action WHEN 'confirm' THEN 'confirmed' WHEN 'correct' THEN 'corrected' "
        "WHEN 'reject' THEN 'rejected' ELSE 'extracted' END AS status"
    )
    plain = [
        "COALESCE(e.reviewed, FALSE) AS reviewed" if name == "reviewed"
        else "COALESCE(e.inferred_factions, '') AS inferred_factions" if name == "inferred_factions"
        else f"e.{name}"
        for name in EVENT_COLUMNS
    ] + ["'extracted' AS status"]
    # Two branches so that filters on the (many) untouched events reach the table scan: the
    # corrected expressions would hide the columns from the optimiser.
    return f"""
    WITH touched AS (
        SELECT DISTINCT event_id FROM corrections WHERE NOT undone
    ), latest AS (
        SELECT event_id, field, new_value, ROW_NUMBER() OVER (
            PARTITION BY event_id, field ORDER BY id DESC) AS rank_
        FROM corrections WHERE NOT undone AND action = 'correct'
    ), changed AS (
        SELECT event_id, {flags} FROM latest WHERE rank_ = 1 GROUP BY event_id
    ), actions AS (
        SELECT event_id, action, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY id DESC) AS rank_
        FROM corrections WHERE NOT undone
    ), state AS (
        SELECT event_id, action FROM actions WHERE rank_ = 1
    ), current_events AS (
        SELECT {", ".join(plain)}
        FROM events e WHERE e.event_id NOT IN (SELECT event_id FROM touched)
        UNION ALL
        SELECT {", ".join(columns)}
        FROM events e
        JOIN touched t ON t.event_id = e.event_id
        LEFT JOIN changed c ON c.event_id = e.event_id
        LEFT JOIN state s ON s.event_id = e.event_id
    )"""


_CURRENT = _current_events_sql()
# the order of query_events' rows, which density(skip=N) follows to leave out the same N
NEWEST_FIRST = "ORDER BY event_date DESC NULLS LAST, event_id"


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(event_filter: EventFilter) -> tuple[str, list[object]]:
    """The WHERE clause (over current_events) and its parameters for an EventFilter."""
    where: list[str] = []
    params: list[object] = []

    def listed(expression: str, values: Iterable[object]) -> None:
        values = list(values)
        where.append(f"{expression} IN ({', '.join('?' for _ in values)})")
        params.extend(values)

    f = event_filter
    if f.factions:
        marks = ", ".join("?" for _ in f.factions)
        if f.stated_sides_only:
            where.append("(" + " OR ".join(
                f"({side} IN ({marks}) AND NOT {_inferred_sql(side)})" for side in ("faction1", "faction2")) + ")")
        else:
            where.append(f"(faction1 IN ({marks}) OR faction2 IN ({marks}))")
        params.extend([*f.factions, *f.factions])
    if f.event_types:
        listed("event_type", f.event_types)
    if f.date_from:
        where.append("event_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("event_date <= ?")
        params.append(f.date_to)
    if f.places:
        names = [str(p).lower() for p in f.places]
        marks = ", ".join("?" for _ in names)
        where.append(f"(LOWER(place_id) IN ({marks}) OR LOWER(location) IN ({marks}) "
                     f"OR LOWER(admin1) IN ({marks}))")
        params.extend(names * 3)
    if f.bbox:
        south, west, north, east = f.bbox
        where.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
        params.extend([south, north, west, east])
    if f.sources:
        listed("source", f.sources)
    if f.text.strip():
        pattern = _like(f.text.strip())
        searched = ("evidence", "actor1", "actor2", "assoc_actor1", "assoc_actor2", "location")
        where.append("(" + " OR ".join(
            f"LOWER({c}) LIKE ? ESCAPE '\\'" for c in searched) + ")")
        params.extend([pattern] * len(searched))
    if f.min_fatalities is not None:
        where.append("fatalities >= ?")
        params.append(f.min_fatalities)
    if f.geo_precisions:
        listed("geo_precision", f.geo_precisions)
    if f.reviewed_only:
        where.append("reviewed")
    if f.origins:
        listed("origin", f.origins)
    if not f.include_foreign:
        where.append("COALESCE(country_code, '') IN ('LY', '')")
    if not f.include_rejected:
        where.append("status <> 'rejected'")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _is_lock_error(error: Exception) -> bool:
    return "lock" in str(error).lower()


class Store:
    """An open event store. Open with `Store.open(path)`, use as a context manager."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self._db = connection
        self.path = path
        self.read_only = read_only

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False,
             busy_timeout: float = BUSY_TIMEOUT) -> "Store":
        """Open (and when writable, create or migrate) the store at `path`."""
        path = Path(path) if path is not None else default_db_path()
        if read_only and not path.exists():
            raise StoreError(f"{path}: no event store there (run `libyamap ingest` first)")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        _check_magic(path)
        connection = cls._connect(path, read_only=read_only, busy_timeout=busy_timeout)
        store = cls(connection, path, read_only=read_only)
        try:
            store._check_schema()
        except BaseException:
            connection.close()
            raise
        return store

    @staticmethod
    def _connect(path: Path, *, read_only: bool, busy_timeout: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + busy_timeout
        pause = 0.02
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only)
            except duckdb.IOException as error:  # DuckDB-specific: the file lock
                if _is_lock_error(error) and time.monotonic() < deadline:
                    time.sleep(pause)
                    pause = min(pause * 2, 0.05)
                    continue
                if _is_lock_error(error):
                    raise StoreError(f"{path}: busy (another process is writing it)") from error
                raise StoreFormatError(f"{path}: not a DuckDB event store ({error})") from error
            except duckdb.Error as error:
                raise StoreFormatError(f"{path}: not a DuckDB event store ({error})") from error

    def _check_schema(self) -> None:
        tables = {row[0] for row in self._db.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        if "schema_version" not in tables:
            if tables:
                raise StoreFormatError(
                    f"{self.path}: a DuckDB file but not a libyamap store "
                    f"(no schema_version table; tables: {', '.join(sorted(tables))})")
            if self.read_only:
                raise StoreError(f"{self.path}: empty store (open it writable once to create it)")
            version = 0
        else:
            rows = self._db.execute("SELECT version FROM schema_version").fetchall()
            if len(rows) != 1 or not isinstance(rows[0][0], int):
                raise StoreFormatError(f"{self.path}: unreadable schema_version {rows!r}")
            version = rows[0][0]
        if version > SCHEMA_VERSION or version < 0:
            raise StoreFormatError(
                f"{self.path}: schema version {version} is not one this libyamap knows "
                f"(it reads up to {SCHEMA_VERSION}); use a newer libyamap")
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StoreError(f"{self.path}: schema version {version} needs migrating to "
                                 f"{SCHEMA_VERSION}; open it writable (e.g. `libyamap ingest`)")
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        self._db.execute("BEGIN TRANSACTION")
        try:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
            self._db.execute("COMMIT")
        except duckdb.Error as error:
            self._db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: migration from schema {version} failed: {error}") from error

    def schema_version(self) -> int:
        return self._db.execute("SELECT version FROM schema_version").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    # -- writing extractions -----------------------------------------------------------------
    def article_hashes(self) -> dict[str, str]:
        """article_id -> content_hash of every stored article."""
        return dict(self._db.execute("SELECT article_id, content_hash FROM articles").fetchall())

    def save_extraction(self, extraction) -> str:
        """Store one article's extraction in one transaction: "new", "unchanged" or "replaced"."""
        self._writable()
        article: Article = extraction.article
        content_hash = article.content_hash
        self._db.execute("BEGIN TRANSACTION")
        try:
            row = self._db.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                                   [article.article_id]).fetchone()
            if row is not None and row[0] == content_hash:
                self._db.execute("ROLLBACK")
                return "unchanged"
            status = "new" if row is None else "replaced"
            old = self._db.execute(
                "SELECT event_id, event_type, evidence FROM events WHERE article_id = ?",
                [article.article_id]).fetchall()
            orphans = self._foreign_sources(article.article_id)
            self._delete_article(article.article_id)
            self._db.execute(
                "INSERT INTO articles (article_id, content_hash, path, title, source, url, "
                "published, language, ingested_at, published_basis) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article.article_id, content_hash, article.path, article.title, article.source,
                 article.url, article.published, article.language, _now(),
                 article.published_basis])
            own, merged = self._split_duplicates(extraction.events, article.article_id)
            self._insert_events(own)
            for target, event in merged:
                self._add_source(target, event)
            self._carry_corrections(old, own)
            self._reattach(orphans)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self.last_merged = len(merged)
        return status

    last_merged = 0  # events of the last saved article recorded as sources of stored events

    def _delete_article(self, article_id: str) -> None:
        self._db.execute("DELETE FROM sources WHERE article_id = ? OR event_id IN "
                         "(SELECT event_id FROM events WHERE article_id = ?)",
                         [article_id, article_id])
        self._db.execute("DELETE FROM evidence WHERE article_id = ? OR event_id IN "
                         "(SELECT event_id FROM events WHERE article_id = ?)",
                         [article_id, article_id])
        for table in ("events", "articles"):
            self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])

    # -- several articles, one event ---------------------------------------------------------
    def _match(self, event: Event, *, exclude_article: str) -> str | None:
        """The stored extracted event from another article that `event` duplicates: same
        event_type, place_id, day (time_precision 1) and faction1/faction2 (original values),
        and not yet sourced from that article; None when there is none."""
        if event.time_precision != 1 or event.event_date is None or not event.place_id:
            return None
        row = self._db.execute(
            "SELECT e.event_id FROM events e WHERE e.origin = 'extracted' AND e.article_id <> ? "
            "AND e.event_type = ? AND e.place_id = ? AND e.event_date = ? AND e.time_precision = 1 "
            "AND COALESCE(e.faction1, '') = ? AND COALESCE(e.faction2, '') = ? "
            "AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.event_id "
            "AND s.article_id = ?) ORDER BY e.published NULLS LAST, e.event_id LIMIT 1",
            [exclude_article, event.event_type, event.place_id, event.event_date,
             event.faction1 or "", event.faction2 or "", exclude_article]).fetchone()
        return row[0] if row else None

    def _split_duplicates(self, events: Iterable[Event], article_id: str
                          ) -> tuple[list[Event], list[tuple[str, Event]]]:
        """The article's events to store as its own, and (stored event id, event) pairs for
        those that another article already reported (each stored event once per article)."""
        own: list[Event] = []
        merged: list[tuple[str, Event]] = []
        taken: set[str] = set()
        for event in events:
            target = None if event.origin != "extracted" else self._match(
                event, exclude_article=article_id)
            if target is None or target in taken:
                own.append(event)
            else:
                taken.add(target)
                merged.append((target, event))
        return own, merged

    def _add_source(self, target: str, event: Event) -> None:
        """Record `event`'s article (and all its evidence) as another source of `target`; a side
        `target` has inferred that this article states is stated."""
        if event.sides_stated:
            inferred = self._db.execute("SELECT COALESCE(inferred_factions, '') FROM events WHERE event_id = ?",
                                        [target]).fetchone()[0]
            kept = factions_text(set(inferred.split()) - event.sides_stated)
            if kept != inferred:
                self._db.execute("UPDATE events SET inferred_factions = ? WHERE event_id = ?", [kept, target])
        self._db.execute(
            "INSERT INTO sources (event_id, article_id, source, url, published, evidence_start, "
            "evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [target, event.article_id, event.source, event.url, event.published,
             event.evidence_start, event.evidence_end])
        self._db.executemany(
            'INSERT INTO evidence (event_id, article_id, "start", "end", text) VALUES (?, ?, ?, ?, ?)',
            [[target, item.article_id, item.start, item.end, item.text]
             for item in (Evidence(event.article_id, event.evidence_start, event.evidence_end,
                                   event.evidence), *event.more_evidence)])

    def _foreign_sources(self, article_id: str) -> list[tuple[Event, list[object], list[tuple]]]:
        """Before an article is replaced: the other articles recorded as sources of its events,
        as (the stored event, its source row, that article's evidence rows on it)."""
        rows = self._db.execute(
            "SELECT s.event_id, s.article_id, s.source, s.url, s.published, s.evidence_start, "
            "s.evidence_end FROM sources s JOIN events e ON e.event_id = s.event_id "
            "WHERE e.article_id = ? AND s.article_id <> ? ORDER BY s.event_id, s.article_id",
            [article_id, article_id]).fetchall()
        found = []
        for event_id, *source in rows:
            stored = self._db.execute(
                f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?",
                [event_id]).fetchone()
            evidence = self._db.execute(
                'SELECT article_id, "start", "end", text FROM evidence WHERE event_id = ? '
                'AND article_id = ? ORDER BY "start"', [event_id, source[0]]).fetchall()
            found.append((Event(**dict(zip(EVENT_COLUMNS, stored))), source, evidence))
        return found

    def _reattach(self, orphans: list[tuple[Event, list[object], list[tuple]]]) -> None:
        """After an article was replaced: each other article that was a source of one of its
        old events becomes a source of the matching new event, or, when none matches any more,
        gets its own event again (the old event's fields with that article's provenance), which
        then also takes the corrections left on the vanished event."""
        for stored, (article_id, source, url, published, start, end), evidence in orphans:
            main = next((row for row in evidence if (row[1], row[2]) == (start, end)),
                        evidence[0] if evidence else (article_id, start or 0, end or 0, ""))
            event = dataclasses.replace(
                stored, event_id=make_event_id(article_id, main[1], main[2]),
                article_id=article_id, evidence=main[3], evidence_start=main[1],
                evidence_end=main[2], source=source or "", url=url or "", published=published,
                more_evidence=tuple(Evidence(*row) for row in evidence if row is not main))
            target = self._match(event, exclude_article=article_id)
            if target is not None:
                self._add_source(target, event)
            else:
                self._insert_events([event])
                gone = self._db.execute("SELECT COUNT(*) FROM events WHERE event_id = ?",
                                        [stored.event_id]).fetchone()[0] == 0
                if gone:
                    self._db.execute(
                        "UPDATE corrections SET event_id = ?, "
                        "remapped_from = COALESCE(remapped_from, ?) WHERE event_id = ?",
                        [event.event_id, stored.event_id, stored.event_id])

    def _carry_corrections(self, old: list[tuple[str, str, str]], new: list[Event]) -> None:
        """Corrections of an event id that vanished when its article changed (its evidence
        moved) go to the new event with the same evidence text and event_type, the old id
        kept in `remapped_from`."""
        new_ids = {event.event_id for event in new}
        vanished = [(event_id, event_type, text) for event_id, event_type, text in old
                    if event_id not in new_ids]
        if not vanished:
            return
        marks = ", ".join("?" for _ in vanished)
        corrected = {row[0] for row in self._db.execute(
            f"SELECT DISTINCT event_id FROM corrections WHERE event_id IN ({marks})",
            [v[0] for v in vanished]).fetchall()}
        old_ids = {row[0] for row in old}
        free = [event for event in new if event.event_id not in old_ids]
        for event_id, event_type, text in vanished:
            if event_id not in corrected:
                continue
            heir = next((e for e in free
                         if e.evidence == text and e.event_type == event_type), None)
            if heir is None:
                continue
            free.remove(heir)
            self._db.execute(
                "UPDATE corrections SET event_id = ?, remapped_from = COALESCE(remapped_from, ?) "
                "WHERE event_id = ?", [heir.event_id, event_id, event_id])

    def sources_of(self, event_id: str) -> list[EventSource]:
        """The articles that report the event: its own first, then by date published."""
        rows = self._db.execute(
            "SELECT s.event_id, s.article_id, s.source, s.url, s.published, s.evidence_start, "
            "s.evidence_end FROM sources s LEFT JOIN events e ON e.event_id = s.event_id "
            "WHERE s.event_id = ? ORDER BY CASE WHEN s.article_id = e.article_id THEN 0 ELSE 1 END, "
            "s.published NULLS LAST, s.article_id", [event_id]).fetchall()
        return [EventSource(*row) for row in rows]

    def _insert_events(self, events: Iterable[Event]) -> None:
        events = list(events)
        if not events:
            return
        ids = [e.event_id for e in events]
        marks = ", ".join("?" for _ in ids)
        self._db.execute(f"DELETE FROM events WHERE event_id IN ({marks})", ids)
        self._db.execute(f"DELETE FROM evidence WHERE event_id IN ({marks})", ids)
        self._db.execute(f"DELETE FROM sources WHERE event_id IN ({marks})", ids)
        rows = [[getattr(e, name) for name in EVENT_COLUMNS] for e in events]
        if len(rows) > 200:  # DuckDB-specific fast path for imports: insert from a frame
            self.insert_frame(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)))
        else:
            marks = ", ".join("?" for _ in EVENT_COLUMNS)
            self._db.executemany(
                f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})", rows)
            self._db.executemany(
                "INSERT INTO sources (event_id, article_id, source, url, published, "
                "evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [[e.event_id, e.article_id or e.event_id, e.source, e.url, e.published,
                  e.evidence_start, e.evidence_end] for e in events])
        evidence = [
            [e.event_id, item.article_id, item.start, item.end, item.text]
            for e in events
            for item in (Evidence(e.article_id, e.evidence_start, e.evidence_end, e.evidence),
                         *e.more_evidence)
        ]
        self._db.executemany(
            'INSERT INTO evidence (event_id, article_id, "start", "end", text) VALUES (?, ?, ?, ?, ?)',
            evidence)

    def insert_events(self, events: Iterable[Event]) -> int:
        """Store events that come from no article (imports), all in one transaction."""
        self._writable()
        events = list(events)
        self._db.execute("BEGIN TRANSACTION")
        try:
            self._insert_events(events)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return len(events)

    def insert_frame(self, frame: pd.DataFrame) -> int:
        """Bulk insert of an events frame with EVENT_COLUMNS (benchmarks, large imports).
        DuckDB-specific: reads the pandas frame directly."""
        self._writable()
        casts = ", ".join(f"CAST({name} AS {EVENT_SQL_TYPES[name]})" for name in EVENT_COLUMNS)
        self._db.register("incoming_events", frame[list(EVENT_COLUMNS)])
        try:
            self._db.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                             f"SELECT {casts} FROM incoming_events")
            self._db.execute(
                "INSERT INTO sources (event_id, article_id, source, url, published, "
                "evidence_start, evidence_end) SELECT CAST(event_id AS VARCHAR), "
                "CAST(COALESCE(article_id, event_id) AS VARCHAR), CAST(source AS VARCHAR), "
                "CAST(url AS VARCHAR), CAST(published AS DATE), CAST(evidence_start AS INTEGER), "
                "CAST(evidence_end AS INTEGER) FROM incoming_events")
        finally:
            self._db.unregister("incoming_events")
        return len(frame)

    # -- reading -------------------------------------------------------------------------------
    def query_events(self, event_filter: EventFilter, *, limit: int | None = None) -> pd.DataFrame:
        """Events matching the filter, corrections applied, newest first, plus `status` and
        `n_sources` (the number of articles that report the event)."""
        where, params = filter_sql(event_filter)
        sql = f"{_CURRENT} SELECT * FROM current_events{where} {NEWEST_FIRST}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        frame = self._db.execute(sql, params).fetchdf()
        for name, sql_type in EVENT_SQL_TYPES.items():
            if sql_type == "DATE":
                frame[name] = _python_dates(frame[name])
            elif sql_type == "INTEGER" and frame[name].isna().any():
                frame[name] = frame[name].astype("Int64")
        frame["n_sources"] = self._source_counts(frame["event_id"])
        return frame

    def _source_counts(self, event_ids: pd.Series) -> pd.Series:
        """How many articles report each event (1 when the sources table has no row for it).
        A second query over the picked ids: cheaper than joining inside the filtered query.
        DuckDB-specific: a list parameter (PostgreSQL: `event_id = ANY(?)`)."""
        counts = pd.Series(1, index=event_ids.index, dtype="int64")
        if event_ids.empty:
            return counts
        rows = self._db.execute(
            "SELECT event_id, COUNT(*) FROM sources WHERE event_id IN (SELECT UNNEST(?)) "
            "GROUP BY event_id HAVING COUNT(*) > 1", [list(event_ids)]).fetchall()
        if rows:
            counts = event_ids.map(dict(rows)).fillna(1).astype("int64")
        return counts

    def count_events(self, event_filter: EventFilter) -> int:
        where, params = filter_sql(event_filter)
        return self._db.execute(f"{_CURRENT} SELECT COUNT(*) FROM current_events{where}",
                                params).fetchone()[0]

    def totals(self, event_filter: EventFilter) -> ViewTotals:
        """How many events match the filter, their first and last dates and their fatalities,
        and how many the store holds, in one pass (a view shows a page of rows; its summary
        line describes them all)."""
        where, params = filter_sql(event_filter)
        every, _ = filter_sql(EventFilter(include_foreign=True))
        condition = where.removeprefix(" WHERE ") or "TRUE"
        row = self._db.execute(
            f"{_CURRENT} SELECT COUNT(*) FILTER (WHERE {condition}), "
            f"MIN(event_date) FILTER (WHERE {condition}), MAX(event_date) FILTER (WHERE {condition}), "
            f"SUM(COALESCE(fatalities, 0)) FILTER (WHERE {condition}), "
            f"COUNT(*) FILTER (WHERE {every.removeprefix(' WHERE ') or 'TRUE'}) FROM current_events",
            params * 4).fetchone()
        count, first, last, fatalities, in_store = row
        return ViewTotals(count=int(count), date_from=first, date_to=last,
                          fatalities=int(fatalities or 0), in_store=int(in_store))

    def density(self, event_filter: EventFilter, *, cell: float = 0.05,
                skip: int = 0) -> list[tuple[float, float, int]]:
        """(lat, lon, events) per grid cell of `cell` degrees (about 5 km) over the placed events
        matching the filter, leaving out the newest `skip` in query_events' order: a heat map
        of a whole view, or where the events a view does not draw one by one are."""
        if not cell > 0:
            raise StoreFormatError(f"{self.path}: density cell must be positive, not {cell!r}")
        where, params = filter_sql(event_filter)
        rows = self._db.execute(
            f"{_CURRENT} SELECT ROUND(latitude / ?) * ? AS lat, ROUND(longitude / ?) * ? AS lon, "
            f"COUNT(*) FROM (SELECT latitude, longitude FROM current_events{where} "
            f"{NEWEST_FIRST} OFFSET ?) AS picked "
            "WHERE latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            [cell, cell, cell, cell, *params, max(int(skip), 0)]).fetchall()
        return [(round(lat, 5), round(lon, 5), int(count)) for lat, lon, count in rows]

    def counts_by_period(self, event_filter: EventFilter, *, period: str = "day") -> pd.DataFrame:
        """Dated events per period and faction1 ("other" when none): period_start, faction, count."""
        if period not in PERIODS:
            raise StoreFormatError(f"{self.path}: period {period!r} is not one of {PERIODS}")
        where, params = filter_sql(event_filter)
        where = (where + " AND" if where else " WHERE") + " event_date IS NOT NULL"
        # date_trunc: DuckDB and PostgreSQL (where it returns a timestamp, hence the CAST)
        sql = (f"{_CURRENT} SELECT CAST(date_trunc('{period}', event_date) AS DATE) AS period_start, "
               "CASE WHEN COALESCE(faction1, '') = '' THEN 'other' ELSE faction1 END AS faction, "
               f"COUNT(*) AS count FROM current_events{where} "
               "GROUP BY 1, 2 ORDER BY 1, 2")
        frame = self._db.execute(sql, params).fetchdf()
        frame["period_start"] = _python_dates(frame["period_start"])
        frame["count"] = frame["count"].astype("int64")
        return frame

    def get_event(self, event_id: str) -> Event | None:
        """The event with corrections applied (rejected events too), or None."""
        row = self._db.execute(f"{_CURRENT} SELECT * FROM current_events WHERE event_id = ?",
                               [event_id]).fetchone()
        if row is None:
            return None
        values = dict(zip([*EVENT_COLUMNS, "status"], row))
        values.pop("status")
        more = self._db.execute(
            'SELECT article_id, "start", "end", text FROM evidence WHERE event_id = ? '
            'ORDER BY "start"', [event_id]).fetchall()
        values["more_evidence"] = tuple(
            Evidence(a, s, e, t) for a, s, e, t in more
            if (a, s, e) != (values["article_id"], values["evidence_start"], values["evidence_end"]))
        return Event(**values)

    def status(self, event_id: str) -> str | None:
        row = self._db.execute(f"{_CURRENT} SELECT status FROM current_events WHERE event_id = ?",
                               [event_id]).fetchone()
        return row[0] if row else None

    def facets(self) -> Facets:
        def pairs(column: str) -> tuple[tuple[str, int], ...]:
            rows = self._db.execute(
                f"{_CURRENT} SELECT {column}, COUNT(*) FROM current_events "
                f"WHERE status <> 'rejected' AND COALESCE({column}, '') <> '' "
                f"GROUP BY {column} ORDER BY 2 DESC, 1").fetchall()
            return tuple((str(value), int(count)) for value, count in rows)

        first, last, total, rejected = self._db.execute(
            f"{_CURRENT} SELECT MIN(event_date), MAX(event_date), "
            "SUM(CASE WHEN status <> 'rejected' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) FROM current_events").fetchone()
        articles = self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return Facets(sources=pairs("source"), districts=pairs("admin1"), places=pairs("location"),
                      origins=pairs("origin"), date_from=first, date_to=last,
                      total=int(total or 0), rejected=int(rejected or 0), articles=int(articles))

    def article_event_counts(self) -> dict[str, int]:
        """article_id -> number of stored events (articles with none give 0)."""
        rows = self._db.execute(
            "SELECT a.article_id, COUNT(e.event_id) FROM articles a "
            "LEFT JOIN events e ON e.article_id = a.article_id GROUP BY a.article_id").fetchall()
        return {article_id: int(count) for article_id, count in rows}

    # -- corrections ---------------------------------------------------------------------------
    def correct(self, event_id: str, changes: dict[str, object], *, who: str = "analyst",
                note: str = "") -> None:
        """Record new values for some fields (validated as an Event); the extraction is kept."""
        self._writable()
        current = self._existing(event_id)
        unknown = sorted(set(changes) - set(CORRECTABLE_FIELDS))
        if unknown:
            raise StoreFormatError(f"{self.path}: event {event_id}: fields {unknown} cannot be "
                                   f"corrected (allowed: {', '.join(CORRECTABLE_FIELDS)})")
        changes = {name: _coerce(name, value, event_id) for name, value in changes.items()}
        try:
            dataclasses.replace(current, **changes)
        except (ModelError, TypeError) as error:
            raise StoreFormatError(f"{self.path}: {error}") from error
        _check_faction(changes, event_id)
        rows = [(name, _encode(getattr(current, name)), _encode(value))
                for name, value in changes.items() if getattr(current, name) != value]
        if rows:
            self._record(event_id, "correct", rows, who=who, note=note)

    def confirm(self, event_id: str, *, who: str = "analyst", note: str = "") -> None:
        self._writable()
        self._existing(event_id)
        self._record(event_id, "confirm", [(None, None, None)], who=who, note=note)

    def reject(self, event_id: str, *, who: str = "analyst", note: str = "") -> None:
        self._writable()
        self._existing(event_id)
        self._record(event_id, "reject", [(None, None, None)], who=who, note=note)

    def undo_last(self, event_id: str) -> bool:
        """Mark the latest not-undone action on the event as undone. False if there is none."""
        self._writable()
        row = self._db.execute(
            "SELECT MAX(batch) FROM corrections WHERE event_id = ? AND NOT undone",
            [event_id]).fetchone()
        if row is None or row[0] is None:
            return False
        self._db.execute("UPDATE corrections SET undone = TRUE WHERE event_id = ? AND batch = ?",
                         [event_id, row[0]])
        return True

    def history(self, event_id: str) -> list[Correction]:
        rows = self._db.execute(
            "SELECT id, event_id, field, old_value, new_value, action, who, \"at\", note, undone, batch, "
            "remapped_from "
            "FROM corrections WHERE event_id = ? ORDER BY id", [event_id]).fetchall()
        return [Correction(*row) for row in rows]

    def _existing(self, event_id: str) -> Event:
        event = self.get_event(event_id)
        if event is None:
            raise StoreError(f"{self.path}: no event {event_id!r}")
        return event

    def _record(self, event_id: str, action: str, rows: list[tuple], *, who: str, note: str) -> None:
        at = _now()
        self._db.execute("BEGIN TRANSACTION")
        try:
            first = self._db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM corrections").fetchone()[0]
            self._db.executemany(
                "INSERT INTO corrections (id, event_id, field, old_value, new_value, action, who, "
                "\"at\", note, undone, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)",
                [[first + n, event_id, field, old, new, action, who, at, note, first]
                 for n, (field, old, new) in enumerate(rows)])
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # -- imports ---------------------------------------------------------------------------------
    def import_acled_csv(self, path: str | Path) -> int:
        from events.imports import read_acled_csv

        return self.insert_events(read_acled_csv(path))

    def import_ucdp_csv(self, path: str | Path) -> int:
        from events.imports import read_ucdp_csv

        return self.insert_events(read_ucdp_csv(path))


def _check_magic(path: Path) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB sees it (DuckDB 2 would open a
    CSV or Parquet file as a read-only database of views)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror}") from error
    if head and head[8:12] != b"DUCK":
        raise StoreFormatError(f"{path}: not a DuckDB event store (no DuckDB header; "
                               f"first bytes {head[:8]!r})")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _python_dates(column: pd.Series) -> pd.Series:
    """datetime.date objects, None where missing (vectorised: a table of events has thousands)."""
    values = pd.to_datetime(column)
    return values.dt.date.astype(object).where(values.notna(), None)


def _coerce(name: str, value: object, event_id: str) -> object:
    """A correction's value as the field's type (strings from forms are accepted)."""
    if value is None or (isinstance(value, str) and value == "" and EVENT_SQL_TYPES[name] != "VARCHAR"):
        return None
    try:
        if isinstance(value, str):
            return _decode(name, value.strip() if EVENT_SQL_TYPES[name] != "VARCHAR" else value)
        sql_type = EVENT_SQL_TYPES[name]
        if sql_type == "DATE":
            return value.date() if isinstance(value, datetime) else value
        if sql_type == "INTEGER":
            return int(value)
        if sql_type == "DOUBLE PRECISION":
            return float(value)
        return value
    except (TypeError, ValueError) as error:
        raise StoreFormatError(f"event {event_id}: {name} = {value!r}: {error}") from error


def _check_faction(changes: dict[str, object], event_id: str) -> None:
    for name in ("faction1", "faction2"):
        value = changes.get(name)
        if value and value not in FACTIONS:
            raise StoreFormatError(f"event {event_id}: {name} {value!r} is not one of {list(FACTIONS)}")
    if "event_type" in changes and changes["event_type"] not in EVENT_TYPES:
        raise StoreFormatError(f"event {event_id}: event_type {changes['event_type']!r}")
