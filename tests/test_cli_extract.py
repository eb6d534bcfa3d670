"""`libyamap extract`: the seed through the real reader, gazetteer and pipeline; bad files
reported on stderr with a summary and exit 1 while the good articles still come out."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from libyamap.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "000_3b233a5ed31ee4d8"
SEED_TXT = f"seeds/{SEED_ID}.txt"
SEED_TEXT = (ROOT / SEED_TXT).read_text(encoding="utf-8")
SIRTE = (31.2, 16.6)  # roughly; the gazetteer's point must be within 0.3 degrees


@pytest.fixture
def pipeline():
    import extractor.pipeline

    return extractor.pipeline


@pytest.fixture
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run_extract(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["extract", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- usage errors (no pipeline needed) -----------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        [SEED_TXT, "--format", "xml"],
        [SEED_TXT, "--max-bytes", "0"],
        [SEED_TXT, "--max-bytes", "5MB"],
    ],
    ids=["no path", "unknown format", "zero max bytes", "max bytes not a number"],
)
def test_usage_errors_exit_2(capsys, args):
    with pytest.raises(SystemExit) as caught:
        main(["extract", *args])
    assert caught.value.code == 2
    assert "usage: libyamap extract" in capsys.readouterr().err


# --- the seed ------------------------------------------------------------------------------


@pytest.mark.parametrize("given", ["seeds/", SEED_TXT])
def test_seed_jsonl(pipeline, in_root, capsys, given):
    code, out, err = run_extract(capsys, given, "--format", "jsonl")
    assert code == 0, err
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["path"] == SEED_TXT
    assert record["article_id"] == SEED_ID
    assert record["language"] == "fr"
    assert record["published"] == "2020-06-11"

    syrte = [place for place in record["places"] if place["mention"] == "Syrte"]
    expected_offsets = [(m.start(), m.end()) for m in re.finditer("Syrte", SEED_TEXT)]
    assert len(expected_offsets) == 7
    assert [(place["start"], place["end"]) for place in syrte] == expected_offsets
    for place in record["places"]:
        assert SEED_TEXT[place["start"] : place["end"]] == place["mention"]
        assert set(place) == {
            "mention",
            "start",
            "end",
            "place_id",
            "name",
            "lat",
            "lon",
            "kind",
            "country",
        }
    for place in syrte:
        assert place["country"] == "LY"
        assert abs(place["lat"] - SIRTE[0]) < 0.3 and abs(place["lon"] - SIRTE[1]) < 0.3

    assert record["events"]
    for event in record["events"]:
        assert event["article_id"] == SEED_ID
        assert SEED_TEXT[event["evidence_start"] : event["evidence_end"]] == event["evidence"]
        assert isinstance(event["more_evidence"], list)
        for key in ("event_date", "published", "period_start"):
            assert event[key] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", event[key])
    assert err.strip().endswith(f"1 article read, {len(record['events'])} events, 0 files failed")


def test_seed_csv_one_row_per_event(pipeline, in_root, capsys):
    code, out, err = run_extract(capsys, SEED_TXT, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert all(row["article_id"] == SEED_ID for row in rows)
    assert f"{len(rows)} events" in err


def test_seed_geojson_lon_first(pipeline, in_root, capsys):
    code, out, err = run_extract(capsys, SEED_TXT, "--format", "geojson")
    assert code == 0, err
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert features
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["properties"]["latitude"] == lat
        assert feature["properties"]["longitude"] == lon
    sirte = [f for f in features if abs(f["geometry"]["coordinates"][1] - SIRTE[0]) < 0.3]
    assert sirte and all(abs(f["geometry"]["coordinates"][0] - SIRTE[1]) < 0.3 for f in sirte)


# --- bad files beside good ones ------------------------------------------------------------

GOOD = "Les forces du GNA ont bombardé hier des positions à Syrte, selon un communiqué.\n"


def test_bad_files_reported_good_article_still_extracted(pipeline, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a_good.txt").write_text(GOOD, encoding="utf-8")
    Path("in/b_empty.txt").write_bytes(b"")
    Path("in/c_broken.json").write_text('{"text": "Syrte",\n}', encoding="utf-8")
    Path("in/d_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    Path("in/e_mixed.jsonl").write_text(
        json.dumps({"id": "good-line", "text": GOOD}) + "\n{oops\n", encoding="utf-8"
    )
    code, out, err = run_extract(capsys, "in", "missing.txt")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"], r["article_id"]) for r in records] == [
        ("in/a_good.txt", "a_good"),
        ("in/e_mixed.jsonl", "good-line"),
    ]
    assert any(p["mention"] == "Syrte" for p in records[0]["places"])
    lines = err.splitlines()
    assert "in/b_empty.txt: empty file" in err
    assert "in/c_broken.json:2: malformed JSON" in err
    assert "in/d_binary.txt: binary file" in err
    assert "in/e_mixed.jsonl:2: malformed JSON" in err
    assert "missing.txt: no such file or directory" in err
    events = sum(len(r["events"]) for r in records)
    assert lines[-1] == f"libyamap extract: 2 articles read, {events} events, 5 files failed"
    assert sorted(os.listdir(tmp_path)) == ["in"]  # nothing stored


def test_max_bytes_option(pipeline, in_root, capsys):
    code, out, err = run_extract(capsys, SEED_TXT, "--max-bytes", "100")
    assert code == 1
    assert out == ""
    size = (ROOT / SEED_TXT).stat().st_size
    assert f"{SEED_TXT}: file is {size} bytes, over the limit of 100 bytes" in err
    assert err.splitlines()[-1] == "libyamap extract: 0 articles read, 0 events, 1 file failed"


def test_installed_command_exit_status(pipeline, tmp_path):
    """The real entry point, in its own process: exit 1 with a bad file, the good one printed."""
    (tmp_path / "empty.md").write_bytes(b"")
    libyamap = Path(sys.executable).with_name("libyamap")
    result = subprocess.run(
        [str(libyamap), "extract", SEED_TXT, str(tmp_path / "empty.md")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["article_id"] == SEED_ID
    assert f"{tmp_path / 'empty.md'}: empty file" in result.stderr
    assert "1 article read" in result.stderr and "1 file failed" in result.stderr


def test_csv_with_no_events_still_has_its_header(pipeline, tmp_path, capsys):
    path = tmp_path / "calm.txt"
    path.write_text("Le marché de la ville a rouvert ce matin sous le soleil.", encoding="utf-8")
    code, out, err = run_extract(capsys, str(path), "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[0].startswith("event_id,article_id,event_type")
    assert len(out.splitlines()) == 1
    assert err.splitlines()[-1] == "libyamap extract: 1 article read, 0 events, 0 files failed"
