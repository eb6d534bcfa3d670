"""Copy the JavaScript and CSS the dashboard's map needs into dashboard/assets/.

The files come from the PyPI package folium-offline (import name `offlinefolium`, MIT), which
carries folium 0.20.0's CDN files in a dict keyed by their CDN URL. We copy only what our maps
use, byte for byte, so the map works with no internet. Run once after a folium upgrade:

    .venv/bin/python scripts/vendor_assets.py [OUT_DIR]

Licences of the copied files are listed in dashboard/assets/LICENSES.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

# asset file name -> the CDN URL folium 0.20.0 loads it from (the key in offlinefolium's dict)
ASSETS: dict[str, str] = {
    "leaflet.js": "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
    "leaflet.css": "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
    "leaflet.markercluster.js": (
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js"
    ),
    "MarkerCluster.css": (
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"
    ),
    "MarkerCluster.Default.css": (
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css"
    ),
    "leaflet_heat.min.js": (
        "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js"
    ),
}

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "dashboard" / "assets"


def vendor_assets(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    """Write each asset of ASSETS into out_dir; return the paths written."""
    from offlinefolium.elements import _res as resources  # the dict keyed by CDN URL

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, url in ASSETS.items():
        if url not in resources:
            raise SystemExit(f"{url}: not in offlinefolium's resources (version mismatch?)")
        path = out_dir / file_name
        path.write_text(resources[url].strip("\n") + "\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    for path in vendor_assets(out_dir):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
