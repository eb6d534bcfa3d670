"""Export formats: ACLED column order, GeoJSON longitude first, JSON Lines, formula cells."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from events.formats import ACLED_COLUMNS, PROVENANCE_COLUMNS, neutralise, write_acled_csv, write_csv
from events.model import EventFilter
from events.store import Store
from store_samples import extraction

HOSTILE = "=HYPERLINK(\"http://x\",\"y\")"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "f.duckdb"
    with Store.open(path) as store:
        store.save_extraction(extraction("sirte", ["GNA and LNA clashed near Sirte.", "-2 said +1"],
                                         fatalities=2))
        store.save_extraction(extraction("x", [HOSTILE], actor1="@evil", faction1="", latitude=None,
                                         longitude=None, location="", geo_precision=3))
        store.import_acled_csv("tests/data/imports/acled_small.csv")
    return path


def frame(db) -> pd.DataFrame:
    with Store.open(db, read_only=True) as store:
        return store.query_events(EventFilter())


def test_acled_csv_has_the_31_columns_first(db, tmp_path):
    out = tmp_path / "acled.csv"
    assert write_acled_csv(frame(db), out) == 6
    read = pd.read_csv(out, keep_default_na=False)
    assert len(ACLED_COLUMNS) == 31
    assert list(read.columns[:31]) == list(ACLED_COLUMNS)
    assert list(read.columns[31:]) == list(PROVENANCE_COLUMNS)
    row = read[read["event_id"].astype(str).str.startswith("acled:LBY9002")].iloc[0]
    assert (row["event_date"], str(row["year"]), float(row["latitude"]), float(row["longitude"])) == (
        "2020-06-07", "2020", 31.2089, 16.5887)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["disorder_type"] == "Political violence" and str(row["iso"]) == "434"


def test_formula_cells_are_neutralised(db, tmp_path):
    out = tmp_path / "plain.csv"
    write_csv(frame(db), out)
    text = out.read_text(encoding="utf-8")
    assert "'" + HOSTILE.replace('"', '""') in text
    assert ",'@evil," in text and ",'-2 said +1," in text
    read = pd.read_csv(out, keep_default_na=False)
    for column in read.columns:
        cells = read[column].astype(str)
        assert not cells.str.match(r"^[=+@\t\r]").any(), column
    # numbers are not text: a negative longitude stays a number
    assert neutralise(-5.5) == -5.5 and neutralise("-5") == "'-5" and neutralise("\tx") == "'\tx"


def test_geojson_is_rfc7946_longitude_first(db, tmp_path):
    out = tmp_path / "events.geojson"
    subprocess.run([sys.executable, "-m", "libyamap.cli", "export", "--format", "geojson",
                    "--db", str(db), "-o", str(out)], check=True, capture_output=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 6
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        if geometry is None:
            assert feature["properties"]["latitude"] is None
            continue
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lat, lon) == (feature["properties"]["latitude"], feature["properties"]["longitude"])
    sirte = [f for f in data["features"] if f["properties"]["location"] == "Sirte"]
    assert sirte[0]["geometry"]["coordinates"] == [16.5887, 31.2089]  # lon, lat


def test_jsonl_to_stdout_with_filters(db):
    result = subprocess.run(
        [sys.executable, "-m", "libyamap.cli", "export", "--format", "jsonl", "--db", str(db),
         "--faction", "lna", "--from", "2020-06-01", "--to", "2020-06-07", "--min-fatalities", "1"],
        check=True, capture_output=True, text=True)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["event_id"] for r in records} == {
        r["event_id"] for r in frame(db).to_dict("records")
        if "lna" in (r["faction1"], r["faction2"]) and r["event_date"]
        and date(2020, 6, 1) <= r["event_date"] <= date(2020, 6, 7) and (r["fatalities"] or 0) >= 1}
    assert records and all(isinstance(r["event_date"], str) for r in records)


def test_export_of_a_missing_store_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "libyamap.cli", "export", "--db",
                             str(tmp_path / "none.duckdb")], capture_output=True, text=True)
    assert result.returncode == 2 and "none.duckdb: no event store" in result.stderr


@pytest.mark.parametrize("arguments, criteria", [
    (["--faction", "gna", "--faction", "civilians"], {"factions": ("gna", "civilians")}),
    (["--type", "Battles"], {"event_types": ("Battles",)}),
    (["--place", "Tripoli"], {"places": ("Tripoli",)}),
    (["--source", "ACLED"], {"sources": ("ACLED",)}),
    (["--text", "clash"], {"text": "clash"}),
    (["--precision", "2"], {"geo_precisions": (2,)}),
    (["--reviewed-only"], {"reviewed_only": True}),
    (["--faction", "lna", "--stated-sides-only"], {"factions": ("lna",), "stated_sides_only": True}),
    (["--include-rejected"], {"include_rejected": True}),
])
def test_export_filters_match_the_query_api(db, tmp_path, arguments, criteria):
    from libyamap.cli import main

    with Store.open(db) as store:
        first = store.query_events(EventFilter()).sort_values("event_id")["event_id"]
        store.reject(first.iloc[0])
        store.confirm(first.iloc[1])
    out = tmp_path / "out.jsonl"
    assert main(["export", "--format", "jsonl", "--db", str(db), "-o", str(out), *arguments]) == 0
    exported = {json.loads(line)["event_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    with Store.open(db, read_only=True) as store:
        expected = set(store.query_events(EventFilter(**criteria))["event_id"])
    assert exported == expected and exported


def test_the_export_says_which_sides_were_inferred(tmp_path):
    with Store.open(tmp_path / "i.duckdb") as store:
        store.save_extraction(extraction("inferred", ["GNA forces shelled the port."], actor2="",
                                         inferred_factions="lna"))
        events = store.query_events(EventFilter())
    out = tmp_path / "acled.csv"
    write_acled_csv(events, out)
    row = pd.read_csv(out, keep_default_na=False).iloc[0]
    assert (row["actor2"], row["faction2"], row["inferred_factions"]) == ("", "lna", "lna")
