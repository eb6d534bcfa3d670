"""The whole extractor on short texts written for these tests (English, Arabic, French)."""
from __future__ import annotations

from datetime import date

import pytest

from events.model import Article
from extractor.pipeline import Extraction, extract, extract_text

PUBLISHED = date(2020, 6, 11)  # a Thursday

ENGLISH = (
    "Forces loyal to Haftar shelled the Abu Salim district of Tripoli on Tuesday night, "
    "killing at least five civilians, according to local medics. "
    "Diplomats fear fresh clashes around the oil terminals."
)
ARABIC = (
    "قصفت قوات حفتر أمس مدينة مصراتة بالصواريخ ما أدى إلى مقتل ثلاثة مدنيين. "
    "ودعت البعثة الأممية إلى وقف إطلاق النار."
)


def test_english_shelling_located_dated_attributed():
    result = extract_text(ENGLISH, published=PUBLISHED, language="en")
    assert isinstance(result, Extraction)
    (event,) = result.events
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert event.location == "Abu Salim" and event.geo_precision == 1
    assert (event.event_date, event.time_precision) == (date(2020, 6, 9), 1)
    assert (event.actor1, event.faction1, event.faction2) == ("LNA", "lna", "civilians")
    assert event.fatalities == 5
    assert "fear" not in event.evidence


def test_english_near_gives_precision_two():
    result = extract_text("GNA fighters clashed with the LNA near Sirte yesterday.", published=PUBLISHED, language="en")
    (event,) = result.events
    assert event.location == "Sirte" and event.geo_precision == 2
    assert (event.faction1, event.faction2) == ("gna", "lna")
    assert event.event_date == date(2020, 6, 10)


def test_arabic_rule_based_path():
    result = extract_text(ARABIC, published=PUBLISHED, language="ar")
    strike, call = result.events
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.location == "Misrata" or strike.place_id
    assert strike.country_code == "LY"
    assert (strike.faction1, strike.faction2) == ("lna", "civilians")
    assert strike.event_date == date(2020, 6, 10)
    assert strike.fatalities == 3
    assert call.event_type == "Strategic developments"
    assert call.actor1 == "UNSMIL"


def test_no_publication_date_leaves_events_undated():
    result = extract_text("Mardi soir, des roquettes sont tombées sur Tripoli.", language="fr")
    (event,) = result.events
    assert event.event_date is None
    assert event.date_text == "Mardi soir"
    assert event.location == "Tripoli"


def test_meeting_abroad_is_placed_abroad():
    result = extract_text("Foreign ministers met in Berlin on Sunday to discuss Libya.", published=PUBLISHED, language="en")
    (event,) = result.events
    assert event.event_type == "Strategic developments"
    assert event.location == "Berlin" and event.country_code != "LY"


def _article(article_id: str, text: str, source: str) -> Article:
    return Article(article_id=article_id, text=text, published=PUBLISHED, language="en", source=source)


def test_same_event_twice_in_one_article_is_one_event():
    text = (
        "Drones struck the airport of Misrata yesterday. "
        "Witnesses said the drones struck the airport of Misrata yesterday at dawn."
    )
    (event,) = extract_text(text, published=PUBLISHED, language="en").events
    assert len(event.more_evidence) == 1
    assert text[event.more_evidence[0].start : event.more_evidence[0].end] == event.more_evidence[0].text


def test_same_event_in_two_articles_is_one_event_with_both_sources():
    first = _article("a", "Drones struck Misrata yesterday, residents said.", "Paper A")
    second = _article("b", "Residents reported that drones struck Misrata yesterday.", "Paper B")
    one, two = extract([first, second])
    (event,) = one.events
    assert two.events == ()
    assert event.source == "Paper A; Paper B"
    assert [e.article_id for e in event.more_evidence] == ["b"]


def test_two_processes_give_the_same_events():
    articles = [_article(f"x{i}", ENGLISH, "Paper") for i in range(6)]
    one = [x.events for x in extract(articles, n_process=1, merge_across=False)]
    two = [x.events for x in extract(articles, n_process=2, merge_across=False)]
    assert one == two


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_text_without_event_gives_no_event(language):
    text = {"fr": "Le marché de Syrte a rouvert ce matin.", "en": "The market in Sirte reopened today.",
            "ar": "أعيد فتح السوق في سرت اليوم."}[language]
    result = extract_text(text, published=PUBLISHED, language=language)
    assert result.events == ()
    assert [m.place.name for m in result.places] == ["Sirte"]


@pytest.mark.parametrize(
    ("text", "language", "sub_event_type", "faction1"),
    [
        # territory taken by the recognised government is "regained", by others "overtaken"
        ("GNA forces seized Gharyan on Wednesday.", "en", "Government regains territory", "gna"),
        ("The LNA seized Gharyan on Wednesday.", "en", "Non-state actor overtakes territory", "lna"),
        # warplanes in the sentence make a bombardment an air strike
        ("Des avions ont bombardé lundi des positions de l'Etat islamique à Derna.", "fr", "Air/drone strike", ""),
    ],
)
def test_sub_event_type_refined(text, language, sub_event_type, faction1):
    (event,) = extract_text(text, published=PUBLISHED, language=language).events
    assert event.sub_event_type == sub_event_type
    assert event.faction1 == faction1
