"""Loading: the GeoNames file, overlay rows (replaces, errors), a GeoNames country dump."""
from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import GazetteerError, GazetteerFormatError, load_gazetteer, load_geonames_dump
from gazetteer.sources import OVERLAY_COLUMNS, load_geonames_json, load_overlay

DATA = Path(__file__).parent / "data"
OVERLAY = DATA / "overlay_small.csv"
DUMP = DATA / "LY.txt"
HEADER = ",".join(OVERLAY_COLUMNS)
GOOD_ROW = "ov:test-town,Test Town,town,31.0,15.0,LY,Misrata,1200,test data,Test Town,,,,"


def test_geonames_file_holds_libya() -> None:
    places = load_geonames_json()
    assert 110 <= len(places) <= 130
    assert all(place.country_code == "LY" and place.place_id.startswith("gn:") for place in places)
    sirte = next(place for place in places if place.place_id == "gn:2210554")
    assert sirte.admin1 == "Sirte"
    assert sirte.source == "GeoNames 2210554"
    names = {alias.name for alias in sirte.aliases}
    assert {"Sirte", "Syrte", "Surt", "سرت"} <= names
    assert "SRX" not in names  # airport codes are not names
    assert "Сирт" not in names  # only Latin and Arabic script


def test_missing_geonames_file_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="build_geonames_ly.py"):
        load_gazetteer(geonames_path=tmp_path / "none.json", overlay_path=OVERLAY)


def test_overlay_rows_and_replaces() -> None:
    rows = load_overlay(OVERLAY)
    assert rows[0].place.place_id == "ov:libya"
    assert rows[0].place.kind == "country"
    assert {a.lang for a in rows[0].place.aliases} == {"en", "fr", "ar", "translit"}
    sirte = next(row for row in rows if row.place.place_id == "ov:sirte")
    assert sirte.replaces == "gn:2210554"


def test_overlay_replaces_adds_aliases_not_places() -> None:
    base = load_gazetteer(overlay_path=DATA / "overlay_empty.csv")
    full = load_gazetteer(overlay_path=OVERLAY)
    added = len([row for row in load_overlay(OVERLAY) if not row.replaces])
    assert len(full.places) == len(base.places) + added
    assert base.lookup("Tajoura") == []
    assert full.lookup("Tajoura")[0].place_id == "gn:2210394"


def write_overlay(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "overlay.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_overlay_good_row_loads(tmp_path: Path) -> None:
    path = write_overlay(tmp_path, GOOD_ROW)
    gazetteer = load_gazetteer(overlay_path=path)
    assert gazetteer.lookup("test town")[0].place_id == "ov:test-town"


@pytest.mark.parametrize(
    ("row", "value"),
    [
        (GOOD_ROW.replace(",31.0,", ",north,"), "north"),
        (GOOD_ROW.replace(",31.0,", ",95.0,"), "95.0"),
        (GOOD_ROW.replace(",15.0,", ",200.5,"), "200.5"),
        (GOOD_ROW.replace(",town,", ",hamlet,"), "hamlet"),
        (GOOD_ROW.replace(",LY,", ",Libya,"), "Libya"),
        (GOOD_ROW.replace(",1200,", ",many,"), "many"),
        (GOOD_ROW.replace(",test data,", ",,"), ""),
        (GOOD_ROW.replace("ov:test-town", "test-town"), "test-town"),
        (GOOD_ROW + "gn:abc", "gn:abc"),
        (GOOD_ROW + "gn:1,extra", "extra"),
    ],
)
def test_overlay_malformed_row_names_file_line_value(tmp_path: Path, row: str, value: str) -> None:
    path = write_overlay(tmp_path, GOOD_ROW.replace("test-town", "first"), row)
    with pytest.raises(GazetteerFormatError) as caught:
        load_gazetteer(overlay_path=path)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.line == 3
    assert f"{path}:3" in str(error)
    assert repr(value) in str(error) or value in str(error)


def test_overlay_missing_column(tmp_path: Path) -> None:
    path = write_overlay(tmp_path, header=HEADER.replace(",replaces", ""))
    with pytest.raises(GazetteerFormatError, match=r"overlay.csv:1: missing columns"):
        load_overlay(path)


def test_overlay_duplicate_id_and_unknown_replaces(tmp_path: Path) -> None:
    with pytest.raises(GazetteerFormatError, match=r":3: .*already used on line 2"):
        load_overlay(write_overlay(tmp_path, GOOD_ROW, GOOD_ROW))
    with pytest.raises(GazetteerFormatError, match=r":2: replaces an unknown GeoNames place"):
        load_gazetteer(overlay_path=write_overlay(tmp_path, GOOD_ROW + "gn:1"))


def test_overlay_given_but_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_gazetteer(overlay_path=tmp_path / "absent.csv")


def test_geonames_dump_places_and_kinds() -> None:
    places = {place.place_id: place for place in load_geonames_dump(DUMP)}
    assert set(places) == {"gn:2210554", "gn:9900001", "gn:9900002", "gn:9900004"}  # no stream
    assert places["gn:9900001"].kind == "town"
    assert places["gn:9900002"].kind == "facility"
    assert places["gn:9900004"].kind == "district"
    assert places["gn:9900001"].admin1 == "Sirte"


def test_geonames_dump_adds_places_and_aliases() -> None:
    gazetteer = load_gazetteer(dump_path=DUMP, overlay_path=DATA / "overlay_empty.csv")
    assert gazetteer.lookup("Ras Lanuf")[0].place_id == "gn:9900001"
    assert gazetteer.lookup("راس لانوف")[0].place_id == "gn:9900001"
    assert gazetteer.lookup("Sirtica")[0].place_id == "gn:2210554"  # alias added to GeoNames'
    assert gazetteer.lookup("al-Watiya")[0].kind == "facility"
    assert len([p for p in gazetteer.places if p.place_id == "gn:2210554"]) == 1
    assert gazetteer.lookup("région de Sirte")[0].place_id == "gn:9900004"


@pytest.mark.parametrize(
    ("change", "value"),
    [
        (lambda cells: cells[:18], "Ras Lanuf"),  # 18 columns
        (lambda cells: [*cells[:4], "north", *cells[5:]], "north"),
        (lambda cells: [*cells[:5], "190.0", *cells[6:]], "190.0"),
        (lambda cells: ["x1", *cells[1:]], "x1"),
        (lambda cells: [*cells[:14], "-3", *cells[15:]], "-3"),
    ],
)
def test_geonames_dump_malformed_row_names_file_line(tmp_path: Path, change, value: str) -> None:
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    lines[1] = "\t".join(change(lines[1].split("\t")))
    path = tmp_path / "LY.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerFormatError) as caught:
        load_geonames_dump(path)
    assert f"{path}:2" in str(caught.value)
    assert value in str(caught.value)


def test_overlay_replaces_a_far_place_is_an_error(tmp_path: Path) -> None:
    # Sirte's geonameid on a row placed in Benghazi: a wrong id, not a supplement
    row = "ov:wrong,Benghazi,city,32.11486,20.06859,LY,Benghazi,,test data,Benghazi,,,,gn:2210554"
    with pytest.raises(GazetteerFormatError, match=r":2: replaces a place \d+ km away"):
        load_gazetteer(overlay_path=write_overlay(tmp_path, row))
