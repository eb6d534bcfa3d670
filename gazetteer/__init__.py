"""Libya gazetteer: place names as French, English and Arabic reports write them -> places.

>>> gazetteer = default_gazetteer()
>>> gazetteer.lookup("Syrte")[0].name
'Sirte'
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from gazetteer.errors import GazetteerError, GazetteerFormatError
from gazetteer.lookup import Gazetteer, PlaceFinder, rank_places
from gazetteer.normalise import normalise_name
from gazetteer.place import Alias, Place, PlaceError, PlaceMention
from gazetteer.sources import (
    GEONAMES_PATH,
    OVERLAY_PATH,
    load_geonames_dump,
    load_geonames_json,
    load_overlay,
    merge_places,
)

__all__ = [
    "Alias",
    "Gazetteer",
    "GazetteerError",
    "GazetteerFormatError",
    "Place",
    "PlaceError",
    "PlaceMention",
    "default_gazetteer",
    "load_gazetteer",
    "load_geonames_dump",
    "normalise_name",
    "rank_places",
]


def load_gazetteer(
    *,
    dump_path: str | Path | None = None,
    online: bool = False,
    overlay_path: str | Path | None = None,
    geonames_path: str | Path = GEONAMES_PATH,
    fallback: PlaceFinder | None = None,
) -> Gazetteer:
    """Build a gazetteer from the GeoNames file, the overlay and, optionally, a GeoNames dump.

    overlay_path: the curated CSV (default gazetteer/data/overlay.csv, skipped while it does
    not exist; a path given explicitly must exist). dump_path: a GeoNames country dump (LY.txt).
    online: ask Nominatim (rate limited, cached) for names nothing else knows; `fallback`
    gives a ready NominatimFallback instead (for another server).
    """
    base = load_geonames_json(geonames_path)
    extra = load_geonames_dump(dump_path) if dump_path is not None else []
    if overlay_path is None:
        overlay_path = OVERLAY_PATH
        overlay = load_overlay(overlay_path) if overlay_path.exists() else []
    else:
        overlay = load_overlay(overlay_path)
    places, redirects = merge_places(base, extra, overlay, overlay_path=overlay_path)
    if fallback is None and online:
        from gazetteer.online import NominatimFallback

        fallback = NominatimFallback()
    return Gazetteer(places, redirects=redirects, fallback=fallback)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the shipped data, built once per process."""
    return load_gazetteer()
