"""The hand-made test corpus (tests/data/) is well formed, and the real extractor meets the floors
measured on it with benchmarks/quality.py."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from events.model import EVENT_TYPES, FACTIONS, TIME_PRECISIONS

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
EXPECTED = ROOT / "tests" / "data" / "expected"
TEXTS = sorted(ARTICLES.glob("*.txt"))
STEM = re.compile(r"^\d{3,4}_[a-z0-9_]+$")

# Regression floors, a little under what benchmarks/quality.py measures on this corpus. The
# corpus holds 3897 articles, most of them written later by analysts who had not seen the rules,
# which are harder; each batch lowered the figures before rules were added for what it showed.
# The last hundred and forty-seven batches were kept apart until scored (faction R at the code of their session's
# start: 650-673 0.47, 674-697 0.49, 726-749 0.40, 750-773 0.52, 774-797 0.46, 221-244 0.52,
# 245-268 0.53, 123-146 0.48, 147-170 0.69, 171-194 0.53, 269-292 0.57, 310-333 0.48, 334-357 0.65,
# 358-381 0.49, 416-439 0.56, 440-463 0.32, 464-487 0.46, 1001-1024 0.63, 1025-1048 0.39,
# 1049-1072 0.62, 1073-1096 0.62, 1097-1120 0.64, 1121-1144 0.55, 1145-1168 0.53, 1169-1192 0.58,
# 1193-1216 0.46, 1217-1240 0.47, 1241-1264 0.57, 1265-1288 0.50, 1289-1312 0.64, 1313-1336 0.65,
# 1385-1408 0.63, 1409-1432 0.60, 1433-1456 0.44, 1457-1480 0.73, 1337-1360 0.53, 1361-1384 0.53,
# 1481-1504 0.52, 1505-1528 0.55, 1529-1552 0.52, 1553-1576 0.60, 1577-1600 0.58, 1601-1624 0.44,
# 1625-1648 0.52, 1649-1672 0.42, 1673-1696 0.58, 1697-1720 0.55, 1721-1744 0.66, 1745-1768 0.53,
# 1769-1792 0.45, 1793-1816 0.57, 1817-1840 0.60, 1841-1864 0.56, 1865-1888 0.52, 1889-1912 0.59, 1913-1936 0.63, 1937-1960 0.64,
# 1961-1984 0.62, 1985-2008 0.65, 2009-2032 0.58, 2033-2056 0.66, 2057-2080 0.62, 2081-2104 0.60,
# 2105-2128 0.62, 2129-2152 0.61, 2153-2176 0.73, 2177-2200 0.60, 2201-2224 0.76, 2225-2248 0.61,
# 2249-2272 0.51, 2273-2296 0.62, 2297-2320 0.64, 2321-2344 0.52, 2345-2368 0.69, 2369-2392 0.57, 2393-2416 0.60,
# 2417-2440 0.72, 2441-2464 0.55, 2465-2488 0.53,
# 2489-2512 0.62, 2513-2536 0.69, 2537-2560 0.64, 2561-2584 0.73, 2585-2608 0.58, 2609-2632 0.63,
# 2633-2656 0.68, 2657-2680 0.70, 2681-2704 0.56, 2705-2728 0.53, 2729-2752 0.60, 2753-2776 0.74,
# 2777-2800 0.59, 2801-2824 0.57, 2825-2848 0.60, 2849-2872 0.55, 2873-2896 0.55, 2897-2920 0.53,
# 2921-2944 0.41, 2945-2968 0.47, 2969-2992 0.42, 2993-3016 0.52, 3017-3040 0.72, 3041-3064 0.56,
# 3065-3088 0.57, 3089-3112 0.45, 3113-3136 0.68, 3137-3160 0.49, 3161-3184 0.68, 3185-3208 0.71,
# 3209-3232 0.59, 3233-3256 0.41, 3257-3280 0.55, 3281-3304 0.59, 3305-3328 0.51, 3329-3352 0.57,
# 3353-3376 0.52, 3377-3400 0.68, 3401-3424 0.49, 3425-3448 0.59, 3449-3472 0.51, 3473-3496 0.54,
# 3497-3520 0.52, 3521-3544 0.39, 3545-3568 0.53, 3569-3592 0.58, 3593-3616 0.49, 3617-3640 0.47,
# 3641-3664 0.44, 3665-3688 0.49, 3689-3712 0.51, 3713-3736 0.59, 3737-3760 0.44, 3761-3784 0.59,
# 3785-3808 0.64, 3809-3832 0.53, 3833-3856 0.68, 3857-3880 0.65, 3881-3904 0.61, 3905-3928 0.57,
# 3929-3952 0.46, 3953-3976 0.57, 3977-4000 0.73, 4001-4024 0.68, 4025-4048 0.68, 4049-4072 0.53,
# 4073-4096 0.48, 4097-4120 0.55).
# The side model (extractor/learned_sides.py) is trained on this corpus, so its faction figures
# here are on its training data (`scripts/train_sides.py --cross-validate 5` prints them on articles
# it was not trained on: 0.661). On 2026-12-06 (the twenty-fourth session's end, with 3897 articles)
# the whole corpus gave place mentions P 0.997 R 0.985; event type P 0.844 R 0.816; event place R 0.750;
# date R 0.752; faction R 0.665. The targets (factions >= 90%) are printed by the benchmark, not
# asserted here; these floors catch a change that breaks what works.
FLOORS = {
    ("place mentions", "recall"): 0.95,
    ("place mentions", "precision"): 0.95,
    ("event type", "recall"): 0.78,
    ("event type", "precision"): 0.83,
    ("event place", "recall"): 0.70,
    ("date", "recall"): 0.72,
    ("faction", "recall"): 0.61,
}
LIBYA = (28.0, 17.0)  # the gazetteer's point for the country (overlay.csv, ov:libya)
LANGUAGE_FLOORS = {("place mentions", "recall"): 0.9, ("event type", "recall"): 0.75}


def _quality_module():
    """benchmarks/quality.py is a script, not an installed package: load it from its file."""
    spec = importlib.util.spec_from_file_location("libyamap_quality", ROOT / "benchmarks" / "quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _meta(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))


def _expected(path: Path) -> dict:
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))


def test_corpus_size_and_languages():
    languages = [_meta(path)["language"] for path in TEXTS]
    assert len(TEXTS) >= 40
    assert languages.count("ar") >= 6
    assert languages.count("fr") >= 18
    assert languages.count("en") >= 18
    assert set(languages) <= {"fr", "en", "ar"}


def test_corpus_every_expected_file_has_its_article():
    stems = {path.stem for path in TEXTS}
    assert {path.stem for path in EXPECTED.glob("*.json")} == stems
    assert {path.name.removesuffix(".meta.json") for path in ARTICLES.glob("*.meta.json")} == stems


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_corpus_article_metadata(path):
    meta = _meta(path)
    assert STEM.match(path.stem)
    assert meta["id"] == path.stem
    assert meta["source"] == "libyamap test corpus"
    assert meta["url"] == ""
    published = date.fromisoformat(meta["published"])
    assert date(2011, 1, 1) <= published <= date(2024, 12, 31)  # the war and its aftermath (Derna's flood trials 2024)
    assert 60 <= len(_text(path).split()) <= 320  # a wire story to a short analysis


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_corpus_place_offsets(path):
    text = _text(path)
    places = _expected(path)["places"]
    assert places, "every article names at least one place"
    for place in places:
        assert text[place["start"] : place["end"]] == place["mention"]
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert re.fullmatch(r"[A-Z]{2}", place["country"])
    spans = sorted((p["start"], p["end"]) for p in places)
    assert all(end <= start for (_, end), (start, _) in zip(spans, spans[1:])), "overlapping mentions"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_corpus_expected_events(path):
    expected = _expected(path)
    # an event is at a place the article names, or at Libya as a whole (a statement placed
    # nowhere more precise, docs/ANNOTATION.md)
    names = {"Libya": LIBYA, **{p["name"]: (p["lat"], p["lon"]) for p in expected["places"]}}
    published = date.fromisoformat(_meta(path)["published"])
    for event in expected["events"]:
        assert event["sub_event_type"] in EVENT_TYPES[event["event_type"]]
        assert names[event["place_name"]] == (event["lat"], event["lon"])
        assert event["time_precision"] in TIME_PRECISIONS
        if event["event_date"] is not None:
            assert date.fromisoformat(event["event_date"]) <= published
        for faction in (event["faction1"], event["faction2"]):
            assert faction == "" or faction in FACTIONS


def test_corpus_has_non_event_articles_and_spelling_variants():
    texts = " ".join(_text(path) for path in TEXTS)
    assert any(not _expected(path)["events"] for path in TEXTS)
    variants = ("Misurata", "Syrte", "Zaouïa", "al-Wattia", "\u202f000", "hier", "yesterday", "أمس")
    for variant in variants:
        assert variant in texts


def test_quality_scoring_of_a_perfect_answer():
    """The benchmark's own scoring gives 100% when the found places equal the expected ones."""
    from gazetteer import Place, PlaceMention

    quality = _quality_module()
    expected = _expected(TEXTS[0])
    found = [
        PlaceMention(
            p["start"], p["end"], p["mention"],
            Place("t:" + p["name"], p["name"], p["lat"], p["lon"], "city", p["country"]),
        )
        for p in expected["places"]
    ]
    score = quality.ArticleScore("x", "en")
    quality.score_places(found, expected["places"], score)
    counts = score.counts["place mentions"]
    assert (counts.precision, counts.recall) == (1.0, 1.0)
    assert score.misses == []


def test_quality_counts_stated_and_inferred_sides_apart():
    """The benchmark tells how often a side the text states and a side the model inferred are right."""
    from events.model import Event

    quality = _quality_module()
    expected = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                "place_name": "Sirte", "lat": 31.2089, "lon": 16.5887, "event_date": "2020-05-18",
                "time_precision": 1, "faction1": "lna", "faction2": "gna"}
    found = Event(event_id="ev-1", article_id="x", event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", evidence="", evidence_start=0, evidence_end=0,
                  event_date=date(2020, 5, 18), time_precision=1, latitude=31.2089, longitude=16.5887,
                  faction1="lna", faction2="civilians", inferred_factions="civilians")
    score = quality.ArticleScore("x", "en")
    quality.score_events([found], [expected], score)
    assert score.sides == {"stated": [1, 1], "inferred": [0, 1]}
    assert quality.format_sides([score]) == (
        "sides of the paired events: stated by the text 1 (100.0% right), inferred by the side model 1 (0.0% right)")


def test_article_numbers_of_three_and_four_digits():
    """--range and train_sides.py --skip-range select by the number an id starts with, of any width."""
    quality = _quality_module()
    assert quality.article_number("801_misrata_port_pilonne_2011") == 801
    assert quality.article_number("1017_tarhuna_charnier_2020") == 1017


@pytest.fixture(scope="module")
def quality_table():
    quality = _quality_module()
    scores = quality.evaluate(quality.load_corpus())
    return quality.totals(scores)


@pytest.mark.parametrize(("metric", "measure"), sorted(FLOORS))
def test_extractor_corpus_meets_floor(quality_table, metric, measure):
    counts = quality_table["all"][metric]
    assert getattr(counts, measure) >= FLOORS[(metric, measure)], (metric, measure, counts)


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
@pytest.mark.parametrize(("metric", "measure"), sorted(LANGUAGE_FLOORS))
def test_extractor_corpus_meets_floor_per_language(quality_table, language, metric, measure):
    counts = quality_table[language][metric]
    assert getattr(counts, measure) >= LANGUAGE_FLOORS[(metric, measure)], (language, metric, counts)


def test_agreement_of_an_annotation_with_itself_is_total():
    quality = _quality_module()
    articles = quality.load_corpus(quality.HELDOUT_DIR / "articles")
    expected_dir = quality.HELDOUT_DIR / "expected"
    table = quality.totals(quality.agreement(articles, expected_dir, expected_dir=expected_dir))
    for metric in ("event type", "event place", "date", "faction"):
        counts = table["all"][metric]
        assert (counts.precision, counts.recall) == (1.0, 1.0) and counts.expected > 40


def test_second_annotation_is_of_heldout_articles():
    quality = _quality_module()
    first = {p.name for p in (quality.HELDOUT_DIR / "expected").glob("*.json")}
    second = {p.name for p in (quality.HELDOUT_DIR / "expected_second").glob("*.json")}
    assert len(second) == 25 and second <= first
