"""The real gazetteer (GeoNames file + gazetteer/data/overlay.csv) on the real seed article."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazetteer import PlaceMention, default_gazetteer

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3b233a5ed31ee4d8.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def mentions(text: str) -> list[PlaceMention]:
    return default_gazetteer().find_places(text)


def spans(text: str, word: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(rf"\b{word}\b", text)]


@pytest.mark.parametrize(("word", "count", "place_name"), [("Syrte", 7, "Sirte"),
                                                           ("Tripoli", 5, "Tripoli")])
def test_seed_every_occurrence_with_offsets(
    text: str, mentions: list[PlaceMention], word: str, count: int, place_name: str
) -> None:
    expected = spans(text, word)
    assert len(expected) == count
    got = [(m.start, m.end) for m in mentions if m.surface == word]
    assert got == expected
    for mention in mentions:
        if mention.surface == word:
            assert mention.place.name == place_name
            assert mention.place.country_code == "LY"
            assert mention.place.kind == "city"


def test_seed_mentions_are_ordered_and_do_not_overlap(mentions: list[PlaceMention]) -> None:
    ends = [m.end for m in mentions]
    starts = [m.start for m in mentions]
    assert all(end <= start for end, start in zip(ends, starts[1:]))


@pytest.mark.parametrize("word", ["Libyens", "Américains", "Haut", "libyen", "libyennes",
                                  "interlibyen", "Haftar", "Benamar"])
def test_seed_no_place_for_demonyms_and_other_words(
    text: str, mentions: list[PlaceMention], word: str
) -> None:
    assert spans(text, word)
    covered = {(m.start, m.end) for m in mentions}
    assert not covered & set(spans(text, word))
    assert not any(word in m.surface for m in mentions)


def test_seed_libye_is_the_country(text: str, mentions: list[PlaceMention]) -> None:
    libye = [m for m in mentions if m.surface == "Libye"]
    assert [(m.start, m.end) for m in libye] == spans(text, "Libye")
    assert len(libye) == 4
    assert all(m.place.kind == "country" and m.place.country_code == "LY" for m in libye)


@pytest.mark.parametrize(
    ("surface", "country_code"),
    [("France", "FR"), ("Allemagne", "DE"), ("Italie", "IT"), ("Etats-Unis", "US"),
     ("Turquie", "TR"), ("Berlin", "DE")],
)
def test_seed_foreign_places(
    text: str, mentions: list[PlaceMention], surface: str, country_code: str
) -> None:
    found = [m for m in mentions if m.surface == surface]
    assert [(m.start, m.end) for m in found] == spans(text, surface)
    assert found
    assert all(m.place.is_foreign and m.place.country_code == country_code for m in found)


def test_seed_places_are_exactly_these(mentions: list[PlaceMention]) -> None:
    assert sorted({m.surface for m in mentions}) == sorted(
        {"Syrte", "Tripoli", "Libye", "France", "Allemagne", "Italie", "Etats-Unis",
         "Turquie", "Berlin"}
    )


@pytest.mark.parametrize(
    ("name", "expected_id", "wrong_id"),
    [
        ("Sidra", "ov:sidra", "gn:2210554"),  # not Sirte
        ("Jufra", "ov:jufra-air-base", "gn:2210394"),  # not Tajura
        ("Watiya", "ov:watiya-air-base", "gn:2218970"),  # not Zawiya
        ("Watiya", "ov:watiya-air-base", "gn:2216885"),
    ],
)
def test_real_gazetteer_no_fuzzy_confusion(name: str, expected_id: str, wrong_id: str) -> None:
    gazetteer = default_gazetteer()
    ranked = [place.place_id for place in gazetteer.lookup(name)]
    assert ranked[0] == expected_id
    assert wrong_id not in ranked
    mentions = gazetteer.find_places(f"Les combats près de {name}.")
    assert [m.place.place_id for m in mentions] == [expected_id]


@pytest.mark.parametrize(
    ("text", "expected_id"),
    [
        ("la ville de Syrte", "gn:2210554"),
        ("la région de Syrte", "ov:sirte-district"),
        ("شعبية سرت", "ov:sirte-district"),
        ("Un attentat à Tripoli, au Liban", "ov:tripoli-lebanon"),
        ("Un attentat à Tripoli", "gn:2210247"),
    ],
)
def test_real_gazetteer_ambiguity_rules(text: str, expected_id: str) -> None:
    assert default_gazetteer().find_places(text)[0].place.place_id == expected_id
