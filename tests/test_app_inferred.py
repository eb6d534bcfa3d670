"""A side the side model inferred: marked in the popup, and left out of the faction filter when the
analyst asks for the sides the text states only (the sidebar toggle or stated=1 in the link)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app_support import map_arguments, run_app, seeded_store
from events.model import Event, make_event_id

EVIDENCE = "Made-up test line: an air strike hit a depot south of Sirte at dawn."
INFERRED = Event(
    event_id=make_event_id("test-inferred", 0, len(EVIDENCE)), article_id="test-inferred",
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    evidence=EVIDENCE, evidence_start=0, evidence_end=len(EVIDENCE),
    event_date=date(2020, 6, 8), time_precision=1, faction1="lna", faction2="gna", actor2="GNA",
    inferred_factions="lna", location="Sirte", country="Libya", country_code="LY",
    latitude=31.2089, longitude=16.5887, geo_precision=1, source="test",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return seeded_store(tmp_path_factory.mktemp("inferred") / "events.duckdb", INFERRED)


def _table_ids(app: AppTest) -> list[str]:
    return [str(v) for v in app.dataframe[0].value.get("event_id", [])]


def test_the_inferred_side_is_marked_and_the_toggle_leaves_it_out(db, monkeypatch):
    app = run_app(db, monkeypatch, faction="lna")
    assert not app.exception
    assert app.toggle(key="f_stated").value is False
    assert INFERRED.event_id in _table_ids(app)
    assert "LNA / Haftar (inferred, not stated in the text)" in map_arguments(app)
    seed_lna = [i for i in _table_ids(app) if i != INFERRED.event_id]
    assert seed_lna  # the seed's events that state Haftar's side
    app.toggle(key="f_stated").set_value(True).run()
    assert not app.exception
    assert sorted(_table_ids(app)) == sorted(seed_lna)
    assert app.query_params["stated"] == "1"


def test_the_link_asks_for_the_stated_sides(db, monkeypatch):
    app = run_app(db, monkeypatch, faction="lna", stated="1")
    assert not app.exception
    assert app.toggle(key="f_stated").value is True
    assert INFERRED.event_id not in _table_ids(app) and _table_ids(app)


def test_the_review_page_says_which_side_was_inferred(db, monkeypatch):
    app = run_app(db, monkeypatch, q="Made-up test line")
    app.switch_page("views/review_view.py").run()
    assert not app.exception
    assert app.selectbox(key="review_event").value == INFERRED.event_id
    captions = [c.value for c in app.caption]
    assert "Inferred by the side model, not stated in the text: LNA / Haftar (faction 1)" in captions
