"""ACLED and UCDP GED imports: validated whole, refused with line and column, kept apart."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from events.imports import ImportFormatError, read_acled_csv, read_ucdp_csv
from events.model import EventFilter
from events.store import Store

DATA = Path(__file__).parent / "data" / "imports"


def test_acled_import_is_stored_as_its_own_origin(tmp_path):
    with Store.open(tmp_path / "i.duckdb") as store:
        assert store.import_acled_csv(DATA / "acled_small.csv") == 3
        assert store.import_acled_csv(DATA / "acled_small.csv") == 3  # again: replaced, not doubled
        frame = store.query_events(EventFilter(origins=("acled",)))
        assert len(frame) == 3 and set(frame["source"]) == {"ACLED"}
        strike = store.get_event("acled:LBY9002")
    assert (strike.faction1, strike.faction2, strike.fatalities) == ("lna", "civilians", 2)
    assert (strike.latitude, strike.longitude, strike.geo_precision) == (31.2089, 16.5887, 2)
    assert read_acled_csv(DATA / "acled_small.csv")[2].event_date == date(2020, 6, 9)


def test_ucdp_import(tmp_path):
    with Store.open(tmp_path / "i.duckdb") as store:
        assert store.import_ucdp_csv(DATA / "ucdp_small.csv") == 2
        assert store.count_events(EventFilter(origins=("ucdp",))) == 2
    one_sided = read_ucdp_csv(DATA / "ucdp_small.csv")[1]
    assert (one_sided.event_type, one_sided.faction1, one_sided.faction2) == (
        "Violence against civilians", "jihadist", "civilians")
    assert (one_sided.period_start, one_sided.time_precision, one_sided.fatalities) == (
        date(2020, 5, 1), 2, 4)


@pytest.mark.parametrize("name, reader, line, column", [
    ("acled_bad_latitude.csv", read_acled_csv, 3, "latitude"),
    ("ucdp_bad_type.csv", read_ucdp_csv, 3, "type_of_violence"),
])
def test_bad_files_name_line_and_column(name, reader, line, column):
    with pytest.raises(ImportFormatError) as caught:
        reader(DATA / name)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert f"{name}, line {line}, column {column}" in str(caught.value)


@pytest.mark.parametrize("edit, column", [
    (lambda text: text.replace("event_type,", "kind,", 1), "event_type"),
    (lambda text: text.replace("Battles,Government regains", "Battles,Picnic", 1), "sub_event_type"),
    (lambda text: text.replace("2020-06-07", "2020-13-07", 1), "event_date"),
    (lambda text: text.replace(",1591401600", ",1591401600,extra", 1), "-"),
])
def test_malformed_acled_file_stores_nothing(tmp_path, edit, column):
    bad = tmp_path / "bad.csv"
    bad.write_text(edit((DATA / "acled_small.csv").read_text(encoding="utf-8")), encoding="utf-8")
    with Store.open(tmp_path / "i.duckdb") as store:
        with pytest.raises(ImportFormatError) as caught:
            store.import_acled_csv(bad)
        assert caught.value.column == column
        assert store.count_events(EventFilter(include_rejected=True)) == 0


def test_import_command(tmp_path):
    db = tmp_path / "cli.duckdb"
    shutil.copy(DATA / "acled_bad_latitude.csv", tmp_path / "bad.csv")
    ok = subprocess.run([sys.executable, "-m", "libyamap.cli", "import", "--format", "ucdp",
                         str(DATA / "ucdp_small.csv"), "--db", str(db)], capture_output=True, text=True)
    assert ok.returncode == 0 and "2 ucdp events" in ok.stderr
    bad = subprocess.run([sys.executable, "-m", "libyamap.cli", "import", "--format", "acled",
                          str(tmp_path / "bad.csv"), "--db", str(db)], capture_output=True, text=True)
    assert bad.returncode == 2 and "bad.csv, line 3, column latitude" in bad.stderr
    with Store.open(db, read_only=True) as store:
        assert store.count_events(EventFilter()) == 2


def test_imported_rows_abroad_keep_their_country_code(tmp_path):
    # regression: every country but Libya got an empty code, which the map reads as Libya
    rows = (DATA / "acled_small.csv").read_text(encoding="utf-8").splitlines()
    header, first = rows[0], rows[1]
    abroad = first.replace("LBY9001", "TUN9001").replace(",Libya,", ",Tunisia,")
    unknown = first.replace("LBY9001", "XXX9001").replace(",Libya,", ",Atlantis,")
    path = tmp_path / "acled_abroad.csv"
    path.write_text("\n".join([header, first, abroad, unknown]) + "\n", encoding="utf-8")
    codes = {event.event_id: event.country_code for event in read_acled_csv(path)}
    assert codes == {"acled:LBY9001": "LY", "acled:TUN9001": "TN", "acled:XXX9001": "ZZ"}
