"""Gazetteer.find_places: word boundaries, offsets into the original text, ambiguity rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, PlaceMention, load_gazetteer

OVERLAY = Path(__file__).parent / "data" / "overlay_small.csv"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(overlay_path=OVERLAY)


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    mentions = gazetteer.find_places(text)
    for mention in mentions:
        assert isinstance(mention, PlaceMention)
        assert text[mention.start : mention.end] == mention.surface
    return [(mention.surface, mention.place.place_id) for mention in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRIPOLI (Reuters) - Clashes went on.", [("TRIPOLI", "gn:2210247")]),
        ("Les combats continuent à Syrte.", [("Syrte", "gn:2210554")]),
        ("les ministres d'Allemagne et d’Italie", [("Allemagne", "ov:germany")]),
        ("Libya's oil output fell.", [("Libya", "ov:libya")]),
        ("Libya’s east", [("Libya", "ov:libya")]),
        ("l'ouest de la Libye, où", [("Libye", "ov:libya")]),
        ("l'ambassade des Etats-Unis à Tripoli", [("Etats-Unis", "ov:united-states"),
                                                  ("Tripoli", "gn:2210247")]),
        ("Drones hit al-Watiya on Monday.", [("al-Watiya", "ov:watiya-air-base")]),
        ("near Al Watiya", [("Al Watiya", "ov:watiya-air-base")]),
        ("the Watiya base", [("Watiya", "ov:watiya-air-base")]),
        ("Sirte-Jufra line", [("Sirte", "gn:2210554"), ("Jufra", "ov:jufra-air-base")]),
        ("(Syrte)", [("Syrte", "gn:2210554")]),
        ("«Syrte»", [("Syrte", "gn:2210554")]),
        ("\"Syrte\",", [("Syrte", "gn:2210554")]),
    ],
)
def test_find_places_boundaries_and_offsets(gazetteer: Gazetteer, text: str, expected) -> None:
    assert found(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تقدمت القوات نحو سرت.", [("سرت", "gn:2210554")]),
        ("طرابلس وسرت", [("طرابلس", "gn:2210247"), ("سرت", "gn:2210554")]),
        ("من بنغازي", [("بنغازي", "gn:88319")]),
        ("وبنغازي", [("بنغازي", "gn:88319")]),
        ("في بالزاوية", [("الزاوية", "gn:2218970")]),
        ("قاعدة الوطية", [("الوطية", "ov:watiya-air-base")]),
        ("لمصراتة", [("مصراتة", "gn:2214846")]),
    ],
)
def test_find_places_arabic_with_attached_prefixes(gazetteer: Gazetteer, text: str, expected) -> None:
    assert found(gazetteer, text) == expected


def test_find_places_demonyms_are_not_places(gazetteer: Gazetteer) -> None:
    text = ("Les Libyens et les Américains; un Libyen, une Libyenne, des libyennes; "
            "Libyan forces and Libyans; الجيش الليبي والشعب ليبي")
    assert found(gazetteer, text) == []


def test_find_places_common_words_need_an_article(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "we feel fine") == []
    assert found(gazetteer, "the El Feel field") == [("El Feel", "ov:el-feel")]
    assert found(gazetteer, "told us so") == []
    assert found(gazetteer, "the US embassy") == [("US", "ov:united-states")]


def test_find_places_longest_match_first(gazetteer: Gazetteer) -> None:
    # "Sirte District" is one alias, longer than "Sirte"
    assert found(gazetteer, "in Sirte District today") == [("Sirte District", "ov:sirte-district")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sidra was shelled.", [("Sidra", "ov:sidra")]),
        ("the Jufra air base", [("Jufra", "ov:jufra-air-base")]),
        ("Watiya and Zawiya", [("Watiya", "ov:watiya-air-base"), ("Zawiya", "gn:2218970")]),
    ],
)
def test_find_places_no_fuzzy_confusion(gazetteer: Gazetteer, text: str, expected) -> None:
    assert found(gazetteer, text) == expected


def test_find_places_tripoli_is_libyan_by_default(gazetteer: Gazetteer) -> None:
    mentions = gazetteer.find_places("Fighting near Tripoli airport.")
    assert mentions[0].place.place_id == "gn:2210247"
    assert [p.place_id for p in mentions[0].candidates] == ["ov:tripoli-lebanon"]


@pytest.mark.parametrize(
    "text",
    ["A blast in Tripoli, in northern Lebanon.", "Une explosion à Tripoli, au Liban.",
     "انفجار في طرابلس شمال لبنان"],
)
def test_find_places_tripoli_of_lebanon_when_text_says_so(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find_places(text)[0].place.place_id == "ov:tripoli-lebanon"


@pytest.mark.parametrize(
    ("text", "expected_kind"),
    [
        ("la ville de Syrte", "city"),
        ("la région de Syrte", "district"),
        ("the district of Sirte", "district"),
        ("the Sirte region", "district"),
        ("Syrte et sa région", "city"),
        ("شعبية سرت", "district"),
        ("مدينة سرت", "city"),
    ],
)
def test_find_places_district_only_when_the_text_says_so(
    gazetteer: Gazetteer, text: str, expected_kind: str
) -> None:
    assert gazetteer.find_places(text)[0].place.kind == expected_kind


def test_find_places_foreign_places_are_marked(gazetteer: Gazetteer) -> None:
    text = "les ministres de France, d'Allemagne, réunis à Berlin"
    mentions = gazetteer.find_places(text)
    assert [(m.surface, m.place.is_foreign) for m in mentions] == [
        ("France", True), ("Allemagne", True), ("Berlin", True)
    ]


def test_find_places_empty_text(gazetteer: Gazetteer) -> None:
    assert gazetteer.find_places("") == []
    assert gazetteer.find_places("  ... ") == []


@pytest.mark.parametrize(
    "text",
    ["الرئيس الجديد", "مائة شخص", "المائة", "المنطقة الخضراء", "خمس سنوات", "we feel fine",
     "il sert à rien", "told us so", "Omar Mukhtar Street"],
)
def test_find_places_everyday_words_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert found(gazetteer, text) == []


def test_find_places_everyday_word_with_article_is_the_place(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "وصلت إلى الخمس") == [("الخمس", "gn:2219905")]
    assert gazetteer.lookup("الجديد")  # lookup still knows it


def test_find_places_names_in_latin_script_need_a_capital(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Berlin, not a berlin stroller") == [("Berlin", "ov:berlin")]
    assert found(gazetteer, "near al-Watiya") == [("al-Watiya", "ov:watiya-air-base")]
    # a text written all in lower case has no capitals to go by
    assert found(gazetteer, "combats à syrte") == [("syrte", "gn:2210554")]
