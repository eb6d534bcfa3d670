"""One event told twice (in an article, or by two articles) is one event; a side one telling
infers and the other states is stated, and a side taken from the other telling keeps its basis."""
from __future__ import annotations

import dataclasses
from datetime import date

from events.model import Article, Event, make_event_id
from extractor.merging import merge_articles, merge_within
from extractor.pipeline import Extraction


def _strike(article_id: str, start: int, **sides) -> Event:
    fields = dict(actor1="", faction1="", actor2="", faction2="", inferred_factions="")
    fields.update(sides)
    return Event(event_id=make_event_id(article_id, start, start + 20), article_id=article_id,
                 event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 evidence="A strike hit the port.", evidence_start=start, evidence_end=start + 20,
                 event_date=date(2020, 5, 18), time_precision=1, location="Sirte", country="Libya",
                 country_code="LY", latitude=31.2089, longitude=16.5887, geo_precision=1,
                 place_id="gn:2210554", **fields)


def test_a_side_inferred_in_one_mention_and_stated_in_the_other_is_stated():
    inferred = _strike("a", 0, faction1="lna", faction2="gna", inferred_factions="gna")
    stated = _strike("a", 40, actor1="LNA", faction1="lna", actor2="GNA", faction2="gna")
    [merged] = merge_within([inferred, stated])
    assert (merged.faction1, merged.faction2, merged.inferred_factions) == ("lna", "gna", "")
    [merged] = merge_within([stated, inferred])
    assert merged.inferred_factions == ""


def test_a_side_taken_from_the_other_mention_stays_inferred_if_it_was():
    bare = _strike("a", 0, actor1="LNA", faction1="lna")
    [merged] = merge_within([bare, _strike("a", 40, faction1="lna", faction2="civilians", inferred_factions="civilians")])
    assert (merged.faction2, merged.inferred_factions) == ("civilians", "civilians")
    [merged] = merge_within([bare, _strike("a", 40, faction1="lna", actor2="Civilians", faction2="civilians")])
    assert (merged.faction2, merged.inferred_factions) == ("civilians", "")


def _extraction(event: Event) -> Extraction:
    article = Article(article_id=event.article_id, text="A strike hit the port.", published=date(2020, 5, 19))
    return Extraction(article, (), (event,))


def test_a_later_article_that_states_the_inferred_side_makes_it_stated():
    first = _extraction(_strike("a", 0, faction1="lna", faction2="gna", inferred_factions="gna"))
    second = _extraction(_strike("b", 0, actor1="LNA", faction1="lna", actor2="GNA", faction2="gna"))
    merged_first, merged_second = merge_articles([first, second])
    assert merged_second.events == ()
    [event] = merged_first.events
    assert (event.inferred_factions, [e.article_id for e in event.more_evidence]) == ("", ["b"])
    # a later article that infers it too leaves it inferred
    third = _extraction(dataclasses.replace(first.events[0], event_id="ev-0000000000000003", article_id="c"))
    [event] = merge_articles([first, third])[0].events
    assert event.inferred_factions == "gna"
