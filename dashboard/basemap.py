"""The offline base map: Natural Earth's country outlines around Libya, shipped in the repo.

dashboard/data/natural_earth_libya_region.geojson is cut from Natural Earth's public-domain
1:110m countries by scripts/extract_natural_earth.py. Libya's 22 districts are not included:
no public-domain boundary file of them ships in a package we can reach from here.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import folium
from folium.map import CustomPane, Layer
from folium.template import Template

from dashboard.errors import DashboardError

DATA_DIR = Path(__file__).resolve().parent / "data"
OUTLINES_PATH = DATA_DIR / "natural_earth_libya_region.geojson"
ATTRIBUTION = "Outlines: Natural Earth (public domain)"

NEIGHBOUR_STYLE = {"color": "#8a8a8a", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 0.85}
LIBYA_STYLE = {"color": "#444444", "weight": 2, "fillColor": "#fffdf6", "fillOpacity": 0.9}


class BasemapError(DashboardError, ValueError):
    """The shipped outline file is missing or not GeoJSON."""


@cache
def load_outlines(path: Path = OUTLINES_PATH) -> dict:
    """The country outlines as a GeoJSON FeatureCollection (lon, lat by the GeoJSON spec)."""
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BasemapError(f"{path}: missing; run scripts/extract_natural_earth.py") from error
    except json.JSONDecodeError as error:
        raise BasemapError(f"{path}, line {error.lineno}: not JSON: {error.msg}") from error
    if collection.get("type") != "FeatureCollection":
        raise BasemapError(f"{path}: type {collection.get('type')!r}, not a FeatureCollection")
    return collection


class StaticGeoJson(Layer):
    """A GeoJSON layer with one fixed style and no per-feature JavaScript.

    folium.GeoJson turns a style_function into a switch with one case per feature; a fixed
    style keeps the script as small as the data.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geoJson({{ this.data|tojson }}, {
                style: {{ this.style|tojson }},
                interactive: false,
                pane: {{ this.pane|tojson }},
                attribution: {{ this.attribution|tojson }}
            });
        {% endmacro %}
        """
    )

    def __init__(self, data: dict, *, name: str, style: dict, attribution: str = "",
                 pane: str = "overlayPane", show: bool = True, control: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "StaticGeoJson"
        self.data, self.style, self.attribution, self.pane = data, style, attribution, pane


BASEMAP_PANE = "lm_basemap"


def add_outline_layers(target: folium.Map, *, control: bool = True) -> None:
    """Neighbours then Libya, each one fixed-style layer, in a pane under the web tiles.

    Web tiles (z-index 200) cover the outlines when they load; when they cannot load, the
    outlines (z-index 150) show through, so the map degrades to something readable.
    """
    CustomPane(BASEMAP_PANE, z_index=150, pointer_events=False).add_to(target)
    features = load_outlines()["features"]
    libya = [f for f in features if f["properties"].get("is_libya")]
    others = [f for f in features if not f["properties"].get("is_libya")]
    StaticGeoJson({"type": "FeatureCollection", "features": others},
                  name="Neighbouring countries (offline outline)", style=NEIGHBOUR_STYLE,
                  attribution=ATTRIBUTION, pane=BASEMAP_PANE, control=control).add_to(target)
    StaticGeoJson({"type": "FeatureCollection", "features": libya},
                  name="Libya (offline outline)", style=LIBYA_STYLE,
                  pane=BASEMAP_PANE, control=control).add_to(target)
