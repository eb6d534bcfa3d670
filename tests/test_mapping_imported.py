"""Events imported from ACLED and UCDP on the map: a layer per dataset, apart from the events
extracted from articles, with ringed and lettered markers, a legend entry and a popup that says
where they came from. Both the app's layers (build_event_layers) and the snapshot's map
(build_event_map) are checked, on a frame read from a real store."""
from __future__ import annotations

import csv
import json
import os
from datetime import date
from pathlib import Path

import folium
import pytest
from folium.plugins import HeatMap
from streamlit.testing.v1 import AppTest
from streamlit_folium import (_get_feature_group_string, _get_layer_control_string,
                              _get_map_string)

import dashboard
from dashboard import queries
from dashboard.legend import import_mark_svg, legend_note_html, marker_svg
from dashboard.mapping import (EventCluster, SelectedEvent, build_base_map, build_event_layers,
                               build_event_map, row_event_id, row_origin)
from dashboard.popup import assemble_popup
from dashboard.snapshot import build_standalone_html
from events.model import Event, EventFilter
from events.store import Store
from store_samples import extraction

ACLED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
    "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp").split(",")
# Rows written for these tests in ACLED's layout (places and coordinates are real, events not).
ACLED_ROWS = [
    dict(event_id_cnty="LBYT101", event_date="2020-06-05", time_precision="1",
         event_type="Battles", sub_event_type="Armed clash",
         actor1="Military Forces of Libya (2016-) Government of National Accord", inter1="1",
         actor2="Military Forces of Libya (2014-) Haftar Faction", inter2="2", country="Libya",
         admin1="Al Jabal al Gharbi", location="Tarhuna", latitude="32.4350",
         longitude="13.6340", geo_precision="1",
         notes="Test row for the map: clashes on the road into the town.", fatalities="1"),
    dict(event_id_cnty="LBYT102", event_date="2020-06-08", time_precision="1",
         event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
         actor1="Military Forces of Libya (2014-) Haftar Faction", inter1="2",
         actor2="Civilians (Libya)", inter2="7", country="Libya", admin1="Banghazi",
         location="Benghazi", latitude="32.1167", longitude="20.0667", geo_precision="2",
         notes="Test row for the map: a drone strike near the port.", fatalities=""),
]
UCDP_ROW = dict(
    id="990001", type_of_violence="1", dyad_name="Government of Libya - LNA",
    side_a="Government of Libya", side_b="LNA", where_prec="1", where_description="Gharyan",
    adm_1="Al Jabal al Gharbi", latitude="32.1722", longitude="13.0203", country="Libya",
    date_prec="1", date_start="2020-06-02", date_end="2020-06-02", best="3",
    source_headline="Test row for the map: fighting at the town's southern gate.")
ACLED_ABROAD = Event(  # an ACLED event located in Tunisia: abroad, whatever its origin
    event_id="acled:TUNT201", article_id="acled:TUNT201", event_type="Protests",
    sub_event_type="Peaceful protest", evidence="Test row: a march at the border crossing.",
    evidence_start=0, evidence_end=40, event_date=date(2020, 6, 6), time_precision=1,
    actor1="Protesters (Tunisia)", location="Ben Gardane", country="Tunisia", country_code="TN",
    latitude=33.138, longitude=11.2197, geo_precision=1, source="ACLED", origin="acled")
EXTRACTED_SENTENCES = ["GNA forces repelled an assault near Sirte on Monday.",
                       "A second clash was reported at the western gate of Sirte."]


def _write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """A store with 2 extracted events, 2 ACLED and 1 UCDP in Libya, 1 ACLED abroad."""
    folder = tmp_path_factory.mktemp("imported")
    acled = _write_csv(folder / "acled.csv", ACLED_COLUMNS, ACLED_ROWS)
    ucdp = _write_csv(folder / "ucdp.csv", list(UCDP_ROW), [UCDP_ROW])
    path = folder / "events.duckdb"
    with Store.open(path) as store:
        store.save_extraction(extraction("map-imported-1", EXTRACTED_SENTENCES))
        assert store.import_acled_csv(acled) == 2
        assert store.import_ucdp_csv(ucdp) == 1
        store.insert_events([ACLED_ABROAD])
        store.confirm("ucdp:990001", note="checked against the UCDP record")
    return path


@pytest.fixture(scope="module")
def frame(db):
    """The store's query frame of every event (as the dashboard reads it)."""
    with Store.open(db, read_only=True) as store:
        events = store.query_events(EventFilter())
    assert sorted(events["origin"]) == ["acled"] * 3 + ["extracted"] * 2 + ["ucdp"]
    return events


def _ids(events, origin, *, abroad=False):
    chosen = events[(events["origin"] == origin) & ((events["country_code"] == "TN") == abroad)]
    return set(chosen["event_id"])


def _layers_script(layers) -> str:
    """The script st_folium sends for the layers and the layer control, built the way it does
    for dashboard/views/map_view.py (feature_group_to_add, layer_control)."""
    base = build_base_map(tiles_online=False)
    base.get_root().render()
    _get_map_string(base)
    script = "".join(_get_feature_group_string(group, base, idx=idx)
                     for idx, group in enumerate(layers))
    control = folium.LayerControl(collapsed=False, position="topright")
    return script + _get_layer_control_string(control, base)


def _clusters(event_map):
    return {child.layer_name: child for child in event_map._children.values()
            if isinstance(child, EventCluster)}


def test_the_app_layers_keep_imported_events_apart(frame):
    names = [group.layer_name for group in build_event_layers(frame)]
    assert names == ["Events in Libya (2)", "Imported: ACLED (2)", "Imported: UCDP (1)"]
    names = [group.layer_name for group in build_event_layers(frame, show_foreign=True)]
    assert names == ["Events in Libya (2)", "Imported: ACLED (2)", "Imported: UCDP (1)",
                     "Events abroad (1)"]


def test_the_snapshot_map_keeps_imported_events_apart(frame):
    clusters = _clusters(build_event_map(frame))
    assert list(clusters) == ["Events in Libya (2)", "Imported: ACLED (2)", "Imported: UCDP (1)",
                              "Events abroad (1)"]
    ids = {name: {row_event_id(row) for row in cluster.data} for name, cluster in clusters.items()}
    assert ids == {"Events in Libya (2)": _ids(frame, "extracted"),
                   "Imported: ACLED (2)": _ids(frame, "acled"),
                   "Imported: UCDP (1)": _ids(frame, "ucdp"),
                   "Events abroad (1)": {ACLED_ABROAD.event_id}}  # abroad stays abroad
    origins = {name: {row_origin(row) for row in cluster.data}
               for name, cluster in clusters.items()}
    assert origins == {"Events in Libya (2)": {""}, "Imported: ACLED (2)": {"acled"},
                       "Imported: UCDP (1)": {"ucdp"}, "Events abroad (1)": {"acled"}}
    assert clusters["Imported: ACLED (2)"].show and clusters["Imported: UCDP (1)"].show
    assert not clusters["Events abroad (1)"].show


@pytest.mark.parametrize("render", ["layers", "map"])
def test_the_rendered_html_has_the_imported_layers_and_their_ring(frame, render):
    if render == "layers":
        script = _layers_script(build_event_layers(frame))
    else:
        script = build_event_map(frame, tiles_online=False).get_root().render()
    assert "Imported: ACLED (2)" in script and "Imported: UCDP (1)" in script
    assert script.count("lm-imported-cluster") == 2  # the imported clusters' ringed bubbles
    assert 'title=\\"Imported: ACLED\\"' in script
    assert all(event_id in script for event_id in _ids(frame, "acled") | _ids(frame, "ucdp"))
    # each imported row ends with its origin, after its popup parts; the abroad one is in the
    # snapshot's page (hidden layer) but not among the app's layers
    assert script.count('],"acled"]') == (2 if render == "layers" else 3)
    assert script.count('],"ucdp"]') == 1
    assert "Imported (ringed)" in script  # the legend explains the ring when they are in view


def test_the_base_map_ships_ringed_icons_for_every_dataset():
    page = build_base_map(tiles_online=False).get_root().render()
    assert "LIBYAMAP_IMPORTED_ICONS" in page and "LIBYAMAP_SELECTED_IMPORTED_ICONS" in page
    assert page.count("lm-import-mark") >= 6  # acled, ucdp, other; plain and selected tables


@pytest.mark.parametrize("origin, letter", [("acled", "A"), ("ucdp", "U"), ("gdelt", "")])
def test_an_imported_marker_is_its_shape_plus_a_ring_and_letter(origin, letter):
    plain = marker_svg(colour="#0072B2", shape="star", geo_precision=2)
    imported = marker_svg(colour="#0072B2", shape="star", geo_precision=2, origin=origin)
    # the map's icon table adds the mark in the browser the same way
    assert imported == plain.replace("</svg>", import_mark_svg(origin) + "</svg>")
    assert 'fill="#0072B2"' in imported and "<path" in imported  # colour and shape kept
    assert ('font-weight="700"' in imported) is bool(letter)
    if letter:
        assert f">{letter}</text>" in imported
    assert marker_svg(colour="#0072B2", shape="star", geo_precision=2,
                      origin="extracted") == plain


def test_the_legend_counts_imported_events_only_when_in_view(frame):
    note = legend_note_html(drawn=5, abroad=1, unplaced=0, abroad_shown=False,
                            imported={"acled": 2, "ucdp": 1})
    assert "5 events on the map (3 imported: ACLED 2, UCDP 1)" in note
    assert "Imported (ringed)" in note and 'data-origin="acled"' in note
    assert "Imported" not in legend_note_html(drawn=2, abroad=0, unplaced=0, abroad_shown=False)
    page = build_event_map(frame).get_root().render()
    assert "5 events on the map (3 imported: ACLED 2, UCDP 1); 1 located abroad" in page
    shown = _layers_script(build_event_layers(frame, show_foreign=True))
    assert "6 events on the map (4 imported: ACLED 3, UCDP 1); 1 located abroad (shown)" in shown
    extracted_only = frame[frame["origin"] == "extracted"]
    assert "Imported (ringed)" not in _layers_script(build_event_layers(extracted_only))


def test_the_popup_says_the_event_was_imported(frame):
    rows = {row_event_id(row): row for cluster in _clusters(build_event_map(frame)).values()
            for row in cluster.data}
    acled = assemble_popup(rows["acled:LBYT102"][5])
    assert "imported from ACLED (not a machine extraction); not reviewed" in acled
    assert "ACLED" in acled.split("Source:")[1]  # the source row names the dataset
    assert "machine extraction)" not in acled.replace("(not a machine extraction)", "")
    ucdp = assemble_popup(rows["ucdp:990001"][5])
    assert ("imported from UCDP (not a machine extraction); "
            "reviewed by an analyst (confirmed)") in ucdp
    extracted = assemble_popup(rows[sorted(_ids(frame, "extracted"))[0]][5])
    assert "not reviewed (machine extraction)" in extracted and "imported" not in extracted


def test_the_heat_layer_includes_imported_events(frame):
    heat = next(child for child in build_event_map(frame)._children.values()
                if isinstance(child, HeatMap))
    assert len(heat.data) == 5  # 2 extracted and 3 imported in Libya; abroad hidden
    layers = build_event_layers(frame, show_heat=True)
    heat_group = next(group for group in layers if "Heat" in group.layer_name)
    heat = next(iter(heat_group._children.values()))
    assert len(heat.data) == 5


@pytest.mark.parametrize("build", ["layers", "map"])
def test_an_imported_event_can_be_the_selected_one(frame, build):
    selected = "acled:LBYT101"
    if build == "layers":
        layers = build_event_layers(frame, selected_event_id=selected)
        names = [group.layer_name for group in layers]
        assert names == ["Events in Libya (2)", "Imported: ACLED (1)", "Imported: UCDP (1)",
                         "Selected event"]
        drawn = next(iter(layers[-1]._children.values()))
        script = _layers_script(layers)
    else:
        event_map = build_event_map(frame, selected_event_id=selected)
        assert "Imported: ACLED (1)" in _clusters(event_map)
        drawn = next(child for child in event_map._children.values()
                     if isinstance(child, SelectedEvent))
        script = event_map.get_root().render()
    assert isinstance(drawn, SelectedEvent)
    # drawn with the selected icons' ringed table, picked by the row's origin
    assert [(row_event_id(row), row_origin(row)) for row in drawn.data] == [(selected, "acled")]
    assert "LIBYAMAP_SELECTED_IMPORTED_ICONS[row[6]]" in script
    assert "5 events on the map (3 imported: ACLED 2, UCDP 1)" in script  # still counted


APP = Path(dashboard.__file__).resolve().parent / "app.py"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
BENGHAZI = (32.1167, 20.0667)  # the ACLED strike, alone in its part of the map


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                    reason=f"no Chromium at {CHROMIUM}")
def test_the_snapshot_draws_ringed_imported_markers_in_the_browser(frame, tmp_path):
    """The ringed icons are built in the browser: check they draw, cluster and pop up there."""
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "snapshot.html"
    path.write_text(build_standalone_html(frame, filters_text="all events",
                                          exported_at="2026-11-25T11:00:00+00:00",
                                          show_foreign=False), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors, requests = [], []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:"))
                       else (requests.append(route.request.url), route.abort()))
            page.goto(path.as_uri())
            page.wait_for_selector(".leaflet-marker-pane > *", state="attached", timeout=15_000)
            control = page.locator(".leaflet-control-layers").inner_text()
            assert "Imported: ACLED (2)" in control and "Imported: UCDP (1)" in control
            assert "Imported (ringed)" in page.locator(".lm-legend").first.inner_text()
            map_name = page.evaluate("Object.keys(window).find(k => k.startsWith('map_'))")
            page.evaluate(f"window['{map_name}'].setView([{BENGHAZI[0]}, {BENGHAZI[1]}], 11,"
                          " {animate: false})")
            marker = page.locator(".leaflet-marker-pane .lm-imported")
            marker.first.wait_for(state="visible", timeout=10_000)
            assert marker.first.locator("svg .lm-import-mark text").text_content() == "A"
            marker.first.click()
            popup = page.locator(".leaflet-popup-content .lm-popup")
            popup.wait_for(state="visible", timeout=10_000)
            text = " ".join(popup.inner_text().split())
            assert "imported from ACLED (not a machine extraction)" in text
            assert "event_id: acled:LBYT102" in text
            assert errors == [] and requests == []
        finally:
            browser.close()


def test_the_app_sends_the_imported_layers_to_the_map(db, monkeypatch):
    """The map page passes the store's origin through: st_folium gets the imported layers."""
    monkeypatch.setenv("LIBYAMAP_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=120).run()
    assert not app.exception
    maps = [element for element in app.get("component_instance")
            if element.proto.component_name.endswith("st_folium")]
    arguments = json.loads(maps[0].proto.json_args)
    sent = json.dumps(arguments)
    assert "Imported: ACLED (2)" in sent and "Imported: UCDP (1)" in sent
    assert "lm-imported-cluster" in sent and "Events in Libya (2)" in sent


def test_a_click_on_an_imported_marker_finds_its_event(frame):
    """st_folium returns the clicked marker's point: it designates the imported event."""
    rows = {row_event_id(row): row for cluster in _clusters(build_event_map(frame)).values()
            for row in cluster.data}
    lat, lon = rows["acled:LBYT102"][:2]
    clicked = {"last_object_clicked": {"lat": lat, "lng": lon}}
    assert queries.event_id_from_click(frame, clicked) == "acled:LBYT102"


def test_the_popup_of_an_imported_marker_names_its_event(frame):
    rows = {row_event_id(row): row for cluster in _clusters(build_event_map(frame)).values()
            for row in cluster.data}
    popup_text = assemble_popup(rows["acled:LBYT102"][5])
    assert queries.event_id_from_popup(popup_text) == "acled:LBYT102"
