"""What the dashboard's views compute: filters <-> URL parameters, summaries, calls to the store.

No Streamlit here, so every function is tested without it. The views read their widgets,
call one of these functions and render the result.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pandas as pd

from dashboard.errors import DashboardError
from events.model import EVENT_TYPES, FACTIONS, EventFilter

if TYPE_CHECKING:  # the store (and DuckDB) load only when a view reads it
    from events.store import ViewTotals

# URL parameter names, one per EventFilter field the sidebar offers.
LIST_PARAMS = {
    "faction": "factions",
    "type": "event_types",
    "place": "places",
    "source": "sources",
    "precision": "geo_precisions",
    "origin": "origins",
}
NO_FACTION = "none"  # the value that stands for "every faction deselected"
ORIGINS = ("extracted", "acled", "ucdp")
TIME_UNITS = {"day": "yearmonthdate", "week": "yearweek", "month": "yearmonth"}  # Vega-Lite
# Events the map draws and the table lists (the newest); the summary line, the timeline and
# the exports count every event in view, and the page says when more match.
VIEW_LIMIT = 2000
OLDER_CELL = 0.5  # degrees (about 50 km): where the events past VIEW_LIMIT are, counted

TABLE_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "location", "admin1", "actor1",
    "faction1", "actor2", "faction2", "inferred_factions", "fatalities", "displaced", "source", "status",
    "event_id",
)
EDITABLE_FIELDS = (
    "event_date", "event_type", "sub_event_type", "place_id", "actor1", "faction1",
    "actor2", "faction2", "fatalities", "injured", "displaced",
)
_EVENT_ID = re.compile(r"ev-[0-9a-f]{16}|(?:acled|ucdp):[\w.-]+")


class QueryParamError(DashboardError, ValueError):
    """A URL parameter that cannot be read as a filter (names the parameter and the value)."""

    def __init__(self, key: str, value: str, reason: str) -> None:
        self.key, self.value, self.reason = key, value, reason
        super().__init__(f"URL parameter {key}={value!r}: {reason}")


class FormError(DashboardError, ValueError):
    """A value typed in a form that the store cannot take (names the field and the value)."""


def _values(params: Mapping[str, str | list[str]], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [item.strip() for item in items if item is not None and item.strip()]


def _one(params: Mapping[str, str | list[str]], key: str) -> str:
    values = _values(params, key)
    return values[-1] if values else ""


def _parse_date(key: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise QueryParamError(key, value, "expected a date as YYYY-MM-DD") from error


def _is_on(value: str) -> bool:
    return value.lower() in {"1", "true", "yes", "on"}


def filters_from_params(params: Mapping[str, str | list[str]]) -> EventFilter:
    """The filter a view link describes. Absent parameters mean the dashboard's defaults:
    every faction and type, any date, Libyan places only, rejected events hidden."""
    factions = tuple(_values(params, "faction"))
    for faction in factions:
        if faction not in FACTIONS and faction != NO_FACTION:
            raise QueryParamError("faction", faction, f"expected one of {', '.join(FACTIONS)}")
    event_types = tuple(_values(params, "type"))
    for event_type in event_types:
        if event_type not in EVENT_TYPES:
            raise QueryParamError("type", event_type, "not an ACLED event type")
    precisions = []
    for value in _values(params, "precision"):
        if value not in {"1", "2", "3"}:
            raise QueryParamError("precision", value, "expected 1, 2 or 3")
        precisions.append(int(value))
    min_fatalities = None
    if value := _one(params, "min_fatalities"):
        if not value.isdigit():
            raise QueryParamError("min_fatalities", value, "expected a whole number")
        min_fatalities = int(value) or None
    origins = tuple(_values(params, "origin"))
    for origin in origins:
        if origin not in ORIGINS:
            raise QueryParamError("origin", origin, f"expected one of {', '.join(ORIGINS)}")
    date_from = _parse_date("from", _one(params, "from"))
    date_to = _parse_date("to", _one(params, "to"))
    if date_from and date_to and date_from > date_to:
        raise QueryParamError("to", date_to.isoformat(), f"is before from={date_from}")
    return EventFilter(
        factions=factions,
        event_types=event_types,
        date_from=date_from,
        date_to=date_to,
        places=tuple(_values(params, "place")),
        sources=tuple(_values(params, "source")),
        text=_one(params, "q"),
        min_fatalities=min_fatalities,
        geo_precisions=tuple(sorted(precisions)),
        reviewed_only=_is_on(_one(params, "reviewed")),
        stated_sides_only=_is_on(_one(params, "stated")),
        origins=origins,
        include_foreign=_is_on(_one(params, "foreign")),
        include_rejected=_is_on(_one(params, "rejected")),
    )


def params_from_filters(event_filter: EventFilter) -> dict[str, str | list[str]]:
    """The URL parameters of a filter: the inverse of `filters_from_params`, defaults left out."""
    params: dict[str, str | list[str]] = {}
    for key, name in LIST_PARAMS.items():
        values = [str(value) for value in getattr(event_filter, name)]
        if values:
            params[key] = values
    if event_filter.date_from:
        params["from"] = event_filter.date_from.isoformat()
    if event_filter.date_to:
        params["to"] = event_filter.date_to.isoformat()
    if event_filter.text:
        params["q"] = event_filter.text
    if event_filter.min_fatalities:
        params["min_fatalities"] = str(event_filter.min_fatalities)
    if event_filter.reviewed_only:
        params["reviewed"] = "1"
    if event_filter.stated_sides_only:
        params["stated"] = "1"
    if event_filter.include_foreign:
        params["foreign"] = "1"
    if event_filter.include_rejected:
        params["rejected"] = "1"
    return params


def factions_for_selection(selected: Iterable[str]) -> tuple[str, ...]:
    """The filter's factions for a multiselect: all selected means no constraint, none selected
    means nothing matches (not "everything", which is what an empty filter means)."""
    chosen = tuple(faction for faction in FACTIONS if faction in set(selected))
    if len(chosen) == len(FACTIONS):
        return ()
    return chosen or (NO_FACTION,)


def selection_for_factions(factions: tuple[str, ...]) -> list[str]:
    """The multiselect's value for a filter's factions (the inverse of `factions_for_selection`)."""
    if not factions:
        return list(FACTIONS)
    return [faction for faction in factions if faction in FACTIONS]


def view_link(base_url: str, event_filter: EventFilter, *, page: str = "") -> str:
    """The link that reopens the same view."""
    query = urlencode(params_from_filters(event_filter), doseq=True)
    base = base_url.rstrip("/") + (f"/{page}" if page else "")
    return f"{base}/?{query}" if query else f"{base}/"


def choose_period(date_from: date | None, date_to: date | None) -> str:
    """Bars per day up to three months, per week up to two years, else per month."""
    if not date_from or not date_to:
        return "day"
    span = (date_to - date_from).days
    if span <= 92:
        return "day"
    if span <= 731:
        return "week"
    return "month"


def _as_date(value: object) -> date | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):  # Vega-Lite sends epoch milliseconds
        return datetime.fromtimestamp(value / 1000, tz=timezone.utc).date()
    try:
        return pd.Timestamp(str(value)).date()
    except (ValueError, TypeError):
        return None


def totals_text(totals: ViewTotals, *, total: int) -> str:
    """'N events shown of M, DATE to DATE, F fatalities' from the store's totals of the view
    (all its events, not only the rows read)."""
    first, last = totals.date_from, totals.date_to
    if first and last:
        span = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    else:
        span = "no dated events"
    noun = "event" if total == 1 else "events"
    return f"{totals.count:,} {noun} shown of {total:,}, {span}, {totals.fatalities:,} fatalities"


def dates_from_selection(selection: Mapping[str, object] | None) -> tuple[date, date] | None:
    """The date interval brushed on the timeline (Streamlit's Vega-Lite selection state)."""
    if not selection:
        return None
    for params in selection.values():
        if not isinstance(params, Mapping):
            continue
        for values in params.values():
            if isinstance(values, (list, tuple)) and len(values) == 2:
                first, last = _as_date(values[0]), _as_date(values[1])
                if first and last:
                    return (first, last) if first <= last else (last, first)
    return None


def timeline_frame(counts: pd.DataFrame) -> pd.DataFrame:
    """Counts per period and faction with the faction's label, for the stacked bars."""
    if counts.empty:
        return pd.DataFrame({"period_start": [], "faction": [], "count": []})
    frame = counts.copy()
    frame["period_start"] = pd.to_datetime(frame["period_start"])
    frame["faction"] = frame["faction"].fillna("").map(lambda f: FACTIONS.get(f or "other", f))
    return frame


def timeline_colours() -> tuple[list[str], list[str]]:
    """The timeline's faction labels and colours: the map legend's colours."""
    from dashboard.legend import FACTION_COLOURS

    return list(FACTIONS.values()), [FACTION_COLOURS[faction] for faction in FACTIONS]


def table_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The columns the table shows, in reading order."""
    columns = [column for column in TABLE_COLUMNS if column in events.columns]
    return events.loc[:, columns].reset_index(drop=True)


def event_id_from_popup(popup: object) -> str | None:
    """The event id inside a clicked marker's popup (the map prints it in every popup)."""
    match = _EVENT_ID.search(str(popup or ""))
    return match.group(0) if match else None


def event_record(event: object) -> dict[str, object]:
    """An event's full record as a plain dict for display (dates as ISO text)."""
    if hasattr(event, "__dataclass_fields__"):
        items = {field.name: getattr(event, field.name) for field in fields(event)}
    else:
        items = dict(event)  # a mapping, e.g. a table row
    record = {}
    for key, value in items.items():
        if key == "more_evidence":
            value = [getattr(evidence, "text", str(evidence)) for evidence in value]
        elif isinstance(value, (date, datetime)):
            value = value.isoformat()
        elif isinstance(value, float) and math.isnan(value):
            value = None
        record[key] = value
    return record


def changes_from_form(event: object, form: Mapping[str, object]) -> dict[str, object]:
    """The fields an analyst changed in the edit form (unchanged ones left out)."""
    changes: dict[str, object] = {}
    for name in EDITABLE_FIELDS:
        if name not in form:
            continue
        new, old = form[name], getattr(event, name, None)
        if name in {"fatalities", "injured", "displaced"}:
            new = _parse_count(name, new)
        if isinstance(new, str):
            new = new.strip()
        if new != old and not (new == "" and old in (None, "")):
            changes[name] = new
    return changes


def _parse_count(name: str, value: object) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise FormError(f"{name}: {text!r} is not a whole number (leave empty when not stated)")
    return int(text)


def filters_text(event_filter: EventFilter) -> str:
    """A one-line description of a filter, printed on snapshots."""
    parts = []
    if event_filter.factions:
        parts.append("factions: " + ", ".join(FACTIONS.get(f, f) for f in event_filter.factions))
    if event_filter.event_types:
        parts.append("types: " + ", ".join(event_filter.event_types))
    if event_filter.date_from or event_filter.date_to:
        first = event_filter.date_from.isoformat() if event_filter.date_from else "..."
        last = event_filter.date_to.isoformat() if event_filter.date_to else "..."
        parts.append(f"dates: {first} to {last}")
    for label, values in (("places", event_filter.places), ("sources", event_filter.sources)):
        if values:
            parts.append(f"{label}: " + ", ".join(values))
    if event_filter.text:
        parts.append(f"text: {event_filter.text!r}")
    if event_filter.min_fatalities:
        parts.append(f"fatalities >= {event_filter.min_fatalities}")
    if event_filter.geo_precisions:
        parts.append("geo precision: " + ", ".join(map(str, event_filter.geo_precisions)))
    if event_filter.reviewed_only:
        parts.append("reviewed only")
    if event_filter.stated_sides_only and event_filter.factions:
        parts.append("factions as the text states them (no inferred side)")
    if event_filter.origins:
        parts.append("layers: " + ", ".join(event_filter.origins))
    parts.append("foreign places shown" if event_filter.include_foreign else "Libya only")
    return "; ".join(parts)


def with_dates(event_filter: EventFilter, span: tuple[date, date] | None) -> EventFilter:
    """The filter narrowed to a timeline selection (kept within its own date range)."""
    if not span:
        return event_filter
    first, last = span
    if event_filter.date_from and event_filter.date_from > first:
        first = event_filter.date_from
    if event_filter.date_to and event_filter.date_to < last:
        last = event_filter.date_to
    return replace(event_filter, date_from=first, date_to=max(first, last))


def export_stem(exported_at: datetime) -> str:
    return "libyamap-" + exported_at.strftime("%Y%m%d-%H%M%S")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class ViewData:
    """What the map page shows for one filter."""

    events: pd.DataFrame  # the newest `limit` rows (VIEW_LIMIT)
    total: int  # events in the store (rejected excluded)
    totals: ViewTotals  # every event matching the filter: count, dates, fatalities
    counts: pd.DataFrame  # period_start, faction, count
    period: str
    # (lat, lon, events) per ~50 km cell of the events matching but not read (none unless cut)
    older: list[tuple[float, float, int]] = field(default_factory=list)

    @property
    def matching(self) -> int:
        return self.totals.count

    @property
    def cut(self) -> bool:
        """More events match than the map and the table show."""
        return self.totals.count > len(self.events)


def load_view(db_path: Path, event_filter: EventFilter, *, limit: int = VIEW_LIMIT) -> ViewData:
    """Everything the map page needs, read in one short read-only session."""
    from events.store import Store

    with Store.open(db_path, read_only=True) as store:
        totals = store.totals(event_filter)
        total = totals.in_store
        events = store.query_events(event_filter, limit=limit)
        first = event_filter.date_from or totals.date_from  # the span of what is shown
        last = event_filter.date_to or totals.date_to
        period = choose_period(first, last)
        counts = store.counts_by_period(event_filter, period=period)
        older = (store.density(event_filter, skip=len(events), cell=OLDER_CELL)
                 if totals.count > len(events) else [])
    return ViewData(events=events, total=total, totals=totals, counts=counts, period=period,
                    older=older)


def filter_from_widgets(values: Mapping[str, object]) -> EventFilter:
    """The filter the sidebar's widgets describe (keys f_faction, f_type, ... as in state.py)."""

    def listed(key: str) -> tuple[str, ...]:
        return tuple(str(value) for value in (values.get(key) or ()))

    date_from, date_to = _as_date(values.get("f_from")), _as_date(values.get("f_to"))
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return EventFilter(
        factions=factions_for_selection(values.get("f_faction") or ()),
        event_types=tuple(t for t in EVENT_TYPES if t in set(listed("f_type"))),
        date_from=date_from,
        date_to=date_to,
        places=listed("f_place"),
        sources=listed("f_source"),
        text=str(values.get("f_q") or "").strip(),
        min_fatalities=int(values.get("f_min_fatalities") or 0) or None,
        geo_precisions=tuple(sorted(int(p) for p in listed("f_precision"))),
        reviewed_only=bool(values.get("f_reviewed")),
        stated_sides_only=bool(values.get("f_stated")),
        origins=tuple(o for o in ORIGINS if o in set(listed("f_origin"))),
        include_foreign=bool(values.get("f_foreign")),
    )


def facet_options(facets: object) -> dict[str, list[str]]:
    """The choices for the place and source filters, from the store's facets."""
    def names(*attributes: str) -> list[str]:
        found: set[str] = set()
        for attribute in attributes:
            for item in getattr(facets, attribute, None) or ():
                name = item[0] if isinstance(item, tuple) else item
                if name:
                    found.add(str(name))
        return sorted(found)

    first, last = getattr(facets, "date_from", None), getattr(facets, "date_to", None)
    return {
        "places": names("districts", "admin1", "places", "locations"),
        "sources": names("sources"),
        "dates": [first.isoformat(), last.isoformat()] if first and last else [],
    }


def week_starts(first: date, last: date) -> list[date]:
    """The Mondays of the weeks from `first` to `last` (the time slider's stops)."""
    start, end = week_start(first), week_start(last)
    return [start + timedelta(weeks=n) for n in range((end - start).days // 7 + 1)]


def week_window(monday: date) -> tuple[date, date]:
    """The date filter of one week: Monday to Sunday."""
    return monday, monday + timedelta(days=6)


def week_shown(event_filter: EventFilter) -> date | None:
    """The Monday of the week a filter's dates cover exactly, else None (not stepping)."""
    first, last = event_filter.date_from, event_filter.date_to
    if first and last and first.weekday() == 0 and (last - first).days == 6:
        return first
    return None


def load_facet_options(db_path: Path) -> dict[str, list[str]]:
    from events.store import Store

    with Store.open(db_path, read_only=True) as store:
        return facet_options(store.facets())


def load_density(db_path: Path, event_filter: EventFilter) -> list[tuple[float, float, int]]:
    """Events per ~5 km cell over the whole view (Store.density), for the heat layer of a view
    that is cut."""
    from events.store import Store

    with Store.open(db_path, read_only=True) as store:
        return store.density(event_filter)


def event_record_from_frame(events: pd.DataFrame, event_id: str) -> dict[str, object] | None:
    """The full record of one event of a query result, or None when it is not in view."""
    if events.empty or "event_id" not in events:
        return None
    rows = events[events["event_id"] == event_id]
    if rows.empty:
        return None
    return event_record(rows.iloc[0].to_dict())


def event_point(events: pd.DataFrame, event_id: str | None) -> tuple[float, float] | None:
    """(lat, lon) of an event of a query result, None when absent or unplaced."""
    if not event_id or events.empty:
        return None
    rows = events[events["event_id"] == event_id].dropna(subset=["latitude", "longitude"])
    if rows.empty:
        return None
    return float(rows.iloc[0]["latitude"]), float(rows.iloc[0]["longitude"])


def focus_zoom(events: pd.DataFrame, event_id: str) -> int:
    """How close the map comes to a selected event: less for district or country level."""
    rows = events[events["event_id"] == event_id] if "geo_precision" in events else events.iloc[:0]
    precision = int(rows.iloc[0]["geo_precision"]) if not rows.empty else 1
    return {1: 10, 2: 9}.get(precision, 6)


def event_choice_label(row: Mapping[str, object]) -> str:
    """How an event reads in a picker: date, type, place, id."""
    when = _as_date(row.get("event_date"))
    return (f"{when.isoformat() if when else 'undated'} · {row.get('event_type', '')} · "
            f"{row.get('location') or 'unplaced'} · {row.get('event_id')}")


def load_event(db_path: Path, event_id: str):
    """The event with corrections applied and its review history."""
    from events.store import Store

    with Store.open(db_path, read_only=True) as store:
        return store.get_event(event_id), store.history(event_id)


def review_event(db_path: Path, event_id: str, *, action: str, note: str = "",
                 changes: Mapping[str, object] | None = None, who: str = "analyst") -> str:
    """Confirm, correct, reject or undo: stored as a correction. Returns what was done."""
    from events.store import Store

    with Store.open(db_path) as store:
        if action == "confirm":
            store.confirm(event_id, who=who, note=note)
        elif action == "reject":
            store.reject(event_id, who=who, note=note)
        elif action == "correct":
            if not changes:
                return "nothing changed"
            store.correct(event_id, dict(changes), who=who, note=note)
        elif action == "undo":
            return "undone" if store.undo_last(event_id) else "nothing to undo"
        else:
            raise DashboardError(f"unknown review action {action!r}")
    return {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}[action]


def place_changes(place) -> dict[str, object]:
    """The event fields a place chosen from the gazetteer sets."""
    return {
        "place_id": place.place_id, "location": place.name, "admin1": place.admin1,
        "country_code": place.country_code, "latitude": place.latitude,
        "longitude": place.longitude,
    }


def history_frame(history: Iterable[object]) -> pd.DataFrame:
    """A store's corrections of one event as a table (newest last)."""
    rows = [event_record(item) if hasattr(item, "__dataclass_fields__") else dict(item)
            for item in history]
    return pd.DataFrame(rows)


UPLOAD_TYPES = ("txt", "md", "html", "htm", "json", "jsonl", "csv")


def save_uploads(files: Iterable[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write uploaded files into one folder (metadata beside its article) and return the
    article files among them, in name order. Names are reduced to their last component."""
    saved = []
    for name, data in files:
        target = folder / Path(name.replace("\\", "/")).name
        if not target.name or target.name.startswith("."):
            raise FormError(f"upload {name!r}: not a usable file name")
        target.write_bytes(data)
        if not target.name.lower().endswith(".meta.json"):
            saved.append(target)
    return sorted(saved)


def summary_result(name: str, summary: object) -> dict[str, object]:
    """One line of the ingest page's result table, from an ingest summary."""
    failed = getattr(summary, "failed", ()) or ()
    messages = [str(item) for item in (failed if not isinstance(failed, int) else ())]
    return {
        "file": name,
        "articles": getattr(summary, "articles_read", getattr(summary, "articles", None)),
        "new": getattr(summary, "new", None),
        "unchanged": getattr(summary, "unchanged", None),
        "replaced": getattr(summary, "replaced", None),
        "events added": getattr(summary, "events_added", getattr(summary, "events", None)),
        "error": "; ".join(messages),
    }


def ingest_file(db_path: Path, path: Path) -> dict[str, object]:
    """Extract and store one article file; its result line (the error, if any, in it)."""
    from events.ingest import ingest_paths

    return summary_result(path.name, ingest_paths([path], db_path=db_path))


def ingest_text(db_path: Path, text: str, *, published: date | None, source: str,
                language: str, title: str = "", url: str = "") -> dict[str, object]:
    """Extract and store one pasted article; its result line."""
    from events.store import Store
    from extractor.articles import make_article
    from extractor.pipeline import extract

    if not text.strip():
        raise FormError("pasted text: empty")
    article = make_article(text, title=title, published=published, language=language,
                           source=source, url=url)
    added = 0
    with Store.open(db_path) as store:
        for extraction in extract([article]):
            status = store.save_extraction(extraction)
            added += len(extraction.events) if status != "unchanged" else 0
    return {"file": f"pasted: {title or article.article_id}", "articles": 1,
            "status": status, "events added": added, "error": ""}


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def load_export(db_path: Path, event_filter: EventFilter) -> pd.DataFrame:
    """Every event of the current view (no row limit), for the snapshot files."""
    from events.store import Store

    with Store.open(db_path, read_only=True) as store:
        return store.query_events(event_filter)


def _written(writer, events: pd.DataFrame, suffix: str) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="libyamap-export-") as folder:
        out = Path(folder) / f"events{suffix}"
        writer(events, out)
        return out.read_bytes()


def acled_csv_bytes(events: pd.DataFrame) -> bytes:
    from events.formats import write_acled_csv

    return _written(write_acled_csv, events, ".csv")


def geojson_bytes(events: pd.DataFrame) -> bytes:
    from events.formats import write_geojson

    return _written(write_geojson, events, ".geojson")


def snapshot_html_bytes(events: pd.DataFrame, event_filter: EventFilter,
                        exported_at: datetime) -> bytes:
    from dashboard.snapshot import build_standalone_html

    html = build_standalone_html(events, filters_text=filters_text(event_filter),
                                 exported_at=exported_at)
    return html.encode("utf-8")


def png_unavailable_reason(chromium: Path = CHROMIUM) -> str | None:
    """Why a PNG cannot be made here, or None when it can."""
    if not chromium.exists():
        return (f"A PNG needs Chromium at {chromium} (Debian: apt-get install chromium); "
                "the HTML snapshot opens in any browser and can be printed or captured instead.")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "A PNG needs the playwright package (pip install 'libyamap[test]')."
    return None


def render_png(html: bytes, *, chromium: Path = CHROMIUM, size: tuple[int, int] = (1280, 860),
               timeout_ms: int = 30_000) -> bytes:
    """A picture of a standalone HTML map, drawn by headless Chromium (no network needed)."""
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    from playwright.sync_api import sync_playwright

    def shoot() -> bytes:
        with tempfile.TemporaryDirectory(prefix="libyamap-png-") as folder:
            page_path = Path(folder) / "map.html"
            page_path.write_bytes(html)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(chromium),
                                                     args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                    page.goto(page_path.as_uri(), timeout=timeout_ms)
                    page.wait_for_selector(".leaflet-container", timeout=timeout_ms)
                    page.wait_for_load_state("load", timeout=timeout_ms)
                    return page.screenshot(full_page=False)
                finally:
                    browser.close()

    # Playwright's sync API refuses to run in a thread with an asyncio loop: use a fresh one.
    from playwright.sync_api import Error as PlaywrightError

    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(shoot).result()
        except PlaywrightError as error:
            raise DashboardError(f"PNG snapshot with {chromium}: {error}") from error


def event_id_from_click(events: pd.DataFrame, clicked: Mapping[str, object] | None) -> str | None:
    """The event a map click designates: the id printed in its popup, else the event drawn
    at the clicked point (st_folium returns `last_object_clicked` as {"lat", "lng"})."""
    if not clicked:
        return None
    if found := event_id_from_popup(clicked.get("last_object_clicked_popup")):
        return found
    point = clicked.get("last_object_clicked") or {}
    if not isinstance(point, Mapping) or point.get("lat") is None or events.empty:
        return None
    located = events.dropna(subset=["latitude", "longitude"])
    if located.empty:
        return None
    distance = (located["latitude"] - float(point["lat"])) ** 2 + (
        located["longitude"] - float(point["lng"])) ** 2
    nearest = distance.idxmin()
    return str(located.loc[nearest, "event_id"]) if distance[nearest] < 1e-8 else None
