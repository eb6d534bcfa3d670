"""The fronts of Haftar's war on Tripoli, and who held what on them.

From the march on the capital (4 April 2019) to the nationwide ceasefire (23 October 2020) the
two camps faced each other on these fronts and nobody else, so a strike or a battle there that
names one camp was fought against the other, and a shell that fell on a town one camp held while
the article names the other camp came from that other camp. Holdings and dates are public
record (UN Panel of Experts on Libya reports S/2019/914 and S/2021/229; the GNA's recapture of
Sabratha and Surman on 13 April 2020, al-Watiya on 18 May, the airport on 3 June, Tarhuna on
5 June; the LNA's entry into Sirte on 6 January 2020; the GNA's recapture of Gharyan on
26 June 2019).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from events.model import TERRITORY_SUB_EVENT_TYPES, Event

TRIPOLI_WAR = (date(2019, 4, 4), date(2020, 10, 23))
TRIPOLI_WAR_DISTRICTS = frozenset(
    {"Tripoli", "Jafara", "Jabal al Gharbi", "Murqub", "Zawiya", "Nuqat al Khams", "Nalut", "Misrata",
     "Sirte", "Jufra"}
)
CAMPS = {"lna": ("GNA", "gna"), "gna": ("LNA", "lna")}  # a camp -> the actor and faction it fought
_FRONT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
_FIRED_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})

# (place name as in the gazetteer, the camp that held it, from, to) during the war
HELD: tuple[tuple[str, str, date, date], ...] = (
    *((name, "gna", *TRIPOLI_WAR) for name in (
        "Tripoli", "Tripoli District", "Abu Salim", "Tajoura", "Janzour", "Mitiga International Airport",
        "Misrata", "Zawiya")),
    ("Sabratha", "lna", TRIPOLI_WAR[0], date(2020, 4, 12)),
    ("Surman", "lna", TRIPOLI_WAR[0], date(2020, 4, 12)),
    ("Al-Watiya Air Base", "lna", TRIPOLI_WAR[0], date(2020, 5, 17)),
    ("Tripoli International Airport", "lna", date(2019, 4, 10), date(2020, 6, 2)),
    ("Qasr bin Ghashir", "lna", TRIPOLI_WAR[0], date(2020, 6, 3)),
    ("Tarhuna", "lna", TRIPOLI_WAR[0], date(2020, 6, 4)),
    ("Gharyan", "lna", TRIPOLI_WAR[0], date(2019, 6, 25)),
    ("Sirte", "lna", date(2020, 1, 6), TRIPOLI_WAR[1]),
    ("Al Jufra Air Base", "lna", *TRIPOLI_WAR),
)


def holder(place_name: str, when: date) -> str:
    """The camp that held the place on that day of the war, or "" when it was contested or elsewhere."""
    for name, camp, first, last in HELD:
        if name == place_name and first <= when <= last:
            return camp
    return ""


def front_sides(event: Event, *, harmed: bool, camps_named: set[str]) -> Event:
    """The side the sentence leaves out, where the war on Tripoli makes it plain:
    - the attacker of a shell or strike on a place one camp held, when the article names the
      other camp ("rockets fell on Mitiga airport" in an article about Haftar's forces);
    - the target of a strike or battle by one camp ("Haftar's forces fired rockets at Tripoli's
      port": the GNA's), unless someone was killed or hurt (the victims may be civilians) or a
      town was entered (perhaps unopposed).
    Never away from the fronts or outside the war's dates."""
    if event.event_type not in _FRONT_TYPES or event.admin1 not in TRIPOLI_WAR_DISTRICTS:
        return event
    when = event.event_date or event.published
    if when is None or not TRIPOLI_WAR[0] <= when <= TRIPOLI_WAR[1]:
        return event
    if not event.faction1 and event.sub_event_type in _FIRED_FROM_AFAR and event.faction2 in ("", "civilians"):
        held_by = holder(event.location, when)
        if held_by and CAMPS[held_by][1] in camps_named:
            actor, faction = CAMPS[held_by]
            event = replace(event, actor1=actor, faction1=faction)
    if event.faction1 in CAMPS and not event.faction2 and not harmed and event.sub_event_type not in TERRITORY_SUB_EVENT_TYPES:
        actor, faction = CAMPS[event.faction1]
        event = replace(event, actor2=actor, faction2=faction)
    return event
