"""Cut Libya and its neighbours out of Natural Earth's 1:110m countries, as GeoJSON.

Natural Earth (https://www.naturalearthdata.com) is public domain. One copy of its 1:110m
"admin 0 countries" layer ships inside pyogrio's wheel as a test fixture
(pyogrio/tests/fixtures/naturalearth_lowres/*.shp/.dbf). pyogrio is NOT a dependency of the
project: download its wheel into a scratch folder and point this script at it.

    .venv/bin/pip download --no-deps pyogrio -d /tmp/pyogrio_dl
    .venv/bin/python scripts/extract_natural_earth.py /tmp/pyogrio_dl/pyogrio-*.whl

The shapefile is read here with the standard library only (polygon records and dBASE fields),
so nothing new needs installing. Output: dashboard/data/natural_earth_libya_region.geojson
(GeoJSON is lon, lat by its specification).
"""
from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

FIXTURE = "pyogrio/tests/fixtures/naturalearth_lowres/naturalearth_lowres"
OUT = (Path(__file__).resolve().parent.parent / "dashboard" / "data"
       / "natural_earth_libya_region.geojson")
# (west, south, east, north): countries whose bounding box meets this box are kept
REGION = (-2.0, 8.0, 38.0, 43.0)
DIGITS = 3  # 1:110m data is far coarser than 0.001 degree


def read_dbf(data: bytes, *, encoding: str) -> list[dict[str, object]]:
    """The records of a dBASE III file (character and numeric fields)."""
    count = struct.unpack("<I", data[4:8])[0]
    header_len, record_len = struct.unpack("<HH", data[8:12])
    fields = []
    for offset in range(32, header_len - 1, 32):
        descriptor = data[offset:offset + 32]
        name = descriptor[:11].split(b"\0")[0].decode("ascii")
        fields.append((name, chr(descriptor[11]), descriptor[16]))
    records = []
    for index in range(count):
        start = header_len + index * record_len + 1  # skip the deletion flag
        record: dict[str, object] = {}
        for name, kind, size in fields:
            raw = data[start:start + size].decode(encoding).strip()
            start += size
            record[name] = (float(raw) if raw else None) if kind == "N" else raw
        records.append(record)
    return records


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of each polygon record of a .shp file, as (lon, lat) points."""
    shapes = []
    offset = 100
    while offset < len(data):
        _number, words = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + words * 2]
        offset += 8 + words * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type != 5:
            raise ValueError(f"{FIXTURE}.shp: record {_number}: shape type {shape_type}, not polygon")
        num_parts, num_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", content[44:44 + 4 * num_parts]))
        base = 44 + 4 * num_parts
        points = [struct.unpack("<2d", content[base + 16 * i:base + 16 * i + 16])
                  for i in range(num_points)]
        bounds = parts[1:] + [num_points]
        shapes.append([points[a:b] for a, b in zip(parts, bounds)])
    return shapes


def _is_clockwise(ring: list[tuple[float, float]]) -> bool:
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))
    return area < 0


def rings_to_geometry(rings: list[list[tuple[float, float]]]) -> dict[str, object]:
    """Shapefile rings (outer clockwise, holes counter-clockwise) -> GeoJSON MultiPolygon."""
    polygons: list[list[list[list[float]]]] = []
    for ring in rings:
        coords = [[round(x, DIGITS), round(y, DIGITS)] for x, y in ring]
        if _is_clockwise(ring) or not polygons:
            polygons.append([list(reversed(coords))])  # GeoJSON outer rings: counter-clockwise
        else:
            polygons[-1].append(list(reversed(coords)))
    return {"type": "MultiPolygon", "coordinates": polygons}


def _meets_region(rings: list[list[tuple[float, float]]]) -> bool:
    west, south, east, north = REGION
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return bool(xs) and min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south


def extract(wheel: Path, out: Path = OUT) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(FIXTURE + ".shp")
        dbf = archive.read(FIXTURE + ".dbf")
        encoding = archive.read(FIXTURE + ".cpg").decode("ascii").strip() or "latin-1"
    features = []
    for record, rings in zip(read_dbf(dbf, encoding=encoding), read_polygons(shp)):
        if not _meets_region(rings):
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": record["name"], "iso_a3": record["iso_a3"],
                           "is_libya": record["iso_a3"] == "LBY"},
            "geometry": rings_to_geometry(rings),
        })
    features.sort(key=lambda feature: feature["properties"]["name"])
    collection = {
        "type": "FeatureCollection",
        "source": ("Natural Earth 1:110m admin 0 countries (public domain), "
                   "naturalearthdata.com, via pyogrio's test fixture naturalearth_lowres"),
        "features": features,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    return collection


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    collection = extract(Path(argv[1]))
    names = ", ".join(feature["properties"]["name"] for feature in collection["features"])
    print(f"{OUT}: {len(collection['features'])} countries ({names}), {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
