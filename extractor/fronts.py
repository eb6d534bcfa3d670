"""The fronts of Libya's wars where two camps faced each other and nobody else, and who held what.

On such a front, a strike or a battle that names one camp was fought against the other, and on
the fronts of the war on Tripoli a shell that fell on a town one camp held, in an article that
names the other camp, came from that other camp. Fronts, dates and holdings are public record:
- the war on Tripoli, from the march on the capital (4 April 2019) to the nationwide ceasefire
  (23 October 2020): UN Panel of Experts on Libya reports S/2019/914 and S/2021/229; the GNA's
  recapture of Sabratha and Surman on 13 April 2020, al-Watiya on 18 May, the airport on 3 June,
  Tarhuna on 5 June; the LNA's entry into Sirte on 6 January 2020; the GNA's recapture of
  Gharyan on 26 June 2019;
  The GNA then retook the LNA's gains and held them to the ceasefire: Gharyan from 26 June 2019,
  Sabratha and Surman from 13 April 2020, al-Watiya from 18 May, the airport from 3 June, Qasr bin
  Ghashir from 4 June and Tarhuna from 5 June 2020;
- Tripoli, the Jafara plain and the mountain towns (Kikla, October 2014), from Libya Dawn's attack
  on the airport (13 July 2014) to the end of its fighting with Zintan's brigades and the
  Warshefana around al-Aziziya (early 2015): Libya Dawn (the Misrata brigades and Tripoli's
  Islamist-leaning groups) against the Zintan brigades of Operation Dignity's camp;
- the oil crescent, from Libya Dawn's "Sunrise" offensive on Es Sider and Ras Lanuf (13 December
  2014) until the Islamic State's arrival in the Sirte district (February 2015): Dawn's forces
  against Jadhran's guards and the aircraft of Operation Dignity's camp;
- the south, from the LNA's air strikes on the Jufra and Brak al-Shati bases (December 2016) to its
  capture of the Jufra air base, Hun and Waddan (3 June 2017): Haftar's forces against Misrata's
  Third Force and its allies, who answered to the GNA's defence ministry;
- Benghazi, from Operation Dignity (16 May 2014) to the fall of the last pocket (Akhribish,
  December 2017): Haftar's forces against the Islamist coalitions (Benghazi Revolutionaries
  Shura Council, Ansar al-Sharia, the Islamic State), who had no aircraft: a strike was Haftar's;
- Derna, from the Mujahideen Shura Council's expulsion of the Islamic State (June 2015) to the
  LNA's capture of the last quarters (February 2019): the LNA's siege and assault against the
  Shura Council and the Derna Protection Force, who had no aircraft either;
- Sirte under the Islamic State (February 2015 to 6 December 2016): Misrata's forces (the GNA's
  Bunyan al-Marsous from May 2016, whose offensive began on the Misrata district's side of the
  front, at Abu Grein and Wishka) and, from August 2016, US air strikes against the group; until
  Misrata's 166 battalion left Sirte (June 2015, after the group took the Ghardabiya air base on
  28 May) the group's fight there was with it;
- the Fezzan, from the LNA's southern offensive (mid-January 2019: Sabha, the Sharara field, Murzuq)
  to the nationwide ceasefire (23 October 2020): the LNA's aircraft and drones were the only ones
  flying over the south's towns (the strike on Murzuq of 4 August 2019 among them); the corpus's
  articles attribute those strikes to it;
- the LNA's southern offensive itself (mid-January to March 2019: Sabha, Tamanhint, the Sharara and
  El Feel fields, Ubari, Murzuq, Ghat, al-Qatrun): the LNA against the south's local armed groups,
  Tebu fighters and the Chadian opposition, none of them of a camp ("other" in the corpus), and
  towns handed over to it by their notables had been theirs;
- the Islamic State's desert insurgency after it lost Sirte (2017-2022: Fuqaha, Zillah, Tazirbu,
  Ghadwa, Umm al-Aranib, Sabha), in the articles that name both: its raids on the LNA's checkpoints
  and the LNA's operations against its cells (before the fronts below, which hold for the others);
- Kufra and the south-east, from the LNA's hold on the district through its Subul al-Salam battalion
  (2017) on: the LNA against Sudanese and Chadian armed groups and smugglers ("other");
- the oil crescent's terminals (Es Sider, Ras Lanuf and the towns around them, in the Sirte
  district), from the LNA's seizure of them (11 September 2016) to its recapture after Jadhran's
  raid (21 June 2018): the LNA against Jadhran's guards and the Benghazi Defence Brigades, groups
  of no camp (the corpus codes them "other");
- Bani Walid, from the siege laid under the congress's Resolution 7 (late September 2012) to the
  town's fall (24 October 2012): the brigades acting for the state, most of them from Misrata,
  against the town's armed men (both "other" in the corpus); only the besiegers shelled, so a
  shell that fell on the town was theirs;
- the 2011 war: the coalition's and NATO's air strikes (19 March to 31 October 2011) hit
  Gaddafi's forces; the towns the uprising held (Benghazi and Misrata from 20 February, the
  Nafusa mountain towns, Ajdabiya after its recapture on 26 March, Zawiya from 24 February to
  10 March) were shelled by Gaddafi's forces, who alone fielded the heavy artillery and Grad
  batteries: a shell or rocket that fell on one of them, fired by nobody named, was theirs.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from events.model import TERRITORY_SUB_EVENT_TYPES, Event


@dataclass(frozen=True)
class Front:
    """Where and when each named camp fought one known opponent."""

    name: str
    first: date
    last: date
    districts: frozenset[str]  # admin1 names; empty = anywhere in Libya
    against: Mapping[str, tuple[str, str]]  # a camp's faction -> (actor, faction) it fought
    # (place name as in the gazetteer, the camp that held it, from, to), where known
    held: tuple[tuple[str, str, date, date], ...] = ()
    air: tuple[str, str] | None = None  # (actor, faction) of the one camp that flew aircraft here
    named_only: bool = False  # a front only in the articles that name both its camps

    def covers(self, event: Event, when: date, camps_named: set[str] | frozenset[str] = frozenset()) -> bool:
        in_place = not self.districts or event.admin1 in self.districts
        return (in_place and self.first <= when <= self.last and event.country_code in ("LY", "")
                and (not self.named_only or set(self.against) <= set(camps_named)))

    def holder(self, place_name: str, when: date) -> str:
        """The camp that held the place that day, or "" when it was contested or unknown."""
        return next((camp for name, camp, first, last in self.held
                     if name == place_name and first <= when <= last), "")


TRIPOLI_WAR = (date(2019, 4, 4), date(2020, 10, 23))
CAMPS = {"lna": ("GNA", "gna"), "gna": ("LNA", "lna")}  # the war on Tripoli's two camps
ISLAMISTS = ("Islamist armed groups", "jihadist")
# (place name as in the gazetteer, the camp that held it, from, to) during the war on Tripoli
HELD: tuple[tuple[str, str, date, date], ...] = (
    *((name, "gna", *TRIPOLI_WAR) for name in (
        "Tripoli", "Tripoli District", "Abu Salim", "Tajoura", "Janzour", "Mitiga International Airport",
        "Misrata", "Zawiya")),
    ("Sabratha", "lna", TRIPOLI_WAR[0], date(2020, 4, 12)),
    ("Sabratha", "gna", date(2020, 4, 13), TRIPOLI_WAR[1]),
    ("Surman", "lna", TRIPOLI_WAR[0], date(2020, 4, 12)),
    ("Surman", "gna", date(2020, 4, 13), TRIPOLI_WAR[1]),
    ("Al-Watiya Air Base", "lna", TRIPOLI_WAR[0], date(2020, 5, 17)),
    ("Al-Watiya Air Base", "gna", date(2020, 5, 18), TRIPOLI_WAR[1]),
    ("Tripoli International Airport", "lna", date(2019, 4, 10), date(2020, 6, 2)),
    ("Tripoli International Airport", "gna", date(2020, 6, 3), TRIPOLI_WAR[1]),
    ("Qasr bin Ghashir", "lna", TRIPOLI_WAR[0], date(2020, 6, 3)),
    ("Qasr bin Ghashir", "gna", date(2020, 6, 4), TRIPOLI_WAR[1]),
    ("Tarhuna", "lna", TRIPOLI_WAR[0], date(2020, 6, 4)),
    ("Tarhuna", "gna", date(2020, 6, 5), TRIPOLI_WAR[1]),
    ("Gharyan", "lna", TRIPOLI_WAR[0], date(2019, 6, 25)),
    ("Gharyan", "gna", date(2019, 6, 26), TRIPOLI_WAR[1]),
    ("Sirte", "gna", TRIPOLI_WAR[0], date(2020, 1, 5)),
    ("Sirte", "lna", date(2020, 1, 6), TRIPOLI_WAR[1]),
    ("Al Jufra Air Base", "lna", *TRIPOLI_WAR),
)
FRONTS: tuple[Front, ...] = (
    Front("the Islamic State in the desert", date(2017, 1, 1), date(2022, 12, 31),
          frozenset({"Jufra", "Al Wahat", "Kufra", "Murzuq", "Sabha", "Wadi al Hayaa", "Ghat", "Wadi al Shatii"}),
          {"lna": ("Islamic State", "jihadist"), "jihadist": ("LNA", "lna")}, named_only=True),
    Front("war on Tripoli", *TRIPOLI_WAR, frozenset(
        {"Tripoli", "Jafara", "Jabal al Gharbi", "Murqub", "Zawiya", "Nuqat al Khams", "Nalut",
         "Misrata", "Sirte", "Jufra"}), CAMPS, HELD),
    Front("Libya Dawn", date(2014, 7, 13), date(2015, 3, 31), frozenset({"Tripoli", "Jafara", "Jabal al Gharbi"}),
          {"gna": ("Zintan brigades", "lna"), "lna": ("Libya Dawn", "gna")}),
    Front("Libya Dawn's Sunrise offensive", date(2014, 12, 13), date(2015, 2, 14), frozenset({"Sirte"}),
          {"gna": ("LNA", "lna"), "lna": ("Libya Dawn", "gna")}),
    Front("the south", date(2016, 12, 1), date(2017, 6, 30), frozenset({"Jufra", "Wadi al Shatii", "Sabha"}),
          {"lna": ("Third Force", "gna"), "gna": ("LNA", "lna")}),
    Front("Benghazi", date(2014, 5, 16), date(2017, 12, 31), frozenset({"Benghazi"}),
          {"lna": ISLAMISTS, "jihadist": ("LNA", "lna")}, air=("LNA", "lna")),
    Front("Derna", date(2015, 7, 1), date(2019, 2, 28), frozenset({"Derna"}),
          {"lna": ISLAMISTS, "jihadist": ("LNA", "lna")}, air=("LNA", "lna")),
    Front("Sirte under the Islamic State", date(2015, 2, 15), date(2016, 12, 6),
          frozenset({"Sirte"}),
          {"gna": ("Islamic State", "jihadist"), "international": ("Islamic State", "jihadist")}),
    Front("the Islamic State against Misrata's 166 battalion", date(2015, 2, 15), date(2015, 6, 10),
          frozenset({"Sirte"}), {"jihadist": ("Misrata brigades", "gna")}),
    Front("Bunyan al-Marsous", date(2016, 5, 1), date(2016, 12, 6), frozenset({"Sirte", "Misrata"}),
          {"jihadist": ("Bunyan al-Marsous (GNA)", "gna")}),
    Front("2011 air campaign", date(2011, 3, 19), date(2011, 10, 31), frozenset(),
          {"international": ("Gaddafi forces", "other")}),
    Front("the LNA in the Fezzan", date(2019, 1, 15), date(2020, 10, 23),
          frozenset({"Murzuq", "Sabha", "Wadi al Hayaa", "Ghat", "Wadi al Shatii"}), {}, air=("LNA", "lna")),
    Front("the LNA's southern offensive", date(2019, 1, 15), date(2019, 3, 31),
          frozenset({"Murzuq", "Sabha", "Wadi al Hayaa", "Ghat", "Wadi al Shatii"}),
          {"lna": ("Armed groups of the south", "other"), "other": ("LNA", "lna")}),
    Front("Kufra and the south-east", date(2017, 1, 1), date(2023, 12, 31), frozenset({"Kufra"}),
          {"lna": ("Sudanese and Chadian armed groups", "other"), "other": ("LNA", "lna")}),
    Front("the oil crescent's terminals", date(2016, 9, 11), date(2018, 6, 21), frozenset({"Sirte"}),
          {"lna": ("Petroleum Facilities Guard", "other"), "other": ("LNA", "lna")}),
    Front("the siege of Bani Walid", date(2012, 9, 25), date(2012, 10, 24), frozenset({"Misrata", "Misratah"}),
          {"other": ("Government-backed brigades", "other")},
          (("Bani Walid", "other", date(2012, 9, 25), date(2012, 10, 24)),
           ("Al-Mardum", "other", date(2012, 9, 25), date(2012, 10, 24)))),
)
_FRONT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
_FIRED_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
_HANDED_OVER = "Non-violent transfer of territory"  # a town handed over by the camp that held it



UPRISING = (date(2011, 2, 17), date(2011, 10, 23))
# (place name as in the gazetteer, from, to): towns the uprising held while Gaddafi's forces shelled them
HELD_BY_THE_UPRISING: tuple[tuple[str, date, date], ...] = (
    *((name, date(2011, 2, 20), UPRISING[1]) for name in (
        "Benghazi", "Misrata", "Qasr Ahmed", "Tripoli Street (Misrata)", "Misrata Airport", "Dafniya",
        "Zintan", "Nalut", "Yafran", "Kikla", "Jadu", "Wazin")),
    ("Ajdabiya", date(2011, 3, 26), UPRISING[1]),
    ("Zawiya", date(2011, 2, 24), date(2011, 3, 10)),
)
GADDAFI = ("Gaddafi forces", "other")
REBELS = ("Rebels", "other")


def uprising(event: Event, actors_named: frozenset[str] | set[str] = frozenset()) -> Event:
    """The 2011 war's two camps (both "other" in ACLED's terms, but two sides): a shell or rocket
    fired by nobody named on a town the uprising held was Gaddafi's; a clash that names one camp,
    or none in an article that names both, was between Gaddafi's forces and the rebels."""
    when = event.event_date or event.published
    if when is None or not UPRISING[0] <= when <= UPRISING[1] or event.country_code not in ("LY", ""):
        return event
    if (event.sub_event_type == "Shelling/artillery/missile attack" and not event.faction1
            and event.faction2 in ("", "civilians")
            and any(name == event.location and first <= when <= last for name, first, last in HELD_BY_THE_UPRISING)):
        return replace(event, actor1=GADDAFI[0], faction1=GADDAFI[1])
    if event.sub_event_type != "Armed clash":
        return event
    camps = {GADDAFI[0]: REBELS, REBELS[0]: GADDAFI}
    if event.actor1 in camps and not event.faction2:
        return replace(event, actor2=camps[event.actor1][0], faction2="other")
    if event.actor2 in camps and not event.faction1:
        return replace(event, actor1=camps[event.actor2][0], faction1="other")
    if not (event.faction1 or event.faction2) and {GADDAFI[0], REBELS[0]} <= set(actors_named):
        return replace(event, actor1=GADDAFI[0], faction1="other", actor2=REBELS[0], faction2="other")
    return event


def holder(place_name: str, when: date) -> str:
    """The camp that held the place on that day on a front whose holdings are known (the war on
    Tripoli), or "" when it was contested or elsewhere."""
    return next((camp for front in FRONTS if (camp := front.holder(place_name, when))), "")


def front_sides(event: Event, *, harmed: bool, camps_named: set[str],
                actors_named: frozenset[str] | set[str] = frozenset(), author_unknown: bool = False) -> Event:
    """The side the sentence leaves out, where a front makes it plain:
    - the attacker of a shell or strike on a place one camp of the war on Tripoli held, when
      the article names the other camp ("rockets fell on Mitiga airport" in an article about
      Haftar's forces);
    - the target of a strike or battle by one camp of a front ("Haftar's forces fired rockets
      at Tripoli's port": the GNA's; "the marshal's aircraft bombed his opponents' positions in
      Derna" in 2018: the Islamists'), unless someone was killed or hurt (the victims may be
      civilians) or a town was entered (perhaps unopposed);
    - both camps of a clash that names neither, when the article names both camps of the front;
    - the loser of a town taken or handed over on a front: the camp that held it the day before
      where the holdings are known, else the one camp fought there.
    Never away from the fronts or outside their dates, and no attacker where the text says
    nobody knows who acted (`author_unknown`: "unidentified warplanes struck"). camps_named: the
    factions the article names; actors_named: the actors it names (the 2011 war's two camps share
    a faction)."""
    if event.event_type not in _FRONT_TYPES and event.sub_event_type != _HANDED_OVER:
        return event
    event = uprising(event, actors_named)
    when = event.event_date or event.published
    if when is None:
        return event
    fronts = [front for front in FRONTS if front.covers(event, when, camps_named)]
    if not fronts:
        return event
    if (not event.faction1 and not author_unknown and event.sub_event_type == "Air/drone strike"
            and event.faction2 in ("", "civilians")):
        # "des avions ont bombardé des casernes" in Benghazi in 2014, in an article that names
        # Haftar's side: only that side flew
        # (unless the article names a foreign force: Egypt's jets struck Derna in 2015 and 2017)
        air = next((front.air for front in fronts if front.air and front.air[1] in camps_named
                    and "international" not in camps_named), None)
        if air is not None:
            event = replace(event, actor1=air[0], faction1=air[1])
    if (not event.faction1 and not author_unknown and event.sub_event_type in _FIRED_FROM_AFAR
            and event.faction2 in ("", "civilians")):
        for front in fronts:
            held_by = front.holder(event.location, when)
            if held_by and front.against[held_by][1] in camps_named:
                actor, faction = front.against[held_by]
                event = replace(event, actor1=actor, faction1=faction)
                break
    if event.sub_event_type == "Armed clash" and not (event.faction1 or event.faction2 or event.actor1 or event.actor2):
        # "clashes with heavy weapons broke out in Ganfouda" in an article that names both camps
        # of the Benghazi front: the fight was between them
        for front in fronts:
            pairs = [(camp, opponent) for camp, opponent in front.against.items()
                     if camp in camps_named and opponent[1] in camps_named and opponent[1] in front.against]
            if pairs:
                camp, (actor2, faction2) = pairs[0]
                actor1 = front.against[faction2][0]
                return replace(event, actor1=actor1, faction1=camp, actor2=actor2, faction2=faction2)
    if event.sub_event_type in TERRITORY_SUB_EVENT_TYPES | {_HANDED_OVER} and event.faction1 and not event.faction2:
        # "GNA forces took Tripoli airport": from the camp that held it the day before; on a
        # front whose holdings are not listed, from the one camp it fought there
        for front in fronts:
            if event.faction1 not in front.against:
                continue
            actor, faction = front.against[event.faction1]
            if not front.held or front.holder(event.location, when - timedelta(days=1)) == faction:
                return replace(event, actor2=actor, faction2=faction)
    if event.faction2 or harmed or event.sub_event_type in TERRITORY_SUB_EVENT_TYPES | {_HANDED_OVER}:
        return event
    for front in fronts:
        if event.faction1 in front.against:
            actor, faction = front.against[event.faction1]
            return replace(event, actor2=actor, faction2=faction)
    return event
