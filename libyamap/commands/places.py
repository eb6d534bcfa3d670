"""`libyamap places NAME [--json]`: the gazetteer's candidates for a place name."""
from __future__ import annotations

import argparse
import json
import sys

from gazetteer import GazetteerError, Place, load_gazetteer


def place_to_dict(place: Place) -> dict[str, object]:
    return {
        "place_id": place.place_id,
        "name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "kind": place.kind,
        "admin1": place.admin1,
        "country_code": place.country_code,
        "is_foreign": place.is_foreign,
        "population": place.population,
        "source": place.source,
    }


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "places",
        help="look a place name up in the gazetteer",
        description="Candidates for a place name (French, English or Arabic), best first.",
    )
    parser.add_argument("name", nargs="+", help="the place name, e.g. Syrte or سرت")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--dump", metavar="LY.txt", help="also load a GeoNames country dump")
    parser.add_argument(
        "--online", action="store_true", help="ask Nominatim for names nothing else knows"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    name = " ".join(args.name)
    try:
        gazetteer = load_gazetteer(dump_path=args.dump, online=args.online)
        places = gazetteer.lookup(name)
    except GazetteerError as error:
        print(f"libyamap places: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([place_to_dict(p) for p in places], ensure_ascii=False, indent=2))
        return 0
    if not places:
        print(f"no place known as {name!r}")
        return 0
    for place in places:
        where = place.admin1 or "-"
        country = f"{place.country_code} (foreign)" if place.is_foreign else place.country_code
        print(
            f"{place.name}\t{place.latitude:.5f}, {place.longitude:.5f}\t{place.kind}\t"
            f"district: {where}\t{country}\t{place.place_id}\tsource: {place.source}"
        )
    return 0
