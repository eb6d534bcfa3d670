"""Readers of the gazetteer's data files: the Libya GeoNames JSON, the overlay CSV, a GeoNames dump.

Each reader returns plain places; `merge_places` applies the overlay's `replaces` column.
A row that cannot be read stops the load with a GazetteerFormatError naming file, line, value.
"""
from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from gazetteer.errors import GazetteerError, GazetteerFormatError
from gazetteer.place import KINDS, Alias, Place, PlaceError

DATA_DIR = Path(__file__).resolve().parent / "data"
GEONAMES_PATH = DATA_DIR / "geonames_ly.json"
OVERLAY_PATH = DATA_DIR / "overlay.csv"

OVERLAY_COLUMNS = (
    "place_id", "name", "kind", "latitude", "longitude", "country_code", "admin1",
    "population", "source", "aliases_en", "aliases_fr", "aliases_ar", "aliases_translit",
    "replaces",
)
_ALIAS_COLUMNS = {"aliases_en": "en", "aliases_fr": "fr", "aliases_ar": "ar",
                  "aliases_translit": "translit"}
_PLACE_ID = re.compile(r"^(?:ov:[a-z0-9][a-z0-9_.-]*|gn:\d+)$")
_GEONAMES_ID = re.compile(r"^gn:\d+$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
# GeoNames admin1 codes of Libya's 22 districts (sha'biyat), named as on Wikipedia's list of the
# districts; each code was checked against the main towns GeoNames files under it.
ADMIN1_NAMES = {
    "63": "Jabal al Akhdar",
    "64": "Jufra",
    "65": "Kufra",
    "66": "Marj",
    "67": "Nuqat al Khams",
    "68": "Zawiya",
    "69": "Benghazi",
    "70": "Derna",
    "71": "Ghat",
    "72": "Misrata",
    "73": "Murzuq",
    "74": "Nalut",
    "75": "Sabha",
    "76": "Sirte",
    "77": "Tripoli",
    "78": "Wadi al Shatii",
    "79": "Al Butnan",
    "80": "Jabal al Gharbi",
    "81": "Jafara",
    "82": "Murqub",
    "83": "Al Wahat",
    "84": "Wadi al Hayaa",
}


@dataclass(frozen=True)
class OverlayRow:
    """One overlay row: the place it describes and the GeoNames place it supplements, if any."""

    place: Place
    replaces: str
    line: int


def _alias_list(names: Iterable[tuple[str, str]]) -> tuple[Alias, ...]:
    """Aliases in order, one per (name, language): a name spelt alike in en and fr keeps both."""
    seen: set[tuple[str, str]] = set()
    aliases = []
    for name, lang in names:
        name = name.strip()
        if name and (name, lang) not in seen:
            seen.add((name, lang))
            aliases.append(Alias(name, lang))
    return tuple(aliases)


def load_geonames_json(path: str | Path = GEONAMES_PATH) -> list[Place]:
    """The places of the file scripts/build_geonames_ly.py writes."""
    path = Path(path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise GazetteerError(
            f"{path}: missing; build it with: python scripts/build_geonames_ly.py {path}"
        ) from error
    except json.JSONDecodeError as error:
        raise GazetteerFormatError(path, error.lineno, error.msg, "not valid JSON") from error
    places = []
    for index, record in enumerate(payload.get("places", []), start=1):
        try:
            places.append(
                Place(
                    place_id=record["place_id"],
                    name=record["name"],
                    latitude=float(record["latitude"]),
                    longitude=float(record["longitude"]),
                    kind=record["kind"],
                    country_code=record.get("country_code", "LY"),
                    admin1=record.get("admin1", ""),
                    population=int(record.get("population", 0)),
                    source=record.get("source", ""),
                    aliases=_alias_list(
                        [(record["name"], "en")] + [tuple(a) for a in record.get("aliases", [])]
                    ),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise GazetteerFormatError(path, None, record, f"place #{index}: {error}") from error
    return places


def _float(value: str, *, path: Path, line: int, column: str) -> float:
    try:
        return float(value)
    except ValueError as error:
        raise GazetteerFormatError(path, line, value, f"{column} is not a number") from error


def _overlay_row(row: dict[str, str], *, path: Path, line: int) -> OverlayRow:
    def field(column: str) -> str:
        value = row.get(column)
        if value is None:
            raise GazetteerFormatError(path, line, row, f"missing column {column}")
        return value.strip()

    place_id = field("place_id")
    if not _PLACE_ID.match(place_id):
        raise GazetteerFormatError(path, line, place_id, "place_id must be ov:<slug> or gn:<id>")
    name = field("name")
    if not name:
        raise GazetteerFormatError(path, line, name, "empty name")
    kind = field("kind")
    if kind not in KINDS:
        raise GazetteerFormatError(path, line, kind, f"kind must be one of {', '.join(KINDS)}")
    latitude = _float(field("latitude"), path=path, line=line, column="latitude")
    longitude = _float(field("longitude"), path=path, line=line, column="longitude")
    country_code = field("country_code")
    if not _COUNTRY_CODE.match(country_code):
        raise GazetteerFormatError(path, line, country_code, "country_code must be two capitals")
    population_text = field("population")
    try:
        population = int(float(population_text)) if population_text else 0
    except ValueError as error:
        raise GazetteerFormatError(path, line, population_text, "bad population") from error
    if population < 0:
        raise GazetteerFormatError(path, line, population_text, "negative population")
    source = field("source")
    if not source:
        raise GazetteerFormatError(path, line, source, "every row must name its source")
    replaces = field("replaces")
    if replaces and not _GEONAMES_ID.match(replaces):
        raise GazetteerFormatError(path, line, replaces, "replaces must be gn:<geonameid>")
    names = [(name, "en")]
    for column, lang in _ALIAS_COLUMNS.items():
        names.extend((alias, lang) for alias in field(column).split("|"))
    try:
        place = Place(
            place_id=place_id,
            name=name,
            latitude=latitude,
            longitude=longitude,
            kind=kind,
            country_code=country_code,
            admin1=field("admin1"),
            population=population,
            source=source,
            aliases=_alias_list(names),
        )
    except PlaceError as error:
        raise GazetteerFormatError(path, line, f"{latitude},{longitude}", str(error)) from error
    return OverlayRow(place=place, replaces=replaces, line=line)


def load_overlay(path: str | Path = OVERLAY_PATH) -> list[OverlayRow]:
    """The rows of an overlay CSV (columns: see OVERLAY_COLUMNS)."""
    path = Path(path)
    rows = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = tuple(name.strip() for name in reader.fieldnames or ())
        missing = [column for column in OVERLAY_COLUMNS if column not in header]
        if missing:
            raise GazetteerFormatError(path, 1, ",".join(header), f"missing columns {missing}")
        for row in reader:
            line = reader.line_num
            if None in row:  # more cells than columns
                raise GazetteerFormatError(path, line, row[None], "more cells than columns")
            if not any((value or "").strip() for value in row.values()):
                continue
            overlay_row = _overlay_row(row, path=path, line=line)
            place_id = overlay_row.place.place_id
            if place_id in seen:
                raise GazetteerFormatError(
                    path, line, place_id, f"place_id already used on line {seen[place_id]}"
                )
            seen[place_id] = line
            rows.append(overlay_row)
    return rows


# GeoNames feature codes -> our kinds (classes P, A, L and S only; the rest is skipped).
_FEATURE_KINDS = {
    "PCLI": "country", "PCLD": "country", "PCLIX": "country", "PCL": "country",
    "ADM1": "district", "ADM1H": "district", "ADM2": "district",
    "RGN": "region", "RGNH": "region", "AREA": "region",
    "PPLX": "neighbourhood", "PPLQ": "village", "PPLL": "village", "PPLF": "village",
    "PPLW": "village", "PPLH": "village",
}
DUMP_COLUMNS = 19


def _dump_kind(feature_class: str, feature_code: str, population: int) -> str | None:
    if feature_code in _FEATURE_KINDS:
        return _FEATURE_KINDS[feature_code]
    if feature_class == "P":
        if population >= 20_000 or feature_code in ("PPLC", "PPLA"):
            return "city"
        return "town" if population >= 2_000 else "village"
    if feature_class == "S":
        return "facility"
    return None


def iter_geonames_dump(path: str | Path) -> Iterator[Place]:
    """Places of a GeoNames country dump (LY.txt: 19 tab-separated columns, no header).

    Kept: populated places (class P), administrative areas (A: countries and districts),
    regions (L) and spots such as airports and oil terminals (S, as facilities).
    """
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        for line_number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != DUMP_COLUMNS:
                raise GazetteerFormatError(
                    path, line_number, line[:80], f"{len(cells)} columns, expected {DUMP_COLUMNS}"
                )
            geonameid, name, ascii_name, alternates = cells[0:4]
            if not geonameid.isdigit():
                raise GazetteerFormatError(path, line_number, geonameid, "geonameid not a number")
            latitude = _float(cells[4], path=path, line=line_number, column="latitude")
            longitude = _float(cells[5], path=path, line=line_number, column="longitude")
            population_text = cells[14].strip()
            if population_text and not population_text.isdigit():
                raise GazetteerFormatError(path, line_number, population_text, "bad population")
            population = int(population_text or 0)
            kind = _dump_kind(cells[6], cells[7], population)
            if kind is None:
                continue
            names = [(name, "en"), (ascii_name, "other")]
            names.extend((alternate, "other") for alternate in alternates.split(","))
            try:
                yield Place(
                    place_id=f"gn:{geonameid}",
                    name=name,
                    latitude=latitude,
                    longitude=longitude,
                    kind=kind,
                    country_code=cells[8] or "LY",
                    admin1=ADMIN1_NAMES.get(cells[10], cells[10]) if cells[8] == "LY" else cells[10],
                    population=population,
                    source=f"GeoNames {geonameid}",
                    aliases=_alias_list(names),
                )
            except PlaceError as error:
                raise GazetteerFormatError(
                    path, line_number, f"{latitude},{longitude}", str(error)
                ) from error


def load_geonames_dump(path: str | Path) -> list[Place]:
    """All places of a GeoNames country dump; see iter_geonames_dump."""
    return list(iter_geonames_dump(path))


MAX_REPLACE_KM = 25.0  # an overlay row that supplements a GeoNames place must lie this close


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def add_aliases(place: Place, aliases: Iterable[Alias]) -> Place:
    """The place with more aliases (duplicates dropped, order kept)."""
    merged = _alias_list((a.name, a.lang) for a in (*place.aliases, *aliases))
    return replace(place, aliases=merged)


def merge_places(
    base: Iterable[Place],
    extra: Iterable[Place] = (),
    overlay: Iterable[OverlayRow] = (),
    *,
    overlay_path: str | Path = OVERLAY_PATH,
) -> tuple[list[Place], dict[str, str]]:
    """Combine the sources -> (places, redirects from overlay ids to the GeoNames ids they join).

    `extra` places (a GeoNames dump) add their aliases to a base place with the same id and
    are added otherwise; an overlay row with `replaces` adds its names to that GeoNames place
    (and its district when GeoNames has none), and must lie within MAX_REPLACE_KM of it (a
    wrong geonameid is caught); the row's `name` becomes the place's name (Kufra, not GeoNames'
    "Al Jawf"), the GeoNames name stays an alias; other overlay rows are new places.
    """
    by_id: dict[str, Place] = {}
    for place in base:
        by_id[place.place_id] = place
    for place in extra:
        known = by_id.get(place.place_id)
        by_id[place.place_id] = place if known is None else add_aliases(known, place.aliases)
    redirects: dict[str, str] = {}
    for row in overlay:
        place = row.place
        if row.replaces:
            known = by_id.get(row.replaces)
            if known is None:
                raise GazetteerFormatError(
                    overlay_path, row.line, row.replaces, "replaces an unknown GeoNames place"
                )
            distance = distance_km(known.point, place.point)
            if distance > MAX_REPLACE_KM:
                raise GazetteerFormatError(
                    overlay_path, row.line, row.replaces,
                    f"replaces a place {distance:.0f} km away from this row's coordinates",
                )
            merged = add_aliases(known, place.aliases)
            if not any(alias.name == known.name for alias in merged.aliases):
                merged = add_aliases(merged, [Alias(known.name, "other")])
            merged = replace(merged, name=place.name)
            if not merged.admin1 and place.admin1:
                merged = replace(merged, admin1=place.admin1)
            by_id[row.replaces] = merged
            redirects[place.place_id] = row.replaces
        elif place.place_id in by_id:
            raise GazetteerFormatError(overlay_path, row.line, place.place_id, "duplicate place_id")
        else:
            by_id[place.place_id] = place
    return list(by_id.values()), redirects
