"""How the press spells places -> the expected place, through the shipped gazetteer data.

The spellings are French, English and Arabic script as reports write them, with articles,
elisions and diacritics. They check the curated overlay (gazetteer/data/overlay.csv) together
with the GeoNames file, through the public API only.
"""
from __future__ import annotations

import csv
import math
import re

import pytest

from gazetteer import Gazetteer, default_gazetteer
from gazetteer.sources import OVERLAY_PATH, OverlayRow, load_overlay

LIBYA_BOX = ((19.5, 33.5), (9.3, 25.2))  # (lat range, lon range)
ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


SPELLINGS = [
    # Libya and the cities, with the press spellings the overlay attaches to GeoNames places
    ("Libya", "ov:libya"),
    ("Libye", "ov:libya"),
    ("Lībiyā", "ov:libya"),
    ("ليبيا", "ov:libya"),
    ("Syrte", "gn:2210554"),
    ("Sirte", "gn:2210554"),
    ("Surt", "gn:2210554"),
    ("Sirt", "gn:2210554"),
    ("سرت", "gn:2210554"),
    ("Misrata", "gn:2214846"),
    ("Misurata", "gn:2214846"),
    ("Misratah", "gn:2214846"),
    ("Misrate", "gn:2214846"),
    ("مصراتة", "gn:2214846"),
    ("مصراته", "gn:2214846"),
    ("Tarhouna", "gn:2210221"),
    ("Tarhuna", "gn:2210221"),
    ("Tarhunah", "gn:2210221"),
    ("ترهونة", "gn:2210221"),
    ("Benghazi", "gn:88319"),
    ("Bengazi", "gn:88319"),
    ("Benghasi", "gn:88319"),
    ("بنغازي", "gn:88319"),
    ("Zaouïa", "gn:2218970"),
    ("Zaouia", "gn:2218970"),
    ("Az Zawiyah", "gn:2218970"),
    ("Az-Zawiya", "gn:2218970"),
    ("الزاوية", "gn:2218970"),
    ("Sebha", "gn:2212775"),
    ("Sabha", "gn:2212775"),
    ("سبها", "gn:2212775"),
    ("Tobrouk", "gn:81302"),
    ("Tobruk", "gn:81302"),
    ("طبرق", "gn:81302"),
    ("Koufra", "gn:88962"),
    ("Kufra", "gn:88962"),
    ("الكفرة", "gn:88962"),
    ("Gharian", "gn:2217362"),
    ("Gharyan", "gn:2217362"),
    ("غريان", "gn:2217362"),
    ("Derna", "gn:87205"),
    ("Darnah", "gn:87205"),
    ("درنة", "gn:87205"),
    ("Tripoli", "gn:2210247"),
    ("TRIPOLI", "gn:2210247"),
    ("Tarabulus", "gn:2210247"),
    ("طرابلس", "gn:2210247"),
    ("Ajdabiya", "gn:89113"),
    ("Ajdabia", "gn:89113"),
    ("أجدابيا", "gn:89113"),
    ("Zliten", "gn:2208485"),
    ("Khoms", "gn:2219905"),
    ("Al-Khums", "gn:2219905"),
    ("Sabratha", "gn:2212771"),
    ("صبراتة", "gn:2212771"),
    ("Sorman", "gn:2210560"),
    ("Zouara", "gn:2208425"),
    ("Zuwara", "gn:2208425"),
    ("Bani Walid", "gn:2218840"),
    ("Beni Walid", "gn:2218840"),
    ("بني وليد", "gn:2218840"),
    ("Oubari", "gn:2219235"),
    ("Ubari", "gn:2219235"),
    ("Nalout", "gn:2214433"),
    ("Zintan", "gn:2218963"),
    ("الزنتان", "gn:2218963"),
    ("Yefren", "gn:2208791"),
    ("el-Brega", "gn:2215210"),
    ("Brega", "gn:2215210"),
    ("البريقة", "gn:2215210"),
    ("Al-Bayda", "gn:89055"),
    ("Beida", "gn:89055"),
    ("Al-Marj", "gn:88903"),
    ("Shahat", "gn:7602388"),
    ("Tajoura", "gn:2210394"),
    ("Tadjourah", "gn:2210394"),
    ("تاجوراء", "gn:2210394"),
    ("Ghadamès", "gn:2217440"),
    ("غدامس", "gn:2217440"),
    ("Mourzouq", "gn:2214603"),
    ("Murzuq", "gn:2214603"),
    ("Awjila", "gn:88533"),
    ("Janzour", "gn:2216349"),
    ("جنزور", "gn:2216349"),
    ("Qasr Ben Ghachir", "gn:2213618"),
    ("Qasr bin Ghashir", "gn:2213618"),
    ("قصر بن غشير", "gn:2213618"),
    ("Aziziya", "gn:2220139"),
    ("Garabulli", "gn:2213695"),
    ("Ben Jawad", "gn:2218562"),
    ("Houn", "gn:2216645"),
    ("Waddan", "gn:2209055"),
    ("Sokna", "gn:2210627"),
    ("Zueitina", "gn:88380"),
    ("Al Asabi'a", "gn:2220153"),
    # front-line places GeoNames' lists lack
    ("Ain Zara", "ov:ain-zara"),
    ("Aïn Zara", "ov:ain-zara"),
    ("عين زارة", "ov:ain-zara"),
    ("Salah Eddine", "ov:salah-al-din"),
    ("Salah al-Din", "ov:salah-al-din"),
    ("Abu Salim", "ov:abu-salim"),
    ("Abou Salim", "ov:abu-salim"),
    ("أبو سليم", "ov:abu-salim"),
    ("Wadi al-Rabie", "ov:wadi-al-rabie"),
    ("Tawergha", "ov:tawergha"),
    ("Tawarga", "ov:tawergha"),
    ("تاورغاء", "ov:tawergha"),
    ("Abu Grein", "ov:abu-qurayn"),
    ("Abu Qurayn", "ov:abu-qurayn"),
    ("Sidra", "ov:sidra"),
    ("As-Sidra", "ov:sidra"),
    ("السدرة", "ov:sidra"),
    ("Nofaliya", "ov:nofaliya"),
    ("Harawa", "ov:harawa"),
    ("Wishka", "ov:wishka"),
    ("Espiaa", "ov:espiaa"),
    ("Esbia", "ov:espiaa"),
    # facilities
    ("al-Watiya", "ov:watiya-air-base"),
    ("Al-Wattia", "ov:watiya-air-base"),
    ("Watiya", "ov:watiya-air-base"),
    ("Witya", "ov:watiya-air-base"),
    ("base aérienne d'al-Watiya", "ov:watiya-air-base"),
    ("الوطية", "ov:watiya-air-base"),
    ("قاعدة الوطية", "ov:watiya-air-base"),
    ("al-Jufra", "ov:jufra-air-base"),
    ("al-Joufra", "ov:jufra-air-base"),
    ("Jufra air base", "ov:jufra-air-base"),
    ("قاعدة الجفرة", "ov:jufra-air-base"),
    ("Mitiga", "ov:mitiga-airport"),
    ("aéroport de Mitiga", "ov:mitiga-airport"),
    ("معيتيقة", "ov:mitiga-airport"),
    ("Tripoli International Airport", "ov:tripoli-international-airport"),
    ("aéroport international de Tripoli", "ov:tripoli-international-airport"),
    ("مطار طرابلس الدولي", "ov:tripoli-international-airport"),
    ("Misrata air base", "ov:misrata-airport"),
    ("aéroport de Misrata", "ov:misrata-airport"),
    ("Benina", "ov:benina-airport"),
    ("Bénina", "ov:benina-airport"),
    ("مطار بنينا", "ov:benina-airport"),
    ("Es Sider", "ov:es-sider"),
    ("Es-Sider", "ov:es-sider"),
    ("ميناء السدرة", "ov:es-sider"),
    ("Ras Lanuf", "ov:ras-lanuf"),
    ("Ras Lanouf", "ov:ras-lanuf"),
    ("رأس لانوف", "ov:ras-lanuf"),
    ("راس لانوف", "ov:ras-lanuf"),
    ("Brega oil port", "ov:brega-oil-port"),
    ("Zueitina oil terminal", "ov:zueitina-oil-terminal"),
    ("Sharara", "ov:sharara-oil-field"),
    ("El Sharara", "ov:sharara-oil-field"),
    ("al-Charara", "ov:sharara-oil-field"),
    ("الشرارة", "ov:sharara-oil-field"),
    ("El Feel", "ov:el-feel"),
    ("Elephant field", "ov:el-feel"),
    ("حقل الفيل", "ov:el-feel"),
    ("Ras Ajdir", "ov:ras-ajdir"),
    ("Ras Jedir", "ov:ras-ajdir"),
    ("راس اجدير", "ov:ras-ajdir"),
    ("Ghardabiya", "ov:ghardabiya-air-base"),
    ("Gardabiya", "ov:ghardabiya-air-base"),
    ("القرضابية", "ov:ghardabiya-air-base"),
    ("Tamanhint", "ov:tamanhint-air-base"),
    ("Tamenhant", "ov:tamanhint-air-base"),
    ("تمنهنت", "ov:tamanhint-air-base"),
    ("al-Khadim", "ov:al-khadim-air-base"),
    ("Maaten al-Sarra", "ov:maaten-al-sarra-air-base"),
    ("معطن السارة", "ov:maaten-al-sarra-air-base"),
    ("Al Wigh", "ov:al-wigh-air-base"),
    ("raffinerie de Zaouïa", "ov:zawiya-refinery"),
    ("Hariga", "ov:hariga-oil-port"),
    ("Wazen", "gn:2208848"),
    ("Ajaylat", "gn:2219701"),
    ("العجيلات", "gn:2219701"),
    ("Qasr al-Akhyar", "gn:2213570"),
    ("قاعدة الخادم", "ov:al-khadim-air-base"),
    # regions and districts (named as districts)
    ("Tripolitaine", "ov:tripolitania"),
    ("Cyrénaïque", "ov:cyrenaica"),
    ("برقة", "ov:cyrenaica"),
    ("Fezzan", "ov:fezzan"),
    ("فزان", "ov:fezzan"),
    ("Sirte District", "ov:sirte-district"),
    ("district de Syrte", "ov:sirte-district"),
    ("شعبية سرت", "ov:sirte-district"),
    ("Misrata District", "ov:misrata-district"),
    ("شعبية مصراتة", "ov:misrata-district"),
    ("district de Zaouïa", "ov:zawiya-district"),
    ("Jufra District", "ov:jufra-district"),
    ("Al Butnan", "ov:butnan-district"),
    ("Jabal al Gharbi", "ov:jabal-al-gharbi-district"),
    ("Nuqat al Khams", "ov:nuqat-al-khams-district"),
    ("Wadi al Shatii District", "ov:wadi-al-shatii-district"),
    # foreign places
    ("Turquie", "ov:turkey"),
    ("Türkiye", "ov:turkey"),
    ("Turkey", "ov:turkey"),
    ("تركيا", "ov:turkey"),
    ("d'Allemagne", "ov:germany"),
    ("Allemagne", "ov:germany"),
    ("ألمانيا", "ov:germany"),
    ("l'Égypte", "ov:egypt"),
    ("Egypte", "ov:egypt"),
    ("مصر", "ov:egypt"),
    ("d'Italie", "ov:italy"),
    ("Italy", "ov:italy"),
    ("Etats-Unis", "ov:united-states"),
    ("États-Unis", "ov:united-states"),
    ("US", "ov:united-states"),
    ("الولايات المتحدة", "ov:united-states"),
    ("Emirats arabes unis", "ov:uae"),
    ("Émirats arabes unis", "ov:uae"),
    ("UAE", "ov:uae"),
    ("الإمارات", "ov:uae"),
    ("Russie", "ov:russia"),
    ("روسيا", "ov:russia"),
    ("Tunisie", "ov:tunisia"),
    ("تونس", "ov:tunisia"),
    ("Algérie", "ov:algeria"),
    ("Tchad", "ov:chad"),
    ("Soudan", "ov:sudan"),
    ("Niger", "ov:niger"),
    ("Royaume-Uni", "ov:united-kingdom"),
    ("Qatar", "ov:qatar"),
    ("Grèce", "ov:greece"),
    ("Malte", "ov:malta"),
    ("Le Caire", "ov:cairo"),
    ("القاهرة", "ov:cairo"),
    ("Ankara", "ov:ankara"),
    ("أنقرة", "ov:ankara"),
    ("Istanbul", "ov:istanbul"),
    ("Tunis", "ov:tunis"),
    ("Alger", "ov:algiers"),
    ("Berlin", "ov:berlin"),
    ("برلين", "ov:berlin"),
    ("Moscou", "ov:moscow"),
    ("Abou Dhabi", "ov:abu-dhabi"),
    ("أبوظبي", "ov:abu-dhabi"),
    ("Genève", "ov:geneva"),
    ("Geneva", "ov:geneva"),
    ("جنيف", "ov:geneva"),
    ("Paris", "ov:paris"),
    ("Rome", "ov:rome"),
    ("Bruxelles", "ov:brussels"),
    ("Washington", "ov:washington"),
    ("Palerme", "ov:palermo"),
    ("Skhirat", "ov:skhirat"),
    ("الصخيرات", "ov:skhirat"),
    ("Tripoli, Lebanon", "ov:tripoli-lebanon"),
    ("Tripoli du Liban", "ov:tripoli-lebanon"),
    ("Sousse", "ov:sousse"),
    ("Corinthia hotel", "ov:corinthia-hotel"),
    ("hôtel Corinthia", "ov:corinthia-hotel"),
    ("فندق كورنثيا", "ov:corinthia-hotel"),
    ("سوق الحوت", "ov:suq-al-hout"),
    # capitals whose governments speak of their nationals or host talks on Libya
    ("مانيلا", "ov:manila"),
    ("Manille", "ov:manila"),
    ("Brazzaville", "ov:brazzaville"),
    ("برازافيل", "ov:brazzaville"),
    ("كيغالي", "ov:kigali"),
    ("Lisbonne", "ov:lisbon"),
    # towns abroad on Libya's borders and routes, and capitals whose governments speak of Libya
    ("Salloum", "ov:salloum"),
    ("السلوم", "ov:salloum"),
    ("Marsa Matrouh", "ov:marsa-matruh"),
    ("Médenine", "ov:medenine"),
    ("مدنين", "ov:medenine"),
    ("Agadez", "ov:agadez"),
    ("أغاديز", "ov:agadez"),
    ("Faya-Largeau", "ov:faya-largeau"),
    ("Pretoria", "ov:pretoria"),
    ("نيروبي", "ov:nairobi"),
    ("Toulon", "ov:toulon"),
    ("Strasbourg", "ov:strasbourg"),
    ("الدار البيضاء", "ov:casablanca"),
    ("صنعاء", "ov:sanaa"),
    ("Mogadiscio", "ov:mogadishu"),
    # towns abroad where Libya's rivals met
    ("Bouznika", "ov:bouznika"),
    ("بوزنيقة", "ov:bouznika"),
    ("La Celle-Saint-Cloud", "ov:la-celle-saint-cloud"),
    ("Hurghada", "ov:hurghada"),
    ("الغردقة", "ov:hurghada"),
]


@pytest.mark.parametrize(("name", "place_id"), SPELLINGS)
def test_spelling_resolves_to_the_expected_place(
    gazetteer: Gazetteer, name: str, place_id: str
) -> None:
    candidates = gazetteer.lookup(name)
    assert candidates, f"{name!r} is unknown"
    assert candidates[0].place_id == gazetteer.get(place_id).place_id


def test_spellings_cover_enough_names() -> None:
    assert len(SPELLINGS) >= 90
    assert len({name for name, _ in SPELLINGS}) == len(SPELLINGS)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("name", "point", "tolerance_km"),
    [
        ("Syrte", (31.20892, 16.58866), 2),  # GeoNames 2210554
        ("Tripoli", (32.88743, 13.18733), 2),  # GeoNames 2210247
        ("Libye", (28.0, 17.0), 1),  # GeoNames 2215636
        ("al-Watiya", (32.4736, 11.8989), 2),
        ("al-Jufra", (29.1981, 16.0008), 2),
        ("Mitiga", (32.8941, 13.276), 2),
        ("Es Sider", (30.6333, 18.35), 2),
        ("Ras Lanouf", (30.5, 18.5667), 2),
        ("Le Caire", (30.06263, 31.24967), 2),
        ("Genève", (46.20222, 6.14569), 2),
        ("Skhirat", (33.8527, -7.03171), 2),
    ],
)
def test_spelling_lands_at_the_public_coordinates(
    gazetteer: Gazetteer, name: str, point: tuple[float, float], tolerance_km: float
) -> None:
    assert _km(gazetteer.lookup(name)[0].point, point) <= tolerance_km


@pytest.mark.parametrize(
    ("name", "wrong_id"),
    [
        ("Sidra", "gn:2210554"),  # not Sirte
        ("السدرة", "gn:2210554"),
        ("Jufra", "gn:2210394"),  # not Tajura
        ("al-Joufra", "gn:2210394"),
        ("الجفرة", "gn:2210394"),
        ("Watiya", "gn:2218970"),  # not Zawiya
        ("Watiya", "gn:2216885"),
        ("الوطية", "gn:2218970"),
        ("Sharara", "gn:2218970"),
        ("Tunis", "ov:tunisia"),  # the capital, not the country
        ("Alger", "ov:algeria"),
        ("Zueitina oil terminal", "gn:88380"),
    ],
)
def test_name_does_not_resolve_to_another_known_place(
    gazetteer: Gazetteer, name: str, wrong_id: str
) -> None:
    assert wrong_id not in [place.place_id for place in gazetteer.lookup(name)]


@pytest.mark.parametrize(
    "name",
    ["Libyens", "libyenne", "Libyan", "ليبي", "Américains",
     "Sirtex", "Misratas", "Zawiy", "Benghaz"],
)
def test_demonyms_and_near_misses_are_not_places(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == []


def test_tripoli_is_libyas_unless_lebanon_is_named(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Tripoli")[0].country_code == "LY"
    assert "LB" in [place.country_code for place in gazetteer.lookup("Tripoli")]
    assert gazetteer.lookup("Tripoli, Lebanon")[0].country_code == "LB"


def test_city_before_district_of_the_same_name(gazetteer: Gazetteer) -> None:
    for name in ("Syrte", "Misrata", "Zawiya", "Sabha", "Benghazi", "سرت"):
        ranked = gazetteer.lookup(name)
        assert ranked[0].kind == "city", name
        assert "district" in [place.kind for place in ranked], name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des drones turcs ont frappé la base d'al-Watiya.",
         [("al-Watiya", "ov:watiya-air-base")]),
        ("Clashes in Ain Zara and Abu Salim.",
         [("Ain Zara", "ov:ain-zara"), ("Abu Salim", "ov:abu-salim")]),
        ("le port pétrolier de Ras Lanouf", [("Ras Lanouf", "ov:ras-lanuf")]),
        ("قصفت قاعدة الوطية", [("الوطية", "ov:watiya-air-base")]),
        ("Ankara et Moscou", [("Ankara", "ov:ankara"), ("Moscou", "ov:moscow")]),
        ("la Libye et l'Égypte", [("Libye", "ov:libya"), ("Égypte", "ov:egypt")]),
    ],
)
def test_find_places_with_the_shipped_data(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.surface, m.place.place_id) for m in gazetteer.find_places(text)]
    for surface, place_id in expected:
        assert any(surface in got and got_id == place_id for got, got_id in found), (surface, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des tirs ont visé Bab al-Aziziya, puis la place des Martyrs à Tripoli ; à Gasr Ben "
         "Ghashir, le calme est revenu.",
         [("Bab al-Aziziya", "ov:bab-al-azizia"),
          ("place des Martyrs", "ov:martyrs-square-tripoli"),
          ("Tripoli", "gn:2210247"), ("Gasr Ben Ghashir", "gn:2213618")]),
        ("Gunmen clashed in Souq al-Juma'a overnight, a ship left the Port of Benghazi and "
         "residents fled Fuqaha.",
         [("Souq al-Juma'a", "ov:souq-al-jumaa"), ("Port of Benghazi", "ov:benghazi-port"),
          ("Fuqaha", "ov:fuqaha")]),
        ("تجمع المحتجون في ميدان الشهداء قرب باب العزيزية، وهاجم مسلحون بلدة الفقهاء، "
         "ورست سفينة في ميناء بنغازي.",
         [("ميدان الشهداء", "ov:martyrs-square-tripoli"), ("باب العزيزية", "ov:bab-al-azizia"),
          ("بلدة الفقهاء", "ov:fuqaha"), ("ميناء بنغازي", "ov:benghazi-port")]),
    ],
)
def test_find_places_landmarks_and_quarters_of_the_overlay(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.surface, m.place.place_id) for m in gazetteer.find_places(text)]
    assert found == [(surface, gazetteer.get(pid).place_id) for surface, pid in expected]
    # the longer name wins over the town inside it: Bab al-Aziziya is not Aziziya
    assert "gn:2220139" not in [place_id for _, place_id in found]
    # الفقهاء alone is the common noun "the jurists": only the town's qualified names match
    assert gazetteer.find_places("وأجمع الفقهاء على ذلك، كما قال أحد الفقهاء.") == []


# -- the overlay file itself ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def overlay_rows() -> list[OverlayRow]:
    return load_overlay(OVERLAY_PATH)


def test_overlay_size_and_content(overlay_rows: list[OverlayRow]) -> None:
    places = [row.place for row in overlay_rows]
    assert len(overlay_rows) >= 110
    kinds = [place.kind for place in places]
    assert kinds.count("district") == 22
    assert kinds.count("region") >= 3
    assert kinds.count("facility") >= 14
    assert sum(place.is_foreign for place in places) >= 30
    assert all(place.source for place in places)


def test_every_overlay_row_has_en_fr_ar_aliases() -> None:
    # read the columns as written: the loader merges an alias spelt the same in two languages
    with OVERLAY_PATH.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            for column in ("aliases_en", "aliases_fr", "aliases_ar"):
                assert row[column].strip(), f"line {line}: {row['place_id']} has no {column}"
            for name in row["aliases_ar"].split("|"):
                assert ARABIC.search(name), f"line {line}: {name!r} is not in Arabic script"
            for column in ("aliases_en", "aliases_fr", "aliases_translit"):
                for name in filter(None, row[column].split("|")):
                    assert not ARABIC.search(name), f"line {line}: {name!r} in {column}"


# foreign towns just across a border, inside the rectangle: Tunisia's Dehiba faces Wazin (Medenine
# is the governorate seat behind it), Egypt's Salloum faces Emsaed
FOREIGN_IN_BOX = frozenset({"ov:dehiba", "ov:ben-gardane", "ov:tataouine", "ov:remada", "ov:medenine", "ov:salloum"})


def test_libyan_overlay_places_lie_in_libya(overlay_rows: list[OverlayRow]) -> None:
    (lat_min, lat_max), (lon_min, lon_max) = LIBYA_BOX
    for row in overlay_rows:
        place = row.place
        inside = lat_min <= place.latitude <= lat_max and lon_min <= place.longitude <= lon_max
        assert inside == (not place.is_foreign or place.place_id in FOREIGN_IN_BOX), place.place_id


def test_overlay_supplements_keep_geonames_coordinates(
    gazetteer: Gazetteer, overlay_rows: list[OverlayRow]
) -> None:
    supplements = [row for row in overlay_rows if row.replaces]
    assert len(supplements) >= 25
    for row in supplements:
        base = gazetteer.get(row.replaces)
        assert _km(base.point, row.place.point) < 0.1, row.place.place_id
        assert gazetteer.get(row.place.place_id) is base


@pytest.mark.parametrize(("text", "place_id"), [
    # capitals and towns abroad where statements about Libya are made or its migrants land
    ("À Rabat, le ministère a condamné l'attaque.", "ov:rabat"),
    ("The ministry in Bucharest said so.", "ov:bucharest"),
    ("وقالت الخارجية في الرباط", "ov:rabat"),
    ("devant la Cour pénale internationale à La Haye", "ov:the-hague"),
    ("migrants landed on Lampedusa", "ov:lampedusa"),
    ("فر آلاف الليبيين إلى بن قردان", "ov:ben-gardane"),
    ("وفي بلغراد، أكد رئيس الوزراء الحادث", "ov:belgrade"),
    ("The ministers met in Amman on Monday.", "ov:amman"),
    ("The ship sailed from Odessa.", "ov:odesa"),
])
def test_places_abroad_named_in_the_coverage(gazetteer: Gazetteer, text: str, place_id: str) -> None:
    assert [m.place.place_id for m in gazetteer.find_places(text)] == [place_id]


@pytest.mark.parametrize(("text", "place_id"), [
    # small towns and sites the fighting reached, which GeoNames' populated places leave out
    ("Four Italians were abducted near the Mellitah complex.", "ov:mellitah-complex"),
    ("des manifestants occupent le complexe gazier de Mellitah", "ov:mellitah-complex"),
    ("Drones struck a convoy near Ash-Shwayrif.", "ov:ash-shwayrif"),
    ("قصفت طائرات مسيرة رتلا قرب القريات", "ov:al-qaryat"),
    ("Les affrontements ont éclaté à Chgueiga.", "ov:ash-shgeiga"),
    ("Rebels took Al-Qawalish on Wednesday.", "ov:al-qawalish"),
    ("سقطت صواريخ على مطار سبها", "ov:sabha-airport"),
    ("Un officier a été tué à Sidi Hussein.", "ov:sidi-hussein-benghazi"),
    ("DJERBA, Tunisia - Rebels took the crossing.", "ov:djerba"),
    # the districts and sites of Benghazi, Tripoli, Sirte and the coast the press names
    ("Clashes flared again in Ras Obeida overnight.", "ov:ras-obeida"),
    ("Two bombs went off outside a mosque in Salmani.", "ov:salmani"),
    ("اشتباكات عنيفة في محور سيدي فرج", "ov:sidi-faraj"),
    ("اغتيل ناشط في حي الفويهات", "ov:fuwayhat"),
    ("The bomber struck a checkpoint at Barsis.", "ov:barsis"),
    ("Des obus sont tombés à Zaouiet al-Dahmani.", "ov:zawiyat-al-dahmani"),
    ("اندلعت المواجهات في منطقة زاوية الدهماني", "ov:zawiyat-al-dahmani"),
    ("Les échanges de tirs ont eu lieu autour de Zaouiat al-Dahmani.", "ov:zawiyat-al-dahmani"),
    ("سمع دوي الرصاص في بن عاشور والظهرة", "ov:dahra"),
    ("Gunmen seized a man in Ben Ashour.", "ov:ben-ashour"),
    ("Les détenus de la prison d'Al-Rouaimi ont été libérés.", "ov:ruwaimi-prison"),
    ("The council landed at the Abu Sitta naval base.", "ov:abu-sitta-naval-base"),
    ("اقتحم مسلحون مخيم الفلاح للنازحين", "ov:al-fallah-camp"),
    ("هاجم مسلحون بوابة كعام", "ov:kaam"),
    ("Fighters of the Islamic State stormed the Mabruk oil field.", "ov:mabruk-oil-field"),
    ("The last IS fighters held out in Al-Jiza al-Bahriya.", "ov:jiza-bahriya"),
    ("احتجزت قوة بحرية سفينة قبالة رأس الهلال", "ov:ras-al-hilal"),
    ("Les combats ont repris à Harcha, près de Zaouïa.", "gn:2219994"),
    ("Smugglers were arrested in al-Jmail.", "gn:2219936"),
    ("Des jihadistes ont attaqué Tazerbou.", "gn:12687306"),
    ("Haftar spoke from his headquarters in Rajma.", "ov:rajma"),
    ("NATO aircraft struck Majer, south of Zliten.", "ov:majer"),
    ("Fighting raged in Dahr al-Hamar.", "ov:dahr-al-hamar"),
    ("Tebu homes in Qadarfai were shelled.", "ov:qadarfai"),
    ("The coastguard seized a boat off Abu Kammash.", "ov:abu-kammash"),
    ("Rebels fell back to El Agheila.", "ov:al-uqaylah"),
    ("فر أكثر من ألف سجين من سجن الكويفية", "ov:kuwaifiya"),
    ("Des jihadistes ont attaqué le champ pétrolier d'al-Ghani.", "ov:ghani-oil-field"),
    ("Loyalist rockets hit Rayayna.", "gn:2219471"),
    ("Des obus sont tombés près de Qasr Ben Ghechir.", "gn:2213618"),
    ("Fighters from Kikla and Rujban joined the attack.", "gn:2219463"),
    ("Un militant a été enlevé près d'Oum al-Araneb.", "gn:2209662"),
    ("قصفت الطائرات قاعدة بنينة الجوية", "ov:benina-airport"),
    ("تتعرض بلدات جبل نفوسة للقصف", "ov:jabal-al-gharbi-district"),
    ("دارت اشتباكات في منطقة الظهر الأحمر", "ov:dahr-al-hamar"),
])
def test_small_places_of_the_war(gazetteer: Gazetteer, text: str, place_id: str) -> None:
    assert place_id in [m.place.place_id for m in gazetteer.find_places(text)]


def test_names_that_are_also_words_or_people_are_no_small_place():
    # عمان is Oman as often as Amman; Mabrouk is a first name; القلعة is any citadel
    found = [m.place.place_id for m in default_gazetteer().find_places(
        "وصل وفد من عمان. Mabrouk Sahban spoke. زار القلعة")]
    assert not {"ov:amman", "ov:mabruk-oil-field", "ov:al-qalaa"} & set(found)


def test_the_sister_country_is_no_town():
    # "الشقيقة" alone is "the sister (country)"; the town is named with its kind
    assert "ov:ash-shgeiga" not in [m.place.place_id for m in default_gazetteer().find_places("تونس الشقيقة")]
    assert "ov:ash-shgeiga" not in [m.place.place_id for m in default_gazetteer().find_places("الدولة الشقيقة")]
