"""Where an event happened: governed place, same-sentence place, the article's main place."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.nlp import has_parser, load_nlp
from extractor.pipeline import extract_text
from extractor.toponyms import free_mentions, main_place
from gazetteer import default_gazetteer

PUBLISHED = date(2020, 6, 11)


def test_models_keep_the_parser_and_arabic_has_sentences():
    assert load_nlp("fr").pipe_names == ["tok2vec", "parser"]
    assert load_nlp("en").pipe_names == ["tok2vec", "parser"]
    assert has_parser(load_nlp("fr")) and not has_parser(load_nlp("ar"))
    doc = load_nlp("ar")("قصفت القوات المدينة. ثم انسحبت؟ نعم.")
    assert len(list(doc.sents)) == 3
    assert load_nlp("fr") is load_nlp("fr")


def test_place_in_an_actor_name_is_not_where_it_happened():
    text = "Les milices de Haftar ont été ciblées à Syrte par les troupes du gouvernement de Tripoli."
    mentions = default_gazetteer().find_places(text)
    assert [m.place.name for m in mentions] == ["Sirte", "Tripoli"]
    actor_span = (text.index("gouvernement"), len(text) - 1)
    assert [m.place.name for m in free_mentions(mentions, [actor_span])] == ["Sirte"]
    (event,) = extract_text(text, published=PUBLISHED, language="fr").events
    assert event.location == "Sirte" and event.geo_precision == 1


@pytest.mark.parametrize(
    ("text", "language", "place", "precision"),
    [
        ("Les forces du GNA poursuivent leur offensive sur la ville de Syrte.", "fr", "Sirte", 1),
        ("Des obus sont tombés près de Tarhouna hier.", "fr", "Tarhuna", 2),
        ("Heavy clashes broke out in Tarhuna yesterday.", "en", "Tarhuna", 1),
    ],
)
def test_place_precision(text, language, place, precision):
    (event,) = extract_text(text, published=PUBLISHED, language=language).events
    assert event.location == place
    assert event.geo_precision == precision


def test_article_main_place_when_the_sentence_names_none():
    text = (
        "Sirte was calm in the morning. Residents of Sirte queued for bread. "
        "In the evening, rockets fell on the harbour, residents said."
    )
    result = extract_text(text, published=PUBLISHED, language="en")
    assert main_place(list(result.places)).name == "Sirte"
    (event,) = result.events
    assert event.location == "Sirte" and event.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("اندلعت الاشتباكات الاثنين في صلاح الدين جنوب طرابلس.", ["Salah al-Din", "Tripoli"]),
        ("تواصلت المعارك على محور صلاح الدين.", ["Salah al-Din"]),
        # the sultan, no quarter
        ("وقال الباحث إن صلاح الدين الأيوبي حرر القدس.", []),
    ],
)
def test_a_quarter_named_like_a_man_is_a_place_after_a_place_word(text, places):
    extraction = extract_text(text, published=date(2019, 12, 14), language="ar")
    assert [m.place.name for m in extraction.places] == places
