"""One base error for the dashboard: every error it raises on purpose is a DashboardError, still
catchable as its builtin, and the views show it with st.error instead of a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dashboard
from dashboard import queries
from dashboard.basemap import BasemapError, load_outlines
from dashboard.errors import DashboardError
from dashboard.offline import OfflineAssetError, asset_text
from dashboard.state import OUR_ERRORS

APP = Path(dashboard.__file__).resolve().parent / "app.py"


@pytest.mark.parametrize(("error", "builtin"), [
    (queries.QueryParamError, ValueError),
    (queries.FormError, ValueError),
    (BasemapError, ValueError),
    (OfflineAssetError, FileNotFoundError),
])
def test_each_error_is_a_dashboard_error_and_its_builtin(error, builtin):
    assert issubclass(error, DashboardError) and issubclass(error, builtin)
    assert queries.DashboardError is DashboardError  # the old import path still works
    assert DashboardError in OUR_ERRORS  # what the views catch and show with st.error


def test_a_broken_outline_file_is_a_dashboard_error(tmp_path):
    broken = tmp_path / "outlines.geojson"
    broken.write_text('{"type": "Feature"', encoding="utf-8")
    with pytest.raises(DashboardError, match=r"outlines\.geojson, line 1: not JSON"):
        load_outlines(broken)


def test_a_missing_asset_is_a_dashboard_error():
    with pytest.raises(DashboardError, match="no-such-asset.js: missing"):
        asset_text("no-such-asset.js")


def test_a_bad_count_in_the_review_form_is_a_dashboard_error():
    with pytest.raises(DashboardError, match="fatalities: 'many'"):
        queries.changes_from_form(object(), {"fatalities": "many"})


def test_the_map_page_shows_a_bad_link_with_st_error(tmp_path, monkeypatch):
    monkeypatch.setenv("LIBYAMAP_DB", str(tmp_path / "none.duckdb"))
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params["precision"] = "7"
    app.run()
    assert not app.exception
    assert any("precision='7'" in error.value for error in app.error)


@pytest.mark.parametrize("page", ["views/map_view.py", "views/review_view.py",
                                  "views/export_view.py", "views/ingest_view.py"])
def test_a_file_that_is_not_a_store_is_reported_on_every_page(page, tmp_path, monkeypatch):
    """Fixed bug: the sidebar's facets read raised StoreError as a traceback on every page."""
    not_a_store = tmp_path / "events.duckdb"
    not_a_store.write_bytes(b"not a DuckDB file " * 64)
    monkeypatch.setenv("LIBYAMAP_DB", str(not_a_store))
    app = AppTest.from_file(str(APP), default_timeout=120).run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    if page != "views/ingest_view.py":  # the ingest page draws no filters
        assert any("not a DuckDB event store" in error.value for error in app.error)
