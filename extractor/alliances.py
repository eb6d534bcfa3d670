"""Forces that changed camp: the faction an actor fought for depends on the date.

The factions file gives each actor the camp it is known by. A few forces fought for a camp only
for a while; between those dates an event of theirs counts for that camp. Public record:
- Zintan's brigades under Osama al-Juwaili, commander of the GNA's Western Military Region,
  fought Haftar's march on Tripoli from its first days (April 2019) to the nationwide ceasefire
  of 23 October 2020 (UN Panel of Experts on Libya, S/2019/914, S/2021/229); in 2011 they were
  rebels; from Libya Dawn's assault on Tripoli's airport (13 July 2014) they fought it as allies
  of Operation Dignity and of the government in Bayda, until the Presidential Council reached
  Tripoli (30 March 2016): of the corpus's events of theirs in those months, 24 are coded with
  Haftar's camp and 5 as a group of its own;
- Tarhuna's Seventh Brigade (al-Kaniyat) joined the LNA's offensive on 4 April 2019 and held
  Tarhuna for it until the town fell to the GNA on 5 June 2020; in 2018 it fought Tripoli's
  brigades on its own account;
- the government the UN recognised: the transitional governments until the House of
  Representatives moved to Tobruk (4 August 2014), then Abdullah al-Thinni's in Bayda, allied to
  Haftar's Operation Dignity, until the Presidential Council reached Tripoli (30 March 2016);
- Ibrahim Jadhran's Petroleum Facilities Guard in the oil crescent backed the Presidential
  Council from its arrival in Tripoli (30 March 2016) (the GNA's deal with Jadhran to reopen the
  terminals, 28 July 2016); the force the LNA drove from the terminals on 11-13 September 2016 is
  coded as the guard itself ("other"), as four of the corpus's five articles on that offensive,
  written by different annotators, code it;
- the National Salvation Government the General National Congress named in Tripoli (Omar al-Hassi,
  25 August 2014, then Khalifa Ghwell) was the Tripoli camp's until the Presidential Council
  reached Tripoli (30 March 2016); after, Ghwell's men fought the GNA's (a group of its own);
- Fathi Bashagha, the GNA's interior minister until March 2021, headed the government the House
  of Representatives named on 10 February 2022, backed by Haftar, until it suspended him
  (16 May 2023).

"Security forces", "guards", "the police" say what kind of force, not whose; where one camp
governed a district, its security forces are that camp's:
- Tripoli and Misrata, and the western coast and its hinterland (the Zawiya, Jafara and Murqub
  districts), the Presidential Council's from its arrival in Tripoli (30 March 2016), then the
  Government of National Unity's (March 2021 on; the same faction); the coast guard there and off
  Zuwara too (Zuwara's own security forces are the town's, a group of its own);
- Benghazi, Haftar's from his declaration of its liberation (5 July 2017); Derna, from the fall
  of its last quarters (February 2019); Sabha, from the LNA's southern offensive (January 2019);
  the east (Tobruk's Al Butnan, Bayda's Jabal al Akhdar, Marj), from the House of
  Representatives' move to Tobruk (August 2014).

A group of its own ("other" in the factions file) that the article says sides with a camp
("Al-Qaaqaa et Al-Sawaiq, alliés à l'opération Dignité", "الكتائب الزنتانية المتحالفة مع ...
حفتر") counts for that camp throughout the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from events.model import Event
from extractor.factions import ARMY, Actor, ActorMention
from extractor.text import arabic_folded


@dataclass(frozen=True)
class Alliance:
    """An actor (as the factions file names it) that fought for `faction` from first to last."""

    actor: str
    faction: str
    first: date
    last: date


ALLIANCES = (
    Alliance("Zintan brigades", "lna", date(2014, 7, 13), date(2016, 3, 29)),
    Alliance("Zintan brigades", "gna", date(2019, 4, 4), date(2020, 10, 23)),
    Alliance("Seventh Brigade", "lna", date(2019, 4, 4), date(2020, 6, 5)),
    Alliance("Petroleum Facilities Guard", "gna", date(2016, 3, 30), date(2016, 9, 10)),
    Alliance("Government of National Stability", "lna", date(2022, 2, 10), date(2023, 5, 16)),
    Alliance("National Salvation Government", "gna", date(2014, 8, 25), date(2016, 3, 29)),
    # "the internationally recognised government": Zeidan's and al-Thinni's until the House of
    # Representatives moved east (August 2014), al-Thinni's in Bayda allied to Haftar until the
    # Presidential Council reached Tripoli (30 March 2016), the GNA's (then the GNU's) after
    Alliance("Recognised government", "other", date(2011, 10, 23), date(2014, 8, 3)),
    Alliance("Recognised government", "lna", date(2014, 8, 4), date(2016, 3, 29)),
)


OPEN = date(9999, 12, 31)
# district (the gazetteer's admin1) -> (faction, from, to) of the camp that governed it
GOVERNED = {
    "Tripoli": ("gna", date(2016, 3, 30), OPEN),
    "Misrata": ("gna", date(2016, 3, 30), OPEN),
    "Zawiya": ("gna", date(2016, 3, 30), OPEN),
    "Murqub": ("gna", date(2016, 3, 30), OPEN),
    "Jafara": ("gna", date(2016, 3, 30), OPEN),
    "Benghazi": ("lna", date(2017, 7, 5), OPEN),
    "Derna": ("lna", date(2019, 2, 1), OPEN),
    "Sabha": ("lna", date(2019, 1, 20), OPEN),
    "Al Butnan": ("lna", date(2014, 8, 4), OPEN),
    "Jabal al Akhdar": ("lna", date(2014, 8, 4), OPEN),
    "Marj": ("lna", date(2014, 8, 4), OPEN),
}
SECURITY_FORCES = "Security forces"  # the factions file's actor for police, guards, security forces
# the coast guard answers to the government in Tripoli along the whole western coast, Zuwara's
# too (whose own security forces are the town's: "other")
COAST_GUARD = "Coast guard"
COAST_GOVERNED = {**GOVERNED, "Nuqat al Khams": ("gna", date(2016, 3, 30), OPEN)}


def governing(admin1: str, day: date, *, coast: bool = False) -> str:
    """The faction that governed the district on that day, if one did (`coast`: its coast guard)."""
    faction, first, last = (COAST_GOVERNED if coast else GOVERNED).get(admin1, ("", OPEN, OPEN))
    return faction if first <= day <= last else ""


def camp_on(actor: str, day: date) -> str:
    """The camp the actor fought for that day, where it changed camp ("" otherwise)."""
    return next((a.faction for a in ALLIANCES if a.actor == actor and a.first <= day <= a.last), "")


def as_of(mentions: list[ActorMention], day: date | None) -> list[ActorMention]:
    """The mentions with each actor's camp on that day (the paper's), so that the sides of a
    sentence are told apart as they stood ("Zintan's brigades" against Haftar's forces in 2019)."""
    if day is None:
        return mentions
    out = []
    for mention in mentions:
        camp = camp_on(mention.actor.name, day)
        if camp and camp != mention.actor.faction:
            mention = replace(mention, actor=Actor(mention.actor.name, camp, mention.actor.role))
        out.append(mention)
    return out


# Haftar's Operation Dignity (16 May 2014): from then, "the army" an article names beside his camp
# is his ("وكانت قوات الجيش قد سيطرت على مرزق", "an army spokesman said", in an article on the LNA)
DIGNITY = date(2014, 5, 16)


def armies(mentions: list[ActorMention], published: date | None) -> list[ActorMention]:
    """The mentions with "the army" (factions.ARMY) Haftar's, in an article of his war that names
    his camp; elsewhere (2011's regime, the governments of 2012-2014) it stays a force of its own."""
    if (published is None or published < DIGNITY
            or not any(m.actor.faction == "lna" and m.actor.role in ("armed", "political") for m in mentions)):
        return mentions
    return [replace(m, actor=Actor(ARMY, "lna", m.actor.role)) if m.actor.name == ARMY else m for m in mentions]


def allied(event: Event, published: date | None) -> Event:
    """The event with each side's faction as it stood on the event's day (else the paper's)."""
    day = event.event_date or published
    if day is None:
        return event
    changes = {}
    for actor, faction in (("actor1", "faction1"), ("actor2", "faction2")):
        if camp := camp_on(getattr(event, actor), day):
            changes[faction] = camp
        if getattr(event, actor) in (SECURITY_FORCES, COAST_GUARD) and not getattr(event, faction):
            changes[faction] = governing(event.admin1, day, coast=getattr(event, actor) == COAST_GUARD)
    return replace(event, **changes) if changes else event


# "allied with", "alliés à", "se réclament de", "المتحالفة مع", "المؤيدة لعملية"
_SIDES_WITH = re.compile(arabic_folded(
    r"\b(?:allied (?:with|to)|aligned with|siding with|sided with|loyal to|"
    r"allie(?:e|s|es)? (?:a|au|aux|avec)|aligne(?:e|s|es)? sur|se reclam\w* d[eu']s?|rallie(?:e|s|es)? (?:a|au|aux))"
    r"|(?<!\w)و?(?:المتحالف(?:ه|ين|ون)? مع|المؤيد(?:ه|ين|ون)? ل|الموالي(?:ه|ن|ين)? ل)"))
_AND = re.compile(r"\s*,?\s*(?:et|and|ainsi que|as well as)?\s*(?:les |the |la |le |l')?و?")
ALLEGIANCE_REACH = 60  # characters from a group to "allied with", and from there to the camp
_CAMPS = frozenset({"gna", "lna", "jihadist"})


def declared_camps(actors: list[ActorMention], folded: str) -> dict[str, str]:
    """Groups of their own the article says side with a camp: actor name -> the camp's faction."""
    declared: dict[str, str] = {}
    for index, mention in enumerate(actors):
        if mention.actor.faction != "other" or mention.actor.role != "armed" or mention.actor.name in declared:
            continue
        phrase = _SIDES_WITH.search(folded, mention.end, mention.end + ALLEGIANCE_REACH)
        if phrase is None or "." in folded[mention.end : phrase.start()]:
            continue
        between = [a for a in actors[index + 1 :] if a.start < phrase.start()]
        if between and not all(_AND.fullmatch(folded, a.end, b.start) for a, b in zip([mention, *between], between)):
            continue  # "X clashed with Y, allied to Z": Y alone is the ally
        camp = next((a for a in actors[index + 1 :] if a.start >= phrase.end()), None)
        if (camp is not None and camp.actor.faction in _CAMPS and camp.start - phrase.end() <= ALLEGIANCE_REACH
                and "." not in folded[phrase.end() : camp.start]):
            for group in [mention, *between]:
                if group.actor.faction == "other" and group.actor.role == "armed":
                    declared.setdefault(group.actor.name, camp.actor.faction)
    return declared


def sided(event: Event, declared: dict[str, str]) -> Event:
    """The event with the sides the article declared for groups of their own."""
    changes = {faction: declared[getattr(event, actor)]
               for actor, faction in (("actor1", "faction1"), ("actor2", "faction2"))
               if getattr(event, faction) == "other" and getattr(event, actor) in declared}
    return replace(event, **changes) if changes else event
