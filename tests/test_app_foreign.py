"""Events located abroad: off by default in the app, turned on by the sidebar toggle or the link."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app_support import map_arguments, run_app, seeded_store
from events.model import Event, make_event_id

EVIDENCE = "Made-up test line: a shelling reported at Ben Gardane, across the border."
ABROAD = Event(
    event_id=make_event_id("test-abroad", 0, len(EVIDENCE)), article_id="test-abroad",
    event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
    evidence=EVIDENCE, evidence_start=0, evidence_end=len(EVIDENCE),
    event_date=date(2020, 5, 2), time_precision=1, actor1="Unidentified armed group",
    location="Ben Gardane", country="Tunisia", country_code="TN",
    latitude=33.138, longitude=11.2197, geo_precision=1, source="test", origin="acled",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return seeded_store(tmp_path_factory.mktemp("abroad") / "events.duckdb", ABROAD)


_run = run_app


def test_events_abroad_are_off_by_default(db, monkeypatch):
    app = _run(db, monkeypatch)
    assert not app.exception
    assert app.toggle(key="f_foreign").value is False
    arguments = map_arguments(app)
    assert "ev-" in arguments  # the seed's Libyan events are on the map
    assert ABROAD.event_id not in arguments
    assert "foreign" not in app.query_params  # the default is not written into the link
    assert ABROAD.event_id not in [str(v) for v in app.dataframe[0].value.get("event_id", [])]


def test_the_link_turns_events_abroad_on(db, monkeypatch):
    app = _run(db, monkeypatch, foreign="1")
    assert not app.exception
    assert app.toggle(key="f_foreign").value is True
    assert ABROAD.event_id in map_arguments(app)
    assert app.query_params["foreign"] == "1"


def test_the_toggle_turns_events_abroad_on_and_writes_the_link(db, monkeypatch):
    app = _run(db, monkeypatch)
    app.toggle(key="f_foreign").set_value(True).run()
    assert not app.exception
    assert ABROAD.event_id in map_arguments(app)
    assert app.query_params["foreign"] == "1"
    app.toggle(key="f_foreign").set_value(False).run()
    assert ABROAD.event_id not in map_arguments(app)
    assert "foreign" not in app.query_params
