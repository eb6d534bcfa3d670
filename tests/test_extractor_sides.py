"""Sides the rules settle from the kind of event (extractor.sides), on made-up event records."""
from __future__ import annotations

from datetime import date

import pytest

from events.model import Event, make_event_id
from extractor.sides import riot_sides


def _riot(**sides) -> Event:
    fields = dict(actor1="Civilians", faction1="civilians", actor2="", faction2="", inferred_factions="")
    fields.update(sides)
    return Event(event_id=make_event_id("a", 0, 40), article_id="a", event_type="Riots",
                 sub_event_type="Violent demonstration", evidence="Youths set fire to the police station.",
                 evidence_start=0, evidence_end=40, event_date=date(2011, 2, 16), time_precision=1,
                 location="Zintan", country="Libya", country_code="LY", latitude=31.93, longitude=12.25,
                 geo_precision=1, place_id="gn:2208425", **fields)


@pytest.mark.parametrize(("actor2", "faction2", "kept"), [
    # the police station burned, the camp that held the town: not a side of the riot
    ("Security forces", "other", ""),
    ("LNA", "lna", ""),
    ("Civilians", "civilians", ""),
    # rioters who stormed a jihadist group's base or a foreign mission fought that side
    ("Ansar al-Sharia", "jihadist", "jihadist"),
    ("Foreign mission", "international", "international"),
])
def test_a_riots_second_side_is_only_a_jihadist_group_or_a_foreign_mission(actor2, faction2, kept):
    riot = riot_sides(_riot(actor2=actor2, faction2=faction2))
    assert (riot.faction1, riot.faction2) == ("civilians", kept)
