"""`libyamap places NAME [--json]` on the shipped gazetteer data."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from libyamap.cli import main

DUMP = Path(__file__).parent / "data" / "LY.txt"


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def run_places(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["places", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", ["Syrte", "Sirte", "سرت", "SYRTE"])
def test_places_json_gives_sirte(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out = run_places(capsys, name, "--json")
    assert code == 0
    first = json.loads(out)[0]
    assert first["name"] == "Sirte"
    assert first["kind"] == "city"
    assert first["country_code"] == "LY"
    assert first["source"].startswith("GeoNames")
    assert distance_km((first["latitude"], first["longitude"]), (31.2089, 16.5887)) < 2.0


def test_places_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_places(capsys, "Tripoli")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("Tripoli\t32.88743, 13.18733\tcity\tdistrict: Tripoli\tLY")
    assert "source: GeoNames 2210247" in first


def test_places_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_places(capsys, "Nowhere", "Land")
    assert code == 0
    assert out.strip() == "no place known as 'Nowhere Land'"
    code, out = run_places(capsys, "Nowhere", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_places_with_a_dump(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_places(capsys, "Ras Lanouf", "--json", "--dump", str(DUMP))
    assert code == 0
    assert json.loads(out)[0]["place_id"] == "gn:9900001"


def test_places_bad_dump_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "LY.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    assert main(["places", "Syrte", "--dump", str(bad)]) == 1
    assert f"{bad}:1" in capsys.readouterr().err


def test_places_console_script() -> None:
    script = Path(sys.executable).with_name("libyamap")
    result = subprocess.run([str(script), "places", "Syrte", "--json"], capture_output=True,
                            text=True, check=True, timeout=60)
    assert json.loads(result.stdout)[0]["name"] == "Sirte"
