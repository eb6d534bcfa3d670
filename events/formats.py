"""Export formats: ACLED-ordered CSV, plain CSV, GeoJSON (RFC 7946) and JSON Lines.

Every writer takes the store's events frame (`Store.query_events`) or an iterable of Event, and
a path or an open text file. In CSV, text cells a spreadsheet would run as a formula (first
character =, +, -, @, tab or CR) get a leading apostrophe.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import time
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Iterable, Iterator

import pandas as pd

from events.model import Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
PROVENANCE_COLUMNS: tuple[str, ...] = (
    "evidence", "evidence_start", "evidence_end", "url", "confidence", "reviewed", "event_id",
    "article_id", "place_id", "faction1", "faction2", "inferred_factions", "origin", "status",
)
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED actor-type codes for our factions: 1 state forces, 2 rebel groups, 7 civilians,
# 8 external/other forces. The LNA is coded as a non-state armed group here.
INTER_CODES = {"gna": 1, "lna": 2, "jihadist": 2, "civilians": 7, "international": 8}
ISO_NUMERIC = {"LY": 434}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class FormatError(ValueError):
    """Events that cannot be written in the asked format."""


def events_frame(events: pd.DataFrame | Iterable[Event]) -> pd.DataFrame:
    """A frame of events: the store's frame as is, or Event records turned into one."""
    if isinstance(events, pd.DataFrame):
        return events
    rows = []
    for event in events:
        row = dataclasses.asdict(event)
        row.pop("more_evidence")
        row.setdefault("status", "confirmed" if event.reviewed else "extracted")
        rows.append(row)
    return pd.DataFrame(rows)


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would evaluate, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value: object) -> object:
    """A cell as JSON/CSV wants it: None for missing, ISO dates, Python numbers."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def _records(frame: pd.DataFrame) -> Iterator[dict[str, object]]:
    columns = list(frame.columns)
    for values in frame.itertuples(index=False, name=None):
        yield {name: _plain(value) for name, value in zip(columns, values)}


@contextmanager
def _opened(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if hasattr(out, "write"):
        yield out  # type: ignore[misc]
        return
    with open(out, "w", encoding="utf-8", newline="") as handle:
        yield handle


def acled_row(record: dict[str, object], *, timestamp: int) -> dict[str, object]:
    """One event record as ACLED's 31 columns followed by the provenance columns."""
    get = record.get
    faction1, faction2 = get("faction1") or "", get("faction2") or ""
    inter1, inter2 = INTER_CODES.get(faction1, ""), INTER_CODES.get(faction2, "")
    interaction = "".join(str(c) for c in sorted(c for c in (inter1, inter2) if c != ""))
    event_date = get("event_date")
    row = {
        "event_id_cnty": get("event_id"),
        "event_date": event_date,
        "year": str(event_date)[:4] if event_date else None,
        "time_precision": get("time_precision"),
        "disorder_type": DISORDER_TYPES.get(str(get("event_type")), ""),
        "event_type": get("event_type"),
        "sub_event_type": get("sub_event_type"),
        "actor1": get("actor1"),
        "assoc_actor_1": get("assoc_actor1"),
        "inter1": inter1,
        "actor2": get("actor2"),
        "assoc_actor_2": get("assoc_actor2"),
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if faction2 == "civilians" else "",
        "iso": ISO_NUMERIC.get(str(get("country_code") or ""), ""),
        "region": "Northern Africa" if get("country_code") == "LY" else "",
        "country": get("country"),
        "admin1": get("admin1"),
        "admin2": "",
        "admin3": "",
        "location": get("location"),
        "latitude": get("latitude"),
        "longitude": get("longitude"),
        "geo_precision": get("geo_precision"),
        "source": get("source"),
        "source_scale": "",
        "notes": get("evidence"),
        "fatalities": get("fatalities"),
        "tags": "",
        "timestamp": timestamp,
    }
    for name in PROVENANCE_COLUMNS:
        row[name] = get(name)
    return row


def _write_rows(rows: Iterable[dict[str, object]], columns: list[str], out) -> int:
    count = 0
    with _opened(out) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else neutralise(row.get(c)) for c in columns])
            count += 1
    return count


def write_acled_csv(events: pd.DataFrame | Iterable[Event], out: str | Path | IO[str]) -> int:
    """CSV with ACLED's 31 columns in ACLED's order, then ours. Returns the rows written."""
    frame = events_frame(events)
    timestamp = int(time.time())
    rows = (acled_row(record, timestamp=timestamp) for record in _records(frame))
    return _write_rows(rows, [*ACLED_COLUMNS, *PROVENANCE_COLUMNS], out)


def write_csv(events: pd.DataFrame | Iterable[Event], out: str | Path | IO[str]) -> int:
    """CSV with the store's own columns (Event fields plus status)."""
    frame = events_frame(events)
    return _write_rows(_records(frame), list(frame.columns), out)


def write_jsonl(events: pd.DataFrame | Iterable[Event], out: str | Path | IO[str]) -> int:
    """One JSON object per event and line."""
    count = 0
    with _opened(out) as handle:
        for record in _records(events_frame(events)):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def geojson_feature(record: dict[str, object]) -> dict[str, object]:
    """An RFC 7946 Feature: a Point [longitude, latitude], or a null geometry when unplaced."""
    lat, lon = record.get("latitude"), record.get("longitude")
    geometry = None
    if lat is not None and lon is not None:
        if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            raise FormatError(f"event {record.get('event_id')}: coordinates ({lat}, {lon}) out of range")
        geometry = {"type": "Point", "coordinates": [float(lon), float(lat)]}
    return {"type": "Feature", "id": record.get("event_id"), "geometry": geometry,
            "properties": record}


def write_geojson(events: pd.DataFrame | Iterable[Event], out: str | Path | IO[str]) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: WGS 84, longitude first)."""
    features = [geojson_feature(record) for record in _records(events_frame(events))]
    with _opened(out) as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
        handle.write("\n")
    return len(features)


WRITERS = {"acled": write_acled_csv, "csv": write_csv, "geojson": write_geojson, "jsonl": write_jsonl}


def write_events(events, out, *, format: str) -> int:
    try:
        writer = WRITERS[format]
    except KeyError:
        raise FormatError(f"unknown format {format!r} (one of {', '.join(WRITERS)})") from None
    return writer(events, out)


def to_text(events, *, format: str) -> str:
    buffer = io.StringIO()
    write_events(events, buffer, format=format)
    return buffer.getvalue()
