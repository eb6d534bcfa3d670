"""Make folium load Leaflet and its plugins from the project, never from a CDN.

folium elements name their JavaScript and CSS in the class attributes `default_js` and
`default_css` (lists of (name, url)). Both a saved HTML page and streamlit-folium's iframe load
whatever those point at, so pointing them at inline `data:` URIs built from dashboard/assets/
(copied there by scripts/vendor_assets.py) makes the map work with no internet.
"""
from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

import folium
import folium.plugins

from dashboard.errors import DashboardError

ASSETS_DIR = Path(__file__).resolve().parent / "assets"

# Leaflet builds the default pin's image URL from a path it guesses from leaflet.css; from a
# data: stylesheet that guess fails. Our maps draw no default pins, but any folium.Marker
# without an icon gets this small inline SVG pin instead of a broken image.
_PIN_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='25' height='41' viewBox='0 0 25 41'>"
    "<path d='M12.5 1C6 1 1 6 1 12.4c0 8.6 11.5 27.1 11.5 27.1S24 21 24 12.4C24 6 19 1 12.5 1z'"
    " fill='%232b7bb9' stroke='%23fff' stroke-width='1.5'/>"
    "<circle cx='12.5' cy='12.5' r='4.5' fill='%23fff'/></svg>"
)
_EMPTY_SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>"
ICON_DEFAULT_JS = (
    "(function(){if(!window.L||!L.Icon||!L.Icon.Default){return;}"
    "L.Icon.Default.imagePath='';"
    f'L.Icon.Default.mergeOptions({{iconUrl:"data:image/svg+xml,{_PIN_SVG}",'
    f'iconRetinaUrl:"data:image/svg+xml,{_PIN_SVG}",'
    f'shadowUrl:"data:image/svg+xml,{_EMPTY_SVG}"}});}})();\n'
)

# Our own styles: marker shapes, popups, legend, the caption of a snapshot.
MAP_CSS = """
.leaflet-container { background: #d9e6ef; }
.lm-icon { background: none; border: none; }
.lm-icon svg { display: block; overflow: visible; }
.lm-selected svg { filter: drop-shadow(0 0 3px #000); }
.lm-popup { font: 13px/1.35 system-ui, sans-serif; max-width: 360px; }
.lm-popup .lm-head { font-weight: 600; margin-bottom: 4px; }
.lm-popup .lm-row { margin: 2px 0; }
.lm-popup .lm-label { color: #555; }
.lm-popup blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #999;
  background: #f6f6f6; font-style: italic; }
.lm-popup mark { background: #ffe066; font-style: normal; }
.lm-popup .lm-id { color: #777; font: 11px monospace; margin-top: 4px; }
.lm-popup .lm-unreviewed { color: #a15c00; }
.lm-popup .lm-reviewed { color: #1b7f3b; }
.lm-legend, .lm-caption { background: rgba(255,255,255,0.92); padding: 6px 8px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3);
  font: 12px/1.3 system-ui, sans-serif; max-width: 260px; }
.lm-legend h4, .lm-caption h4 { margin: 0 0 4px; font-size: 12px; }
.lm-legend .lm-item { display: flex; align-items: center; gap: 6px; margin: 1px 0; }
.lm-legend .lm-note { color: #555; margin-top: 4px; }
.lm-caption { max-width: 340px; }
"""

# asset file -> the folium names it replaces
_JS = {
    "leaflet": "leaflet.js",
    "markerclusterjs": "leaflet.markercluster.js",
    "leaflet-heat.js": "leaflet_heat.min.js",
}
_CSS = {
    "leaflet_css": "leaflet.css",
    "markerclustercss": "MarkerCluster.css",
    "markerclusterdefaultcss": "MarkerCluster.Default.css",
}


class OfflineAssetError(DashboardError, FileNotFoundError):
    """An asset the map needs is missing from dashboard/assets/."""


def data_uri(text: str, *, mime: str) -> str:
    """`text` as a base64 data: URI (no quoting problems inside src/href attributes)."""
    return f"data:{mime};base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


@cache
def asset_text(file_name: str) -> str:
    """The text of one vendored asset."""
    path = ASSETS_DIR / file_name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise OfflineAssetError(
            f"{path}: missing; run scripts/vendor_assets.py to copy it from folium-offline"
        ) from error


def _js(name: str) -> tuple[str, str]:
    return name, data_uri(asset_text(_JS[name]), mime="text/javascript")


def _css(name: str) -> tuple[str, str]:
    return name, data_uri(asset_text(_CSS[name]), mime="text/css")


@cache
def install_offline_assets() -> None:
    """Point the folium classes our maps use at the project's assets (idempotent).

    folium.Map keeps Leaflet only: jQuery, Bootstrap, awesome-markers and Font Awesome are not
    used by our maps (their fonts and images could not load offline anyway).
    """
    folium.Map.default_js = [
        _js("leaflet"),
        ("libyamap_icon_default", data_uri(ICON_DEFAULT_JS, mime="text/javascript")),
    ]
    folium.Map.default_css = [
        _css("leaflet_css"),
        ("libyamap_css", data_uri(MAP_CSS, mime="text/css")),
    ]
    cluster_js, cluster_css = [_js("markerclusterjs")], [
        _css("markerclustercss"), _css("markerclusterdefaultcss")]
    for cls in (folium.plugins.MarkerCluster, folium.plugins.FastMarkerCluster):
        cls.default_js, cls.default_css = cluster_js, cluster_css
    folium.plugins.HeatMap.default_js = [_js("leaflet-heat.js")]

