"""The time slider: steps the date window a week at a time through the store's span, and the
link (from/to) keeps the week shown."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app_support import SEEDS, run_app
from dashboard.queries import week_shown, week_starts, week_window
from events.ingest import ingest_paths
from events.model import EventFilter
from events.store import Store


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("slider") / "events.duckdb"
    ingest_paths([SEEDS], db_path=db)
    return db


@pytest.fixture(scope="module")
def weeks(seed_db) -> list[date]:
    with Store.open(seed_db, read_only=True) as store:
        facets = store.facets()
    found = week_starts(facets.date_from, facets.date_to)
    assert len(found) >= 2, "the seed spans one week: the test would prove nothing"
    return found


_app = run_app


def test_week_helpers():
    assert week_starts(date(2020, 6, 3), date(2020, 6, 16)) == [
        date(2020, 6, 1), date(2020, 6, 8), date(2020, 6, 15)]
    assert week_window(date(2020, 6, 8)) == (date(2020, 6, 8), date(2020, 6, 14))
    assert week_shown(EventFilter(date_from=date(2020, 6, 8), date_to=date(2020, 6, 14))) \
        == date(2020, 6, 8)
    assert week_shown(EventFilter(date_from=date(2020, 6, 8), date_to=date(2020, 6, 20))) is None
    assert week_shown(EventFilter()) is None


def test_moving_the_slider_shows_that_week_and_keeps_it_in_the_link(seed_db, weeks, monkeypatch):
    app = _app(seed_db, monkeypatch)
    assert not app.exception
    app.select_slider(key="time_week").set_value(weeks[1]).run()
    assert not app.exception
    first, last = week_window(weeks[1])
    assert (app.query_params["from"], app.query_params["to"]) == (first.isoformat(),
                                                                  last.isoformat())
    assert app.date_input(key="f_from").value == first


def test_the_link_reopens_the_week_and_the_arrow_steps_on(seed_db, weeks, monkeypatch):
    first, last = week_window(weeks[0])
    app = _app(seed_db, monkeypatch, **{"from": first.isoformat(), "to": last.isoformat()})
    assert app.select_slider(key="time_week").value == weeks[0]
    app.button(key="time_forward").click().run()
    assert not app.exception
    assert app.query_params["from"] == weeks[1].isoformat()
    assert app.query_params["to"] == (weeks[1] + timedelta(days=6)).isoformat()
    assert app.select_slider(key="time_week").value == weeks[1]
    app.button(key="time_back").click().run()
    assert app.query_params["from"] == weeks[0].isoformat()
