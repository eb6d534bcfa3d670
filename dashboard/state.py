"""Streamlit glue shared by the views: the store path, cached reads, the sidebar filters.

Cached reads are keyed by the store file's modification time (and its write-ahead log's), so a
finished ingest or a correction shows up at the next rerun.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import streamlit as st

from dashboard import queries
from dashboard.errors import DashboardError
from events.model import EVENT_TYPES, FACTIONS, EventFilter
from events.formats import FormatError
from events.store import StoreError, default_db_path
from extractor.errors import ExtractorError
from gazetteer.errors import GazetteerError

FILTER_KEYS = (
    "f_faction", "f_type", "f_from", "f_to", "f_place", "f_source", "f_q", "f_min_fatalities",
    "f_precision", "f_reviewed", "f_origin", "f_foreign", "f_stated",
)
# Our own errors, shown with st.error; anything else surfaces as a bug.
OUR_ERRORS: tuple[type[Exception], ...] = (
    DashboardError, StoreError, FormatError, ExtractorError, GazetteerError,
)


def db_path() -> Path:
    """The store the app was started on: $LIBYAMAP_DB, else the project's default."""
    if os.environ.get("LIBYAMAP_DB"):
        return Path(os.environ["LIBYAMAP_DB"])
    return Path(default_db_path())


def db_version(path: Path) -> float:
    """Changes whenever the store is written (DuckDB writes its log first)."""
    stamps = [p.stat().st_mtime_ns for p in (path, Path(f"{path}.wal")) if p.exists()]
    return float(max(stamps, default=0))


@st.cache_data(max_entries=64, show_spinner=False)
def load_view(path: str, version: float, event_filter: EventFilter) -> queries.ViewData:
    del version  # part of the cache key only
    return queries.load_view(Path(path), event_filter)


@st.cache_data(max_entries=16, show_spinner=False)
def _load_density(path: str, version: float, event_filter: EventFilter) -> list[tuple]:
    del version  # part of the cache key only
    return queries.load_density(Path(path), event_filter)


def load_density(path: Path, event_filter: EventFilter) -> list[tuple]:
    """queries.load_density, cached until the store is written."""
    return _load_density(str(path), db_version(path), event_filter)


def require_store(path: Path) -> None:
    """Stop the page with a note when there is no store yet."""
    if not path.exists():
        st.info(f"No event store at {path} yet: add articles on the *Add articles* page.")
        st.stop()


def view_or_stop(path: Path, event_filter: EventFilter) -> queries.ViewData:
    """The events of the view, or the page stops with the store's error shown."""
    require_store(path)
    try:
        return load_view(str(path), db_version(path), event_filter)
    except OUR_ERRORS as error:
        st.error(str(error))
        st.stop()


@st.cache_data(max_entries=8, show_spinner=False)
def load_facets(path: str, version: float) -> dict[str, list[str]]:
    del version
    return queries.load_facet_options(Path(path))


def _seed_widgets(event_filter: EventFilter) -> None:
    """Put a filter into the sidebar widgets before they are drawn (on every run: a widget's
    own state does not survive a visit to a page without it)."""
    state = st.session_state
    state["f_faction"] = queries.selection_for_factions(event_filter.factions)
    state["f_type"] = list(event_filter.event_types)
    state["f_from"] = event_filter.date_from
    state["f_to"] = event_filter.date_to
    state["f_place"] = list(event_filter.places)
    state["f_source"] = list(event_filter.sources)
    state["f_q"] = event_filter.text
    state["f_min_fatalities"] = event_filter.min_fatalities or 0
    state["f_precision"] = [str(p) for p in event_filter.geo_precisions]
    state["f_reviewed"] = event_filter.reviewed_only
    state["f_stated"] = event_filter.stated_sides_only
    state["f_origin"] = list(event_filter.origins)
    state["f_foreign"] = event_filter.include_foreign


def remember_filters() -> None:
    """Callback of every filter widget: the widgets' values become the view's filter."""
    values = {key: st.session_state.get(key) for key in FILTER_KEYS}
    st.session_state["filter_params"] = queries.params_from_filters(
        queries.filter_from_widgets(values))


def _reset_filters() -> None:
    for key in FILTER_KEYS:
        st.session_state.pop(key, None)
    st.session_state["filter_params"] = {}


def sidebar_filters(path: Path) -> EventFilter:
    """Draw the filters in the sidebar, seeded from the link, and keep the link in step."""
    params = st.session_state.get("filter_params")
    if params is None:  # first run of the session: the link decides
        params = {key: st.query_params.get_all(key) for key in st.query_params}
    try:
        start = queries.filters_from_params(params)
    except queries.QueryParamError as error:
        st.error(f"This link's filters could not be read: {error}")
        start = queries.filters_from_params({})
    _seed_widgets(start)
    options: dict[str, list[str]] = {}
    if path.exists():
        try:
            options = load_facets(str(path), db_version(path))
        except OUR_ERRORS as error:  # the page says why the store cannot be read
            st.sidebar.error(f"The place and source choices could not be read: {error}")
    bar, keep = st.sidebar, remember_filters
    bar.multiselect("Factions", list(FACTIONS), format_func=FACTIONS.get, key="f_faction",
                    on_change=keep)
    bar.toggle("Sides the text states only", key="f_stated", on_change=keep,
               help="Leave out the sides the side model inferred (marked in the popup) when "
                    "matching the factions")
    bar.multiselect("Event types", list(EVENT_TYPES), key="f_type", on_change=keep)
    low, high = date(1990, 1, 1), date(2100, 12, 31)
    bar.date_input("From", min_value=low, max_value=high, key="f_from", on_change=keep)
    bar.date_input("To", min_value=low, max_value=high, key="f_to", on_change=keep)
    _multiselect_with_options(bar, "District or place", "f_place", options.get("places", []))
    _multiselect_with_options(bar, "Source", "f_source", options.get("sources", []))
    bar.text_input("Text search", key="f_q", on_change=keep)
    bar.number_input("Minimum fatalities", min_value=0, step=1, key="f_min_fatalities",
                     on_change=keep)
    bar.multiselect("Geo precision", ["1", "2", "3"], key="f_precision", on_change=keep,
                    help="1 = the site itself, 2 = near it, 3 = district or country")
    bar.multiselect("Layers", list(queries.ORIGINS), key="f_origin", on_change=keep,
                    help="Extracted from articles or imported (ACLED, UCDP); empty = all")
    bar.toggle("Reviewed only", key="f_reviewed", on_change=keep)
    # Events located abroad (Tunisia, Egypt, Turkey, ...) are off by default and leave the whole
    # view, not just the map: the table, summary, timeline and exports describe what the map
    # shows, so a count never includes points the analyst cannot see. The link gets foreign=1
    # only when the toggle is on.
    bar.toggle("Events abroad", key="f_foreign", on_change=keep,
               help="Show events located outside Libya (off by default)")
    bar.button("Reset filters", key="f_reset", on_click=_reset_filters)
    remember_filters()
    new_params = st.session_state["filter_params"]
    event_filter = queries.filters_from_params(new_params)
    if {k: st.query_params.get_all(k) for k in st.query_params} != _as_lists(new_params):
        st.query_params.from_dict(new_params)
    return event_filter


def _as_lists(params: dict[str, str | list[str]]) -> dict[str, list[str]]:
    return {key: [value] if isinstance(value, str) else list(value)
            for key, value in params.items()}


def _multiselect_with_options(bar, label: str, key: str, options: list[str]) -> None:
    chosen = st.session_state.get(key) or []
    bar.multiselect(label, sorted(set(options) | set(chosen)), key=key, on_change=remember_filters)
