"""Events located abroad: off by default in the app, turned on by the sidebar toggle or the link."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_support import SEEDS, run_app
from events.ingest import ingest_paths
from events.model import Event, make_event_id
from events.store import Store

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
    path = tmp_path_factory.mktemp("abroad") / "events.duckdb"
    ingest_paths([SEEDS], db_path=path)
    with Store.open(path) as store:
        store.insert_events([ABROAD])
    return path


_run = run_app


def _map_arguments(app: AppTest) -> str:
    """Everything the page sends to the st_folium component (base map and event layers)."""
    maps = [element for element in app.get("component_instance")
            if element.proto.component_name.endswith("st_folium")]
    assert len(maps) == 1
    return json.dumps(json.loads(maps[0].proto.json_args))


def test_events_abroad_are_off_by_default(db, monkeypatch):
    app = _run(db, monkeypatch)
    assert not app.exception
    assert app.toggle(key="f_foreign").value is False
    arguments = _map_arguments(app)
    assert "ev-" in arguments  # the seed's Libyan events are on the map
    assert ABROAD.event_id not in arguments
    assert "foreign" not in app.query_params  # the default is not written into the link
    assert ABROAD.event_id not in [str(v) for v in app.dataframe[0].value.get("event_id", [])]


def test_the_link_turns_events_abroad_on(db, monkeypatch):
    app = _run(db, monkeypatch, foreign="1")
    assert not app.exception
    assert app.toggle(key="f_foreign").value is True
    assert ABROAD.event_id in _map_arguments(app)
    assert app.query_params["foreign"] == "1"


def test_the_toggle_turns_events_abroad_on_and_writes_the_link(db, monkeypatch):
    app = _run(db, monkeypatch)
    app.toggle(key="f_foreign").set_value(True).run()
    assert not app.exception
    assert ABROAD.event_id in _map_arguments(app)
    assert app.query_params["foreign"] == "1"
    app.toggle(key="f_foreign").set_value(False).run()
    assert ABROAD.event_id not in _map_arguments(app)
    assert "foreign" not in app.query_params
