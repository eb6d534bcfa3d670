"""Hand-made events for the map and snapshot tests (sentences written in our own words).

Built as real events.model.Event records and turned into the frame the store returns
(Event fields except more_evidence, plus status) with dataclasses.asdict.
"""
from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd

from events.model import Event, make_event_id

HOSTILE_EVIDENCE = (
    'Le porte-parole cite "<script>window.__pwned = true</script>" et '
    '<img src=x onerror="window.__pwned = true"> près de Misrata.'
)


def _event(article_id: str, start: int, evidence: str, **fields: object) -> Event:
    return Event(event_id=make_event_id(article_id, start, start + len(evidence)),
                 article_id=article_id, evidence=evidence, evidence_start=start,
                 evidence_end=start + len(evidence), **fields)


def sample_events() -> list[Event]:
    return [
        _event("seed-like", 120,
               "Les forces du GNA ont repoussé une attaque des troupes de Haftar aux portes de Syrte.",
               event_type="Battles", sub_event_type="Armed clash",
               event_date=date(2020, 6, 10), time_precision=1, actor1="forces du GNA",
               faction1="gna", actor2="troupes de Haftar", faction2="lna", location="Syrte",
               admin1="Surt", country="Libya", country_code="LY", latitude=31.2089,
               longitude=16.5887, geo_precision=1, place_id="gn:2210554", fatalities=3,
               source="Liberté", url="https://www.liberte-algerie.com/example",
               published=date(2020, 6, 11), language="fr", confidence=0.8),
        _event("desk-note-2", 40,
               "Drones struck positions held by Haftar's forces south of Tripoli overnight.",
               event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
               event_date=date(2020, 6, 8), time_precision=2, actor1="drones",
               faction1="lna", location="Tripoli", admin1="Tripoli", country="Libya",
               country_code="LY", latitude=32.8872, longitude=13.1913, geo_precision=2,
               source="Desk notes", url="http://example.org/notes/2", language="en",
               reviewed=True),
        _event("desk-note-3", 0,
               "Fighting was reported somewhere in the Jufra district without a town named.",
               event_type="Battles", sub_event_type="Armed clash", time_precision=3,
               actor1="GNA", faction1="gna", location="Al Jufrah", admin1="Al Jufrah",
               country="Libya", country_code="LY", latitude=28.98, longitude=15.93,
               geo_precision=3, source="Desk notes", language="en"),
        _event("desk-note-4", 10,
               "Ministers met in Berlin to call for a ceasefire in Libya.",
               event_type="Strategic developments", sub_event_type="Agreement",
               event_date=date(2020, 6, 9), time_precision=1, actor1="EU",
               faction1="international", location="Berlin", country="Germany",
               country_code="DE", latitude=52.52, longitude=13.405, geo_precision=1,
               source="Desk notes", language="en"),
        _event("hostile-upload", 5, HOSTILE_EVIDENCE,
               event_type="Violence against civilians", sub_event_type="Attack",
               event_date=date(2020, 6, 7), time_precision=1,
               actor1='<b onmouseover="window.__pwned=true">gang</b>', faction1="civilians",
               location="Misrata", admin1="Misrata", country="Libya", country_code="LY",
               latitude=32.3754, longitude=15.0925, geo_precision=1,
               source="<script>window.__pwned=true</script>",
               url="javascript:window.__pwned=true", language="fr"),
        _event("desk-note-6", 0, "A protest was announced but no place was given.",
               event_type="Protests", sub_event_type="Peaceful protest", time_precision=3,
               source="Desk notes", language="en"),
    ]


def events_frame(events: list[Event] | None = None) -> pd.DataFrame:
    """The store's frame: Event fields except more_evidence, plus status."""
    rows = []
    for event in events if events is not None else sample_events():
        row = dataclasses.asdict(event)
        row.pop("more_evidence")
        row["status"] = "confirmed" if event.reviewed else "extracted"
        rows.append(row)
    return pd.DataFrame(rows)
