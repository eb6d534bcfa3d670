"""The seed article with its metadata (published 2020-06-11) through the real reader,
gazetteer, spaCy model and extractor: the events issue 3 says it must give."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.articles import read_article_file
from extractor.pipeline import extract

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3b233a5ed31ee4d8.txt"


@pytest.fixture(scope="module")
def seed():
    (article,) = read_article_file(SEED)
    assert article.published == date(2020, 6, 11)
    return next(extract([article]))


def _texts(event):
    return [event.evidence, *(e.text for e in event.more_evidence)]


def _with(events, words):
    return [e for e in events if any(words in text for text in _texts(e))]


def test_seed_events_at_sirte_gna_against_lna(seed):
    at_sirte = [e for e in seed.events if e.location == "Sirte" and e.event_type in ("Battles", "Explosions/Remote violence")]
    assert at_sirte
    for event in at_sirte:
        if event.faction1 or event.faction2:
            assert (event.faction1, event.faction2) == ("gna", "lna"), event
    offensive = _with(at_sirte, "poursuivent leur offensive")
    assert offensive and offensive[0].event_type == "Battles"
    assert offensive[0].assoc_actor1 == "Turkey"
    siege = [e for e in _with(at_sirte, "siège sur Syrte") if e.event_type == "Battles"]
    assert siege and siege[0].faction1 == "gna"


def test_seed_strikes_on_centres_dated_june_10(seed):
    strikes = _with(seed.events, "centres des terroristes")
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.event_type == "Explosions/Remote violence"
    assert (strike.event_date, strike.time_precision) == (date(2020, 6, 10), 1)
    assert strike.location == "Sirte" and strike.country_code == "LY"
    assert (strike.faction1, strike.faction2) == ("gna", "lna")
    assert strike.date_text.lower() == "hier"


def test_seed_us_embassy_concern_dated_june_10(seed):
    (concern,) = _with(seed.events, "préoccupation immédiate")
    assert concern.event_type == "Strategic developments"
    assert concern.actor1 == "United States" and concern.faction1 == "international"
    assert concern.event_date == date(2020, 6, 10)


def test_seed_ceasefire_call_dated_june_9(seed):
    (call,) = _with(seed.events, "Mardi soir")
    assert call.event_type == "Strategic developments"
    assert call.actor1 == "European Union"
    assert (call.event_date, call.time_precision) == (date(2020, 6, 9), 1)


def test_seed_unsmil_displaced_dated_june_7(seed):
    (event,) = [e for e in seed.events if e.displaced == 16000]
    assert "Manul" in event.evidence
    assert (event.event_date, event.time_precision) == (date(2020, 6, 7), 1)


def test_seed_period_total_since_april_2019(seed):
    (total,) = [e for e in seed.events if e.fatalities == 2000]
    assert total.displaced == 200000
    assert total.time_precision == 3
    assert total.period_start == date(2019, 4, 1)
    assert total.event_date == date(2020, 6, 11)


def test_seed_fears_and_possibilities_are_not_events(seed):
    for event in seed.events:
        assert event.event_type != "Battles" or "redoutant" not in event.evidence
        assert not event.evidence.startswith("Les Américains affirment craindre")
    assert not [e for e in seed.events if e.evidence.startswith("Après avoir travaillé")]


def test_seed_evidence_offsets_and_ids(seed):
    text = seed.article.text
    ids = [e.event_id for e in seed.events]
    assert len(ids) == len(set(ids))
    for event in seed.events:
        assert text[event.evidence_start : event.evidence_end] == event.evidence
        assert event.article_id == seed.article.article_id
        assert event.source == "Liberté (Algeria)"
        assert 0 < event.confidence < 1
        for more in event.more_evidence:
            assert text[more.start : more.end] == more.text


def test_seed_places_are_the_gazetteer_mentions(seed):
    names = [m.place.name for m in seed.places]
    assert names.count("Sirte") == 7
    assert "Libyens" not in [m.surface for m in seed.places]


def test_seed_events_all_happen_in_libya(seed):
    """Berlin, France, Germany and Italy are named, but nothing in the seed happens abroad."""
    assert {e.country_code for e in seed.events} == {"LY"}
