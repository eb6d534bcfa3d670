"""The Streamlit app, run headless by AppTest over real stores built in a temp folder."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

import dashboard
from events.ingest import ingest_paths
from events.store import Store

APP = Path(dashboard.__file__).resolve().parent / "app.py"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PAGES = ("views/map_view.py", "views/review_view.py", "views/ingest_view.py",
         "views/export_view.py")
SUMMARY = re.compile(r"([\d,]+) events? shown of ([\d,]+)")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seed") / "events.duckdb"
    ingest_paths([SEEDS], db_path=db)
    return db


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("empty") / "events.duckdb"
    Store.open(db).close()
    return db


def _app(db: Path, monkeypatch, **params: str) -> AppTest:
    monkeypatch.setenv("LIBYAMAP_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params.update(params)
    return app


def _shown(app: AppTest) -> tuple[int, int]:
    for element in app.markdown:
        if match := SUMMARY.search(element.value):
            return int(match[1].replace(",", "")), int(match[2].replace(",", ""))
    raise AssertionError("no summary line on the page")


@pytest.mark.parametrize("which", ["seed", "empty"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(which, page, seed_db, empty_db, monkeypatch):
    app = _app(seed_db if which == "seed" else empty_db, monkeypatch).run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]


def test_missing_store_is_explained(tmp_path, monkeypatch):
    app = _app(tmp_path / "none.duckdb", monkeypatch).run()
    assert not app.exception
    assert any("No event store" in info.value for info in app.info)


def test_seed_events_are_counted(seed_db, monkeypatch):
    app = _app(seed_db, monkeypatch).run()
    shown, total = _shown(app)
    assert 0 < shown <= total


def test_deselecting_a_faction_lowers_the_count(seed_db, monkeypatch):
    app = _app(seed_db, monkeypatch).run()
    before, _ = _shown(app)
    app.multiselect(key="f_faction").unselect("international").run()
    after, _ = _shown(app)
    assert after < before  # the seed's diplomatic statements involve no other side
    assert "international" not in app.query_params["faction"]
    assert app.query_params["faction"]  # the link keeps the selection


def test_a_date_range_in_the_link_is_applied(seed_db, monkeypatch):
    everything, _ = _shown(_app(seed_db, monkeypatch).run())
    app = _app(seed_db, monkeypatch, **{"from": "2000-01-01", "to": "2000-01-31"}).run()
    assert app.date_input(key="f_from").value == date(2000, 1, 1)
    assert app.date_input(key="f_to").value == date(2000, 1, 31)
    assert _shown(app)[0] == 0 < everything
    assert (app.query_params["from"], app.query_params["to"]) == ("2000-01-01", "2000-01-31")


def test_a_bad_link_is_reported_not_raised(seed_db, monkeypatch):
    app = _app(seed_db, monkeypatch, **{"from": "yesterday"}).run()
    assert not app.exception
    assert any("from='yesterday'" in error.value for error in app.error)


class _KeptFiles(MemoryMediaFileStorage):
    """Streamlit's in-memory media store, remembering files after the test run ends."""

    kept: dict[str, bytes] = {}

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        self.kept[file_id] = self._files_by_id[file_id].content
        return file_id


def _download(app: AppTest, key: str) -> bytes:
    button = next(b for b in app.get("download_button") if b.proto.id.endswith(key))
    file_id = button.proto.url.rsplit("/", 1)[1].split(".")[0]
    return _KeptFiles.kept[file_id]


def test_each_export_button_yields_a_valid_file(seed_db, monkeypatch):
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", _KeptFiles)
    app = _app(seed_db, monkeypatch).run()
    app.switch_page("views/export_view.py").run()
    assert not app.exception
    rows = list(csv.DictReader(io.StringIO(_download(app, "export_csv").decode("utf-8-sig"))))
    assert rows and "event_date" in rows[0]
    collection = json.loads(_download(app, "export_geojson"))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    longitude, latitude = collection["features"][0]["geometry"]["coordinates"]
    assert 9 < longitude < 26 and 19 < latitude < 34  # Libya, longitude first
    html = _download(app, "export_html").decode("utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "leaflet" in html.lower()
    assert "https://cdn" not in html


def test_a_view_cut_to_its_newest_rows_still_counts_every_event(seed_db):
    """The summary of a view with more events than the map draws counted only the rows read
    (its dates and fatalities were those of the newest page; bug)."""
    from dashboard.queries import load_view, totals_text
    from events.model import EventFilter

    whole = load_view(seed_db, EventFilter())
    cut = load_view(seed_db, EventFilter(), limit=2)
    assert len(cut.events) == 2 < len(whole.events) and cut.cut and not whole.cut
    assert cut.totals == whole.totals and cut.matching == len(whole.events)
    fatalities = int(whole.events["fatalities"].fillna(0).sum())
    assert totals_text(cut.totals, total=cut.total) == (
        f"{len(whole.events)} events shown of {whole.total}, "
        f"{min(whole.events['event_date'].dropna())} to {max(whole.events['event_date'].dropna())}, "
        f"{fatalities:,} fatalities")
    assert fatalities > int(cut.events["fatalities"].fillna(0).sum())


@pytest.fixture(scope="module")
def large_db(tmp_path_factory) -> Path:
    """More events than a view shows (VIEW_LIMIT)."""
    from dashboard.queries import VIEW_LIMIT
    from store_samples import imported_shelling

    db = tmp_path_factory.mktemp("large") / "events.duckdb"
    with Store.open(db) as store:
        store.insert_events(imported_shelling(VIEW_LIMIT + 300))
    return db


def test_a_large_view_says_it_is_cut_and_its_heat_layer_covers_every_event(large_db, monkeypatch):
    app = _app(large_db, monkeypatch).run()
    assert not app.exception and not app.error
    shown, total = _shown(app)
    assert shown == total == 2300
    assert any("show the newest 2,000 of 2,300 events" in c.value for c in app.caption)
    assert "1,150 fatalities" in next(m.value for m in app.markdown if SUMMARY.search(m.value))
    (map_element,) = app.get("component_instance")
    layers = json.loads(map_element.proto.json_args)["feature_group"]
    assert "Older events in view, counted (300)" in json.loads(
        map_element.proto.json_args)["layer_control"]
    older = json.loads(re.search(r"var cells = (\[\[.*?\]\]);", layers).group(1))
    assert sum(count for *_, count in older) == 300  # the 300 oldest, counted where they are
    app.toggle(key="map_heat").set_value(True).run()
    assert not app.exception and not app.error
    (map_element,) = app.get("component_instance")
    layers = json.loads(map_element.proto.json_args)["feature_group"]
    heat = json.loads(re.search(r"heatLayer\(\s*(\[\[.*?\]\])", layers, re.S).group(1))
    # all 2,300 events, at seven latitudes: seven cells of 328 or 329 events, not 2,000 points
    assert sorted(round(lat, 1) for lat, _, _ in heat) == [31.2, 31.3, 31.4, 31.5, 31.6, 31.7, 31.8]
