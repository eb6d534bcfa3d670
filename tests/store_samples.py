"""Real Article/Event/Extraction records for the store tests (our model, built by hand)."""
from __future__ import annotations

from datetime import date

from events.model import Article, Event, make_event_id
from extractor.pipeline import Extraction


def article(article_id: str, sentences: list[str], **meta) -> Article:
    return Article(article_id=article_id, text=" ".join(sentences), source=meta.pop("source", "Test desk"),
                   language="en", published=date(2020, 6, 11), **meta)


def extraction(article_id: str, sentences: list[str], **event_fields) -> Extraction:
    """One event per sentence, with the sentence as evidence. The dates are approximate
    (time_precision 2) unless asked, so that the samples of different articles stay separate
    events: the store records an event of the same type, place, day (precision 1) and factions
    from another article as a further source of the stored one."""
    art = article(article_id, sentences)
    events, start = [], 0
    for n, sentence in enumerate(sentences):
        end = start + len(sentence)
        fields = dict(event_type="Battles", sub_event_type="Armed clash",
                      event_date=date(2020, 6, 1 + n % 28), time_precision=2,
                      actor1="GNA", faction1="gna", actor2="LNA", faction2="lna",
                      location="Sirte", admin1="Sirte", country="Libya", country_code="LY",
                      latitude=31.2089, longitude=16.5887, geo_precision=1, place_id="gn:2210554",
                      source=art.source, language="en", published=art.published, confidence=0.8)
        fields.update(event_fields)
        events.append(Event(event_id=make_event_id(article_id, start, end), article_id=article_id,
                            evidence=sentence, evidence_start=start, evidence_end=end, **fields))
        start = end + 1
    return Extraction(article=art, places=(), events=tuple(events))


def imported_shelling(count: int) -> list[Event]:
    """`count` imported events around Sirte, at seven latitudes 0.1 degrees apart (31.2-31.8 N),
    dated over 400 days, a third GNA and the rest LNA, one fatality for every odd number."""
    from datetime import timedelta

    events = []
    for number in range(count):
        text = f"Test record {number}: shelling reported near Sirte."
        events.append(Event(
            event_id=make_event_id("large-test", number, number + len(text)),
            article_id="large-test", event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", evidence=text,
            evidence_start=number, evidence_end=number + len(text),
            event_date=date(2020, 1, 1) + timedelta(days=number % 400), time_precision=1,
            faction1="lna" if number % 3 else "gna", location="Sirte", country="Libya",
            country_code="LY", latitude=31.2 + (number % 7) * 0.1, longitude=16.6,
            geo_precision=1, fatalities=number % 2, source="test", origin="acled"))
    return events
