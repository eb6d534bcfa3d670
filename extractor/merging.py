"""One event per event: the same event mentioned twice in an article becomes one event with both
evidence spans; across articles, one event with every source."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from events.model import Event, Evidence, factions_text
from gazetteer.sources import distance_km

if TYPE_CHECKING:
    from extractor.pipeline import Extraction


SAME_PLACE_KM = 8.0  # two mentions of one event this close are one place (a square and its town)


def _key(event: Event) -> tuple:
    return (event.event_type, event.sub_event_type, event.place_id, event.event_date,
            event.period_start, event.faction1, event.faction2)


def _absorb(kept: Event, other: Event, *, across: bool) -> Event:
    evidence = Evidence(other.article_id, other.evidence_start, other.evidence_end, other.evidence)
    changes: dict[str, object] = {"more_evidence": kept.more_evidence + (evidence,) + other.more_evidence}
    for name in ("fatalities", "injured", "displaced"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            changes[name] = getattr(other, name)
    for name in ("actor1", "actor2", "assoc_actor1"):
        if not getattr(kept, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    if across and other.source and other.source not in kept.source.split("; "):
        changes["source"] = f"{kept.source}; {other.source}" if kept.source else other.source
    changes["confidence"] = round(min(0.95, max(kept.confidence, other.confidence) + 0.05), 2)
    # a side one mention infers and the other states is stated
    changes["inferred_factions"] = factions_text(set(kept.inferred_factions.split()) - other.sides_stated)
    return replace(kept, **changes)


def same_place(a: Event, b: Event, within_km: float = SAME_PLACE_KM) -> bool:
    """The same place, or a square, a base or a quarter of the same town ("in Tripoli" and "on
    Martyrs' Square" in one report): in one country, `within_km` apart at most."""
    if a.place_id == b.place_id:
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or a.country_code != b.country_code:
        return False
    return distance_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= within_km


def _compatible(kept: Event, other: Event) -> bool:
    """Same type, place and date, and no side that contradicts the other's."""
    if (kept.event_type, kept.event_date, kept.period_start) != (
        other.event_type, other.event_date, other.period_start
    ) or not same_place(kept, other):
        return False
    if kept.place_id != other.place_id and (kept.evidence_start, kept.article_id) == (other.evidence_start, other.article_id):
        return False  # two places one sentence tells apart ("on Tripoli, ..., while a shell hit a house in Dahmani")
    if kept.event_type == "Protests":
        return True  # one demonstration per place and day, however often it is mentioned
    if kept.event_type == "Violence against civilians" and kept.sub_event_type != other.sub_event_type:
        return False  # people killed and people taken in one raid: two acts
    if kept.event_type == "Strategic developments" and kept.sub_event_type != other.sub_event_type:
        return False  # the looting of a town and the UN's concern about it: two developments
    sides = {kept.faction1, kept.faction2}
    if "" not in sides and sides == {other.faction1, other.faction2}:
        return True  # the same two sides named the other way round
    return all(
        not getattr(kept, side) or not getattr(other, side) or getattr(kept, side) == getattr(other, side)
        for side in ("faction1", "faction2")
    )


def merge_within(events: list[Event]) -> list[Event]:
    """The same event mentioned again in an article becomes evidence of the first mention."""
    merged: list[Event] = []
    for event in events:
        for position, kept in enumerate(merged):
            if _compatible(kept, event):
                absorbed = _absorb(kept, event, across=False)
                for actor, side in (("actor1", "faction1"), ("actor2", "faction2")):
                    if not getattr(kept, side) and getattr(event, side):
                        # the side the other mention names, with its name
                        absorbed = replace(absorbed, **{actor: getattr(event, actor), side: getattr(event, side)})
                        if getattr(event, side) in event.sides_inferred:
                            absorbed = replace(absorbed, inferred_factions=factions_text(
                                [*absorbed.inferred_factions.split(), getattr(event, side)]))
                if event.event_type == "Protests":
                    absorbed = _protest_merged(absorbed, kept, event)
                if event.sub_event_type == "Suicide bomb" != kept.sub_event_type:
                    # "l'attentat au camion piégé ... un kamikaze a lancé le camion": the bomber
                    # says how the explosion was set off
                    absorbed = replace(absorbed, sub_event_type="Suicide bomb")
                merged[position] = absorbed
                break
        else:
            merged.append(event)
    return merged


_PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def _protest_merged(absorbed: Event, kept: Event, other: Event) -> Event:
    """A protest mentioned, then the force used against it: one event of the graver kind,
    the ones who used force against the protesters."""
    if _PROTEST_RANK.get(other.sub_event_type, 0) <= _PROTEST_RANK.get(kept.sub_event_type, 0):
        return absorbed
    force = [(a, f) for a, f in ((other.actor1, other.faction1), (other.actor2, other.faction2),
                                 (kept.actor2, kept.faction2)) if a and f != "civilians"]
    changes: dict[str, object] = {"sub_event_type": other.sub_event_type, "actor2": "Civilians", "faction2": "civilians"}
    if force:
        changes["actor1"], changes["faction1"] = force[0]
    elif other.sub_event_type == "Excessive force against protesters":
        # (a force the text does not name: the protesters are still those it was used against)
        changes["actor1"], changes["faction1"] = "", ""
    else:
        changes = {"sub_event_type": other.sub_event_type}
    if other.sub_event_type == "Protest with intervention":
        changes = {"sub_event_type": other.sub_event_type}
    return replace(absorbed, **changes)


def merge_articles(extractions: list[Extraction]) -> list[Extraction]:
    """An event of a later article that an earlier one already reported (same type, place, day and
    sides, dated to the day) becomes more evidence and a source of the first one."""
    first: dict[tuple, tuple[int, int]] = {}  # key -> (extraction index, event index)
    events = [list(x.events) for x in extractions]
    for x_index, extraction in enumerate(extractions):
        kept: list[Event] = []
        for event in extraction.events:
            key = _key(event)
            if event.event_date is None or event.time_precision != 1 or key not in first:
                if event.event_date is not None and event.time_precision == 1:
                    first.setdefault(key, (x_index, len(kept)))
                kept.append(event)
                continue
            owner_x, owner_e = first[key]
            if owner_x == x_index:
                kept.append(event)
                continue
            events[owner_x][owner_e] = _absorb(events[owner_x][owner_e], event, across=True)
        events[x_index] = kept
    return [replace(x, events=tuple(e)) for x, e in zip(extractions, events)]
