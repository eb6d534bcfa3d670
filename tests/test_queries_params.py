"""dashboard.queries: filters <-> URL parameters, summaries, timeline selections."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pandas as pd
import pytest

from dashboard.queries import (
    NO_FACTION,
    FormError,
    QueryParamError,
    changes_from_form,
    choose_period,
    dates_from_selection,
    event_id_from_click,
    event_id_from_popup,
    event_point,
    factions_for_selection,
    filters_from_params,
    focus_zoom,
    filters_text,
    params_from_filters,
    selection_for_factions,
    totals_text,
    view_link,
    with_dates,
)
from events.model import FACTIONS, Event, EventFilter
from events.store import ViewTotals


def test_absent_params_are_the_dashboard_defaults():
    assert filters_from_params({}) == EventFilter(include_foreign=False)


@pytest.mark.parametrize(
    "event_filter",
    [
        EventFilter(include_foreign=False),
        EventFilter(factions=("gna", "international"), include_foreign=False),
        EventFilter(
            factions=("lna",),
            event_types=("Battles", "Explosions/Remote violence"),
            date_from=date(2020, 6, 1),
            date_to=date(2020, 6, 30),
            places=("Sirte", "gn:2210247"),
            sources=("Liberté (Algeria)",),
            text="Syrte & co",
            min_fatalities=2,
            geo_precisions=(1, 2),
            reviewed_only=True,
            stated_sides_only=True,
            origins=("extracted", "acled"),
            include_foreign=True,
            include_rejected=True,
        ),
    ],
)
def test_params_round_trip(event_filter):
    assert filters_from_params(params_from_filters(event_filter)) == event_filter


def test_single_string_and_list_values_are_both_read():
    params = {"faction": "lna", "type": ["Battles"], "from": "2020-06-09", "to": ["2020-06-11"]}
    event_filter = filters_from_params(params)
    assert event_filter.factions == ("lna",)
    assert event_filter.event_types == ("Battles",)
    assert (event_filter.date_from, event_filter.date_to) == (date(2020, 6, 9), date(2020, 6, 11))


@pytest.mark.parametrize(
    ("params", "key", "value"),
    [
        ({"from": "11/06/2020"}, "from", "11/06/2020"),
        ({"faction": "haftar"}, "faction", "haftar"),
        ({"type": "Skirmish"}, "type", "Skirmish"),
        ({"precision": "4"}, "precision", "4"),
        ({"min_fatalities": "-3"}, "min_fatalities", "-3"),
        ({"from": "2020-06-12", "to": "2020-06-01"}, "to", "2020-06-01"),
    ],
)
def test_bad_params_name_key_and_value(params, key, value):
    with pytest.raises(QueryParamError) as caught:
        filters_from_params(params)
    assert caught.value.key == key
    assert key in str(caught.value) and value in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_faction_selection_all_none_and_some():
    assert factions_for_selection(list(FACTIONS)) == ()
    assert factions_for_selection([]) == (NO_FACTION,)
    assert factions_for_selection(["lna", "gna"]) == ("gna", "lna")
    assert selection_for_factions(()) == list(FACTIONS)
    assert selection_for_factions((NO_FACTION,)) == []


def test_view_link_reopens_the_same_filter():
    event_filter = EventFilter(
        factions=("gna",), date_from=date(2020, 6, 1), text="a b", include_foreign=False
    )
    link = view_link("http://127.0.0.1:8501", event_filter)
    assert link == "http://127.0.0.1:8501/?faction=gna&from=2020-06-01&q=a+b"
    assert view_link("http://h/", EventFilter(include_foreign=False)) == "http://h/"


@pytest.mark.parametrize(
    ("first", "last", "period"),
    [
        (None, None, "day"),
        (date(2020, 6, 1), date(2020, 6, 11), "day"),
        (date(2020, 1, 1), date(2020, 12, 31), "week"),
        (date(2019, 4, 4), date(2022, 1, 1), "month"),
    ],
)
def test_period_follows_the_span(first, last, period):
    assert choose_period(first, last) == period


def test_summary_line_counts_span_and_fatalities():
    """The line from the store's totals (Store.totals counts them: test_store_query)."""
    totals = ViewTotals(count=3, date_from=date(2020, 6, 9), date_to=date(2020, 6, 10),
                        fatalities=5, in_store=12)
    assert totals_text(totals, total=12) == (
        "3 events shown of 12, 2020-06-09 to 2020-06-10, 5 fatalities"
    )
    assert totals_text(ViewTotals(0, None, None, 0, 0), total=0) == (
        "0 events shown of 0, no dated events, 0 fatalities"
    )


def test_timeline_selection_in_epoch_ms_or_iso_text():
    start = datetime(2020, 6, 9, tzinfo=timezone.utc).timestamp() * 1000
    end = datetime(2020, 6, 11, tzinfo=timezone.utc).timestamp() * 1000
    assert dates_from_selection({"brush": {"period_start": [end, start]}}) == (
        date(2020, 6, 9),
        date(2020, 6, 11),
    )
    assert dates_from_selection({"brush": {"period_start": ["2020-06-09", "2020-06-10"]}}) == (
        date(2020, 6, 9),
        date(2020, 6, 10),
    )
    assert dates_from_selection({"brush": {}}) is None
    assert dates_from_selection(None) is None


def test_timeline_selection_stays_inside_the_filter_dates():
    event_filter = EventFilter(date_from=date(2020, 6, 5))
    narrowed = with_dates(event_filter, (date(2020, 6, 1), date(2020, 6, 10)))
    assert (narrowed.date_from, narrowed.date_to) == (date(2020, 6, 5), date(2020, 6, 10))


def test_event_id_found_in_popup_html():
    popup = "<b>Battles</b> ... <span class='event-id'>ev-0123456789abcdef</span>"
    assert event_id_from_popup(popup) == "ev-0123456789abcdef"
    assert event_id_from_popup(None) is None


def test_changes_from_form_keeps_only_what_changed():
    event = Event(
        event_id="ev-0123456789abcdef",
        article_id="a",
        event_type="Battles",
        sub_event_type="Armed clash",
        evidence="x",
        evidence_start=0,
        evidence_end=1,
        actor1="GNA",
        fatalities=None,
    )
    form = {"event_type": "Battles", "actor1": " GNA forces ", "fatalities": "4", "displaced": ""}
    assert changes_from_form(event, form) == {"actor1": "GNA forces", "fatalities": 4}


def test_filters_text_names_each_constraint():
    text = filters_text(EventFilter(factions=("lna",), date_from=date(2020, 6, 1)))
    assert "LNA / Haftar" in text and "2020-06-01 to ..." in text and "Libya only" not in text
    assert filters_text(EventFilter(include_foreign=False)) == "Libya only"


def test_changes_from_form_rejects_a_number_that_is_not_one():
    event = Event(
        event_id="ev-0123456789abcdef", article_id="a", event_type="Battles",
        sub_event_type="Armed clash", evidence="x", evidence_start=0, evidence_end=1,
    )
    with pytest.raises(FormError, match="fatalities: 'about 5'"):
        changes_from_form(event, {"fatalities": "about 5"})


def test_a_map_click_designates_an_event_by_popup_or_by_point():
    events = pd.DataFrame({
        "event_id": ["ev-000000000000000a", "ev-000000000000000b"],
        "latitude": [31.20892, 32.88743], "longitude": [16.58866, 13.18733],
    })
    by_popup = {"last_object_clicked_popup": "Tripoli ev-000000000000000b"}
    assert event_id_from_click(events, by_popup) == "ev-000000000000000b"
    by_point = {"last_object_clicked_popup": None,
                "last_object_clicked": {"lat": 31.20892, "lng": 16.58866}}
    assert event_id_from_click(events, by_point) == "ev-000000000000000a"
    elsewhere = {"last_object_clicked": {"lat": 30.0, "lng": 15.0}}
    assert event_id_from_click(events, elsewhere) is None
    assert event_id_from_click(events, None) is None


def test_event_point_is_lat_lon_or_none():
    events = pd.DataFrame({"event_id": ["ev-a", "ev-b"], "latitude": [31.2, None],
                           "longitude": [16.6, None]})
    assert event_point(events, "ev-a") == (31.2, 16.6)
    assert event_point(events, "ev-b") is None
    assert event_point(events, "ev-z") is None and event_point(events, None) is None


def test_focus_zoom_is_wider_for_vague_places():
    events = pd.DataFrame({"event_id": ["ev-a", "ev-b"], "geo_precision": [1, 3]})
    assert focus_zoom(events, "ev-a") > focus_zoom(events, "ev-b")
