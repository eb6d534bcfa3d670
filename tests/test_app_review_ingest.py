"""Review and ingest pages in AppTest, writing to a real store in a temp folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dashboard
from events.ingest import ingest_paths
from events.model import EventFilter
from events.store import Store

APP = Path(dashboard.__file__).resolve().parent / "app.py"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Made-up reports in our own words.
PASTED = "Mercredi, les forces de Haftar ont frappé des positions à Gharyan, faisant trois morts."
UPLOADED = "Jeudi, des affrontements ont opposé à Syrte les forces du GNA aux forces de Haftar."


@pytest.fixture(scope="module")
def seed_template(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "events.duckdb"
    ingest_paths([SEEDS], db_path=db)
    return db


@pytest.fixture
def seed_db(seed_template, tmp_path) -> Path:
    db = tmp_path / "events.duckdb"
    shutil.copy(seed_template, db)
    return db


def _page(db: Path, monkeypatch, page: str) -> AppTest:
    monkeypatch.setenv("LIBYAMAP_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=120).run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def _history(db: Path, event_id: str):
    with Store.open(db, read_only=True) as store:
        return store.history(event_id), store.get_event(event_id)


def test_confirm_then_undo(seed_db, monkeypatch):
    app = _page(seed_db, monkeypatch, "views/review_view.py")
    event_id = app.selectbox(key="review_event").value
    app.text_input(key="review_note").input("read the article again")
    app.button(key="review_confirm").click().run()
    assert not app.exception and not app.error
    assert any("confirmed" in message.value for message in app.success)
    history, event = _history(seed_db, event_id)
    assert event.reviewed and history[-1].note == "read the article again"
    app.button(key="review_undo").click().run()
    history, event = _history(seed_db, event_id)
    assert not event.reviewed


def test_a_correction_is_stored_and_shown_at_once(seed_db, monkeypatch):
    app = _page(seed_db, monkeypatch, "views/review_view.py")
    event_id = app.selectbox(key="review_event").value
    app.text_input(key=f"e_fatalities_{event_id}").input("41")
    app.button(key=f"e_save_{event_id}").click().run()
    assert not app.exception and not app.error
    assert _history(seed_db, event_id)[1].fatalities == 41
    app.switch_page("views/map_view.py").run()
    assert "41" in " ".join(str(value) for value in app.dataframe[0].value["fatalities"])


def test_a_number_that_is_not_one_is_refused(seed_db, monkeypatch):
    app = _page(seed_db, monkeypatch, "views/review_view.py")
    event_id = app.selectbox(key="review_event").value
    app.text_input(key=f"e_fatalities_{event_id}").input("about forty")
    app.button(key=f"e_save_{event_id}").click().run()
    assert not app.exception
    assert any("about forty" in error.value for error in app.error)


def test_rejecting_hides_the_event_from_the_map(seed_db, monkeypatch):
    app = _page(seed_db, monkeypatch, "views/review_view.py")
    event_id = app.selectbox(key="review_event").value
    app.button(key="review_reject").click().run()
    with Store.open(seed_db, read_only=True) as store:
        shown = set(store.query_events(EventFilter())["event_id"])
    assert event_id not in shown


def test_pasted_text_is_ingested(tmp_path, monkeypatch):
    db = tmp_path / "events.duckdb"
    Store.open(db).close()
    app = _page(db, monkeypatch, "views/ingest_view.py")
    app.text_area(key="paste_text").input(PASTED)
    app.text_input(key="paste_source").input("Made-up wire")
    app.selectbox(key="paste_language").select("fr")
    app.button(key="paste_go").click().run()
    assert not app.exception and not app.error, [e.value for e in app.error]
    result = app.dataframe[0].value
    assert int(result["events added"][0]) >= 1
    with Store.open(db, read_only=True) as store:
        events = store.query_events(EventFilter())
    assert "Gharyan" in set(events["location"]) and set(events["source"]) == {"Made-up wire"}


def test_uploaded_files_get_a_result_each(tmp_path, monkeypatch):
    db = tmp_path / "events.duckdb"
    Store.open(db).close()
    app = _page(db, monkeypatch, "views/ingest_view.py")
    app.file_uploader(key="ingest_files").set_value([
        ("syrte.txt", UPLOADED.encode("utf-8"), "text/plain"),
        ("syrte.meta.json", b'{"published": "2020-06-12", "source": "Made-up"}',
         "application/json"),
        ("broken.jsonl", b'{"text": "x"\n', "application/json"),
    ])
    app.run()
    app.button(key="ingest_files_go").click().run()
    assert not app.exception
    result = app.dataframe[0].value.set_index("file")
    assert int(result.loc["syrte.txt", "events added"]) >= 1
    assert "broken.jsonl" in result.loc["broken.jsonl", "error"]
