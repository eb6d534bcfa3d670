"""Saving extractions and querying them back through the dashboard's filter."""
from __future__ import annotations

from datetime import date

import pytest

from events.model import EventFilter
from events.store import Store, StoreFormatError, ViewTotals
from store_samples import extraction


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "q.duckdb") as opened:
        opened.save_extraction(extraction("sirte", ["GNA and LNA clashed near Sirte.",
                                                    "Another clash killed 4 fighters."],))
        opened.save_extraction(extraction(
            "berlin", ["Leaders met in Berlin."], event_type="Strategic developments",
            sub_event_type="Agreement", location="Berlin", admin1="Berlin", country="Germany",
            country_code="DE", latitude=52.52, longitude=13.405, faction1="international",
            faction2="", actor2="", place_id="gn:2950159", event_date=date(2020, 1, 19)))
        opened.save_extraction(extraction(
            "tripoli", ["Rockets hit Mitiga airport, 50% of flights cancelled_today."],
            event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            location="Tripoli", admin1="Tripoli", latitude=32.8872, longitude=13.1913,
            faction1="lna", faction2="civilians", fatalities=3, geo_precision=2,
            source="Other desk", place_id="gn:2210247"))
        yield opened


def test_save_reports_new_unchanged_replaced(tmp_path):
    with Store.open(tmp_path / "s.duckdb") as store:
        assert store.save_extraction(extraction("a", ["One.", "Two."])) == "new"
        assert store.save_extraction(extraction("a", ["One.", "Two."])) == "unchanged"
        assert store.save_extraction(extraction("a", ["One.", "Three!", "Four."])) == "replaced"
        assert store.article_event_counts() == {"a": 3}
        assert sorted(store.query_events(EventFilter())["evidence"]) == ["Four.", "One.", "Three!"]


def test_frame_has_event_columns_and_status(store):
    frame = store.query_events(EventFilter())
    assert len(frame) == store.count_events(EventFilter()) == 4
    assert "more_evidence" not in frame.columns
    assert list(frame.columns)[-2:] == ["status", "n_sources"]
    assert set(frame["status"]) == {"extracted"} and set(frame["n_sources"]) == {1}
    assert isinstance(frame["event_date"].iloc[0], date)


@pytest.mark.parametrize("criteria, expected", [
    ({"factions": ("lna",)}, 3),
    ({"factions": ("civilians",)}, 1),
    ({"event_types": ("Battles",)}, 2),
    ({"date_from": date(2020, 6, 1), "date_to": date(2020, 6, 1)}, 2),
    ({"places": ("tripoli",)}, 1),
    ({"places": ("gn:2210554",)}, 2),
    ({"bbox": (30.0, 15.0, 32.0, 17.0)}, 2),
    ({"sources": ("Other desk",)}, 1),
    ({"text": "50%"}, 1),
    ({"text": "d_t"}, 1),
    ({"text": "100%"}, 0),
    ({"text": "CLASH"}, 2),
    ({"min_fatalities": 3}, 1),
    ({"geo_precisions": (2,)}, 1),
    ({"include_foreign": False}, 3),
    ({"reviewed_only": True}, 0),
    ({"origins": ("acled",)}, 0),
])
def test_filters(store, criteria, expected):
    event_filter = EventFilter(**criteria)
    assert len(store.query_events(event_filter)) == expected
    assert store.count_events(event_filter) == expected


def test_the_factions_may_match_the_sides_the_text_states_only(store):
    store.save_extraction(extraction("inferred", ["A strike hit the port of Sirte."], actor1="", faction1="lna",
                                     actor2="", faction2="gna", inferred_factions="lna"))
    assert store.count_events(EventFilter(factions=("lna",))) == 4
    stated = EventFilter(factions=("lna",), stated_sides_only=True)
    assert store.count_events(stated) == len(store.query_events(stated)) == 3
    assert store.count_events(EventFilter(factions=("gna",), stated_sides_only=True)) == 3  # its gna is stated
    [event_id] = store.query_events(EventFilter(text="port of Sirte"))["event_id"]
    store.correct(event_id, {"faction1": "jihadist"}, who="ana")  # the analyst's side
    assert store.count_events(EventFilter(factions=("jihadist",), stated_sides_only=True)) == 1


def test_limit_and_counts_by_period(store):
    assert len(store.query_events(EventFilter(), limit=2)) == 2
    days = store.counts_by_period(EventFilter(), period="day")
    assert list(days.columns) == ["period_start", "faction", "count"]
    assert days["count"].sum() == 4
    months = store.counts_by_period(EventFilter(factions=("gna",)), period="month")
    assert months.to_dict("records") == [{"period_start": date(2020, 6, 1), "faction": "gna", "count": 2}]
    with pytest.raises(StoreFormatError, match="period"):
        store.counts_by_period(EventFilter(), period="decade")


def test_facets(store):
    facets = store.facets()
    assert facets.total == 4 and facets.articles == 3
    assert dict(facets.sources) == {"Test desk": 3, "Other desk": 1}
    assert ("Sirte", 2) in facets.districts
    assert facets.date_from == date(2020, 1, 19)


def test_totals_of_a_filter_count_every_matching_event(store):
    assert store.totals(EventFilter()) == ViewTotals(
        count=4, date_from=date(2020, 1, 19), date_to=date(2020, 6, 2), fatalities=3, in_store=4)
    assert store.totals(EventFilter(include_foreign=False)).in_store == 4  # the store, unfiltered
    gna = store.query_events(EventFilter(factions=("gna",)))
    totals = store.totals(EventFilter(factions=("gna",)))
    assert (totals.count, totals.date_from, totals.date_to) == (
        2, min(gna["event_date"]), max(gna["event_date"]))
    assert totals.fatalities == int(gna["fatalities"].fillna(0).sum())
    assert store.totals(EventFilter(text="no such words")) == ViewTotals(0, None, None, 0, 4)


def test_density_counts_placed_events_per_cell(store):
    cells = store.density(EventFilter(include_foreign=True), cell=0.5)
    placed = store.query_events(EventFilter(include_foreign=True)).dropna(subset=["latitude"])
    assert sum(count for *_, count in cells) == len(placed) == 4
    assert (33.0, 13.0, 1) in cells  # Mitiga airport, 32.8872 N 13.1913 E, to the nearest 0.5
    assert sum(c for *_, c in store.density(EventFilter(factions=("gna",)))) == 2
    with pytest.raises(StoreFormatError, match="cell"):
        store.density(EventFilter(), cell=0)
    newest, *rest = store.query_events(EventFilter(include_foreign=True)).itertuples()
    left = store.density(EventFilter(include_foreign=True), cell=0.5, skip=1)
    assert sum(count for *_, count in left) == len(rest) == 3  # all but the newest
    assert store.density(EventFilter(), skip=99) == []
