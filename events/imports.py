"""Imports of other datasets' CSV exports: ACLED and UCDP GED.

A file is read and validated whole before anything is stored: one bad cell refuses the file
with its line and column (ImportFormatError), and nothing from it is stored. Imported events
keep their origin ("acled", "ucdp") so the map can show them as a layer apart from ours.
"""
from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from events.model import EVENT_TYPES, Event, ModelError
from gazetteer import default_gazetteer
from events.store import StoreFormatError

ACLED_REQUIRED = (
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
UCDP_REQUIRED = (
    "id", "type_of_violence", "dyad_name", "side_a", "side_b", "where_prec", "where_description",
    "adm_1", "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best",
    "source_headline",
)
# UCDP's type_of_violence: 1 state-based, 2 non-state, 3 one-sided (against civilians)
UCDP_TYPES = {"1": ("Battles", "Armed clash"), "2": ("Battles", "Armed clash"),
              "3": ("Violence against civilians", "Attack")}
UCDP_GEO = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
UCDP_TIME = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}
# The factions an actor name reveals (ACLED and UCDP spell the main Libyan sides this way).
FACTION_PATTERNS = (
    (re.compile(r"haftar|libyan national army|\bLNA\b|house of representatives", re.I), "lna"),
    (re.compile(r"national accord|\bGNA\b|government of national unity|\bGNU\b|"
                r"government of libya", re.I), "gna"),
    (re.compile(r"islamic state|\bIS\b|ansar al-shari|al-qaeda|AQIM", re.I), "jihadist"),
    (re.compile(r"civilians", re.I), "civilians"),
    (re.compile(r"united nations|\bNATO\b|military forces of (?!libya)|european union", re.I),
     "international"),
)
ACLED_INTER_FACTIONS = {"7": "civilians", "8": "international"}


class ImportFormatError(StoreFormatError):
    """A malformed import file: names the file, line, column and value."""

    def __init__(self, path: str, line: int, column: str, reason: str) -> None:
        self.path, self.line, self.column, self.reason = path, line, column, reason
        super().__init__(f"{path}, line {line}, column {column}: {reason}")


UNKNOWN_COUNTRY = "ZZ"  # ISO 3166 user-assigned: a country name the gazetteer does not know


def country_code(country: str) -> str:
    """The ISO code of a country named in an import file ("Libya" -> LY, "Tunisia" -> TN), so
    events abroad are told apart from Libya's on the map; ZZ when the name is unknown."""
    for place in default_gazetteer().lookup(country):
        if place.kind == "country":
            return place.country_code
    return UNKNOWN_COUNTRY


def faction_of(actor: str) -> str:
    for pattern, faction in FACTION_PATTERNS:
        if pattern.search(actor or ""):
            return faction
    return ""


class _Row:
    """Typed access to one CSV row; every failure names line and column."""

    def __init__(self, path: str, line: int, row: dict[str, str]) -> None:
        self.path, self.line, self.row = path, line, row

    def fail(self, column: str, reason: str) -> ImportFormatError:
        return ImportFormatError(self.path, self.line, column, reason)

    def text(self, column: str) -> str:
        value = self.row.get(column)
        if value is None:
            raise self.fail(column, "missing cell (the row is shorter than the header)")
        return value.strip()

    def required(self, column: str) -> str:
        value = self.text(column)
        if not value:
            raise self.fail(column, "empty")
        return value

    def number(self, column: str, convert: Callable[[str], object], *, optional: bool = False,
               low: float | None = None, high: float | None = None):
        value = self.text(column) if optional else self.required(column)
        if not value:
            return None
        try:
            number = convert(value)
        except ValueError:
            raise self.fail(column, f"{value!r} is not a number") from None
        if (low is not None and number < low) or (high is not None and number > high):
            raise self.fail(column, f"{value!r} out of range {low}..{high}")
        return number

    def day(self, column: str) -> date:
        value = self.required(column)
        for pattern in ("%Y-%m-%d", "%d %B %Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
            try:
                return datetime.strptime(value, pattern).date()
            except ValueError:
                continue
        raise self.fail(column, f"{value!r} is not a date (YYYY-MM-DD or '9 June 2020')")

    def choice(self, column: str, mapping: dict):
        value = self.required(column)
        if value not in mapping:
            raise self.fail(column, f"{value!r} is not one of {', '.join(map(str, mapping))}")
        return mapping[value]


def _read_rows(path: str | Path, required: tuple[str, ...], kind: str):
    shown = str(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ImportFormatError(shown, 0, "-", f"cannot open: {error.strerror}") from error
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [column for column in required if column not in header]
            if missing:
                raise ImportFormatError(shown, 1, missing[0],
                                        f"not a {kind} CSV: missing columns {', '.join(missing)}")
            for row in reader:
                if None in row:
                    raise ImportFormatError(shown, reader.line_num, "-",
                                            f"{len(header) + len(row[None])} cells for "
                                            f"{len(header)} columns")
                yield _Row(shown, reader.line_num, row)
        except UnicodeDecodeError as error:
            raise ImportFormatError(shown, 0, "-", f"not UTF-8 text ({error.reason})") from error
        except csv.Error as error:
            raise ImportFormatError(shown, reader.line_num, "-", str(error)) from error


def _event(row: _Row, column: str, **values) -> Event:
    try:
        return Event(**values)
    except ModelError as error:
        raise row.fail(column, str(error)) from error


def read_acled_csv(path: str | Path) -> list[Event]:
    """Every row of an ACLED export as an Event (origin "acled"); ImportFormatError if any is bad."""
    events = []
    for row in _read_rows(path, ACLED_REQUIRED, "ACLED"):
        event_type = row.choice("event_type", {t: t for t in EVENT_TYPES})
        sub_event_type = row.required("sub_event_type")
        if sub_event_type not in EVENT_TYPES[event_type]:
            raise row.fail("sub_event_type", f"{sub_event_type!r} is not a sub-type of {event_type!r}")
        actor1, actor2 = row.text("actor1"), row.text("actor2")
        notes = row.text("notes")
        country = row.required("country")
        event_id = "acled:" + row.required("event_id_cnty")
        events.append(_event(
            row, "event_id_cnty",
            event_id=event_id, article_id=event_id, event_type=event_type,
            sub_event_type=sub_event_type, evidence=notes, evidence_start=0,
            evidence_end=len(notes), event_date=row.day("event_date"),
            time_precision=row.number("time_precision", int, low=1, high=3),
            actor1=actor1, assoc_actor1=row.text("assoc_actor_1"),
            faction1=faction_of(actor1) or ACLED_INTER_FACTIONS.get(row.text("inter1"), ""),
            actor2=actor2, assoc_actor2=row.text("assoc_actor_2"),
            faction2=faction_of(actor2) or ACLED_INTER_FACTIONS.get(row.text("inter2"), ""),
            location=row.required("location"), admin1=row.text("admin1"), country=country,
            country_code=country_code(country),
            latitude=row.number("latitude", float, low=-90, high=90),
            longitude=row.number("longitude", float, low=-180, high=180),
            geo_precision=row.number("geo_precision", int, low=1, high=3),
            fatalities=row.number("fatalities", int, optional=True, low=0),
            source="ACLED", url="", language="en", confidence=1.0, origin="acled",
        ))
    return events


def read_ucdp_csv(path: str | Path) -> list[Event]:
    """Every row of a UCDP GED export as an Event (origin "ucdp"); ImportFormatError if any is bad."""
    events = []
    for row in _read_rows(path, UCDP_REQUIRED, "UCDP GED"):
        event_type, sub_event_type = row.choice("type_of_violence", UCDP_TYPES)
        side_a, side_b = row.required("side_a"), row.text("side_b")
        start, end = row.day("date_start"), row.day("date_end")
        if end < start:
            raise row.fail("date_end", f"{end} is before date_start {start}")
        evidence = row.text("source_headline") or row.text("dyad_name")
        country = row.required("country")
        event_id = "ucdp:" + row.required("id")
        events.append(_event(
            row, "id",
            event_id=event_id, article_id=event_id, event_type=event_type,
            sub_event_type=sub_event_type, evidence=evidence, evidence_start=0,
            evidence_end=len(evidence), event_date=start,
            period_start=start if end != start else None,
            time_precision=row.choice("date_prec", UCDP_TIME),
            actor1=side_a, faction1=faction_of(side_a),
            actor2=side_b, faction2=faction_of(side_b) or ("civilians" if event_type.startswith("Violence") else ""),
            location=row.text("where_description"), admin1=row.text("adm_1"), country=country,
            country_code=country_code(country),
            latitude=row.number("latitude", float, low=-90, high=90),
            longitude=row.number("longitude", float, low=-180, high=180),
            geo_precision=row.choice("where_prec", UCDP_GEO),
            fatalities=row.number("best", int, low=0),
            source="UCDP GED", language="en", confidence=1.0, origin="ucdp",
        ))
    return events
