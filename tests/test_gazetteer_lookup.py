"""Gazetteer.lookup and get: ranked candidates from the real GeoNames file and a test overlay."""
from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Alias, Gazetteer, Place, default_gazetteer, load_gazetteer

OVERLAY = Path(__file__).parent / "data" / "overlay_small.csv"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(overlay_path=OVERLAY)


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Syrte", "gn:2210554"),
        ("Sirte", "gn:2210554"),
        ("Surt", "gn:2210554"),
        ("سرت", "gn:2210554"),
        ("Tripoli", "gn:2210247"),
        ("TRIPOLI", "gn:2210247"),
        ("طرابلس", "gn:2210247"),
        ("Ţarābulus", "gn:2210247"),
        ("Misrata", "gn:2214846"),
        ("Misurata", "gn:2214846"),
        ("مصراتة", "gn:2214846"),
        ("Benghazi", "gn:88319"),
        ("بنغازي", "gn:88319"),
        ("Tobruk", "gn:81302"),
        ("Sebha", "gn:2212775"),
        ("Tarhuna", "gn:2210221"),
        ("Tajoura", "gn:2210394"),  # added by the overlay's `replaces` row
        ("Tadjourah", "gn:2210394"),
        ("al-Watiya", "ov:watiya-air-base"),
        ("Al-Wattia", "ov:watiya-air-base"),
        ("الوطية", "ov:watiya-air-base"),
        ("Libye", "ov:libya"),
        ("ليبيا", "ov:libya"),
        ("d'Allemagne", "ov:germany"),
        ("وسرت", "gn:2210554"),  # bare prefix و
        ("بسرت", "gn:2210554"),  # bare prefix ب
    ],
)
def test_lookup_spellings(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    assert gazetteer.lookup(name)[0].place_id == place_id


@pytest.mark.parametrize("name", ["", "   ", "Nowhere-on-Earth", "Libyens", "libyenne", "Libyan",
                                  "Libyans", "ليبي", "ليبية", "Américains"])
def test_lookup_unknown_or_demonym_is_empty(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == []


@pytest.mark.parametrize(
    ("name", "wrong_id"),
    [("Sidra", "gn:2210554"), ("Jufra", "gn:2210394"), ("Watiya", "gn:2218970"),
     ("Watiya", "gn:2216885")],
)
def test_lookup_no_fuzzy_match_to_another_place(gazetteer: Gazetteer, name: str, wrong_id: str) -> None:
    assert wrong_id not in [place.place_id for place in gazetteer.lookup(name)]


@pytest.mark.parametrize("name", ["Sidra", "Jufra", "Watiya"])
def test_lookup_no_fuzzy_match_without_overlay(name: str) -> None:
    # GeoNames alone does not know these names: no near spelling may stand in for them
    bare = load_gazetteer(overlay_path=Path(__file__).parent / "data" / "overlay_empty.csv")
    assert bare.lookup(name) == []


def test_lookup_libyan_before_foreign(gazetteer: Gazetteer) -> None:
    ranked = gazetteer.lookup("Tripoli")
    assert [p.country_code for p in ranked] == ["LY", "LB"]


def test_lookup_tripoli_of_lebanon_when_named(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Tripoli, Lebanon")[0].place_id == "ov:tripoli-lebanon"
    assert gazetteer.lookup("Tripoli du Liban")[0].place_id == "ov:tripoli-lebanon"


def test_lookup_city_before_district_of_the_same_name(gazetteer: Gazetteer) -> None:
    assert [p.kind for p in gazetteer.lookup("Syrte")] == ["city", "district"]
    assert gazetteer.lookup("Misrata")[0].kind == "city"


@pytest.mark.parametrize("name", ["région de Syrte", "Sirte district", "district of Sirte",
                                  "شعبية سرت"])
def test_lookup_district_when_named(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name)[0].place_id == "ov:sirte-district"


def test_lookup_population_breaks_ties(gazetteer: Gazetteer) -> None:
    # GeoNames lists Zawiya twice; the larger record comes first
    ranked = gazetteer.lookup("Zawiya")
    assert len(ranked) == 2
    assert ranked[0].population >= ranked[1].population


def test_get_place_and_overlay_redirect(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("gn:2210554").name == "Sirte"
    assert gazetteer.get("ov:sirte").place_id == "gn:2210554"  # the row that supplements it
    with pytest.raises(KeyError):
        gazetteer.get("gn:0")


def test_places_are_places(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.places) >= 119
    assert all(isinstance(place, Place) for place in gazetteer.places)
    assert gazetteer.get("ov:berlin").is_foreign


def test_overlay_replaces_keeps_geonames_coordinates(gazetteer: Gazetteer) -> None:
    sirte = gazetteer.get("gn:2210554")
    assert (round(sirte.latitude, 3), round(sirte.longitude, 3)) == (31.209, 16.589)
    assert {"Syrte", "سرت"} <= {alias.name for alias in sirte.aliases}


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("la Libye", "ov:libya"),
        ("LA LIBYE", "ov:libya"),
        ("l'Allemagne", "ov:germany"),
        ("les Etats-Unis", "ov:united-states"),
        ("the United States", "ov:united-states"),
        ("le Liban", "ov:lebanon"),
        ("la région de Syrte", "ov:sirte-district"),
    ],
)
def test_lookup_drops_a_leading_article(gazetteer: Gazetteer, name: str, place_id: str) -> None:
    assert gazetteer.lookup(name)[0].place_id == place_id


def test_lookup_article_alone_or_part_of_the_name() -> None:
    real = default_gazetteer()
    assert real.lookup("la") == []
    assert real.lookup("les") == []
    assert real.lookup("Le Caire")[0].place_id == "ov:cairo"  # the article belongs to the name


@pytest.mark.parametrize(
    ("place_id", "name", "geonames_name"),
    [
        ("gn:88962", "Kufra", "Al Jawf"),
        ("gn:2218970", "Zawiya", "Az Zāwīyah"),
        ("gn:2215210", "Brega", "Al Burayqah"),
        ("gn:2210394", "Tajoura", "Tājūrā’"),
    ],
)
def test_supplemented_place_takes_the_overlay_name(place_id: str, name: str, geonames_name: str) -> None:
    place = default_gazetteer().get(place_id)
    assert place.name == name
    assert geonames_name in {alias.name for alias in place.aliases}  # still an alias
    assert default_gazetteer().lookup(geonames_name)[0].place_id == place_id


def test_supplemented_place_name_from_the_test_overlay(gazetteer: Gazetteer) -> None:
    tajura = gazetteer.get("gn:2210394")
    assert tajura.name == "Tajura"  # the overlay row's name, not GeoNames' Tājūrā’
    assert tajura.place_id == "gn:2210394"
    assert gazetteer.lookup("Tājūrā’")[0] == tajura


def test_alias_kept_once_per_language(gazetteer: Gazetteer) -> None:
    # the test overlay spells Misrata alike in English and French
    aliases = gazetteer.get("ov:misrata-district").aliases
    assert Alias("Misrata", "en") in aliases
    assert Alias("Misrata", "fr") in aliases
    assert len(aliases) == len(set(aliases))
