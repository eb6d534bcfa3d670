"""The shipped assets: vendored Leaflet files, Natural Earth outlines, script-safe JSON."""
import importlib.util
import json
from pathlib import Path

import pytest

from dashboard.basemap import OUTLINES_PATH, load_outlines
from dashboard.scriptdata import script_json
from dashboard.offline import ASSETS_DIR

ROOT = Path(__file__).resolve().parent.parent


def _load_script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_vendored_assets_are_the_files_folium_offline_ships(tmp_path):
    vendor = _load_script("vendor_assets")
    for path in vendor.vendor_assets(tmp_path):
        assert path.read_bytes() == (ASSETS_DIR / path.name).read_bytes(), path.name
    assert "Leaflet 1.9.3" in (ASSETS_DIR / "leaflet.js").read_text(encoding="utf-8")[:200]


def test_every_vendored_file_has_its_licence_noted():
    licences = (ASSETS_DIR / "LICENSES.md").read_text(encoding="utf-8")
    for path in ASSETS_DIR.iterdir():
        if path.name != "LICENSES.md":
            assert path.name in licences, path.name
    assert OUTLINES_PATH.name in licences


def test_outlines_hold_libya_and_its_neighbours_and_stay_small():
    collection = load_outlines()
    names = {feature["properties"]["name"] for feature in collection["features"]}
    assert {"Libya", "Tunisia", "Algeria", "Niger", "Chad", "Sudan", "Egypt"} <= names
    libya = [f for f in collection["features"] if f["properties"]["is_libya"]]
    assert len(libya) == 1 and libya[0]["properties"]["iso_a3"] == "LBY"
    ring = libya[0]["geometry"]["coordinates"][0][0]
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    # GeoJSON is lon, lat: Libya spans about 9.3..25.2 E and 19.5..33.2 N
    assert 9 < min(lons) < 10 and 25 < max(lons) < 25.5
    assert 19 < min(lats) < 20 and 33 < max(lats) < 33.5
    assert OUTLINES_PATH.stat().st_size < 200_000


@pytest.mark.parametrize("value", [
    ["</script><script>window.__pwned=1</script>"],
    {"a": "<!-- x -->", "b": "\u2028\u2029"},
    [{"a": {"b": "{{ 7*7 }} {% if %} {# {{{"}}, "{}"],
])
def test_script_json_cannot_close_the_script_element_or_open_a_template(value):
    text = script_json(value)
    assert "<" not in text and "\u2028" not in text and "\u2029" not in text
    assert not any(opener in text for opener in ("{{", "{%", "{#"))
    assert json.loads(text) == value
