"""scripts/build_geonames_ly.py: which GeoNames alternate names become aliases."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_geonames_ly.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_geonames_ly", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_keeps_latin_and_arabic_names(build) -> None:
    aliases = build.select_aliases(
        "Sirte",
        ["Sirte", "Syrte", "SRX", "srt", "su er te", "Сирт", "سرت", "شعبية سرت", "Sha‘bīyat Surt",
         "Ea", "Surt", "Syrte"],
    )
    assert aliases == [("Syrte", "other"), ("سرت", "ar"), ("Surt", "other")]


@pytest.mark.parametrize(("population", "kind"), [(106705, "city"), (5000, "town"), (600, "village")])
def test_build_kind_from_population(build, population: int, kind: str) -> None:
    assert build._kind_of(population) == kind


def test_built_file_is_the_libya_file() -> None:
    payload = json.loads((ROOT / "gazetteer" / "data" / "geonames_ly.json").read_text("utf-8"))
    places = payload["places"]
    assert payload["country_code"] == "LY"
    assert len(places) == 119
    assert {place["admin1"] for place in places} >= {"Sirte", "Tripoli", "Misrata", "Benghazi"}
    assert all(place["admin1"] for place in places)  # every code maps to a district name


def test_build_drops_title_abbreviations(build) -> None:
    # GeoNames lists "Hon" for Hūn; in English text it is "Hon. members"
    aliases = build.select_aliases("Hūn", ["Hon", "Hun", "Houn", "هون"])
    assert aliases == [("Hun", "other"), ("Houn", "other"), ("هون", "ar")]


def test_built_file_has_no_title_abbreviation() -> None:
    payload = json.loads((ROOT / "gazetteer" / "data" / "geonames_ly.json").read_text("utf-8"))
    names = {alias[0] for place in payload["places"] for alias in place["aliases"]}
    assert "Hon" not in names
