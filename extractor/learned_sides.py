"""A side the rules leave out, from a model trained on the annotated corpus.

The rules of extractor.roles, .sides, .alliances and .fronts name an event's sides from its
sentence and the article around it. On text they were not written from they leave a side out
more often than they name a wrong one: "Des obus sont tombés sur des quartiers habités par des
familles" gives the shelling no victims, "the regime's forces retook Ben Jawad" in 2011 no side
at all. A logistic model per faction, trained on the corpus's hand-checked events
(scripts/train_sides.py), tells from the article's context whether that faction was a side:
where it was named (the event's sentence, just before, just after, at the head of the article),
how often, the event's sub-type, the years of the war, whether the sentence tells of victims,
the sides of the violent event told before, and what the rules said, of this faction and of the
others (the rules' LNA side makes the GNA's a likely second one).

The model only adds: an event with fewer than two sides takes the factions the model gives,
when they and the rules' together make two at most, and records them in its `inferred_factions`
(the analyst sees which sides the text does not state). It never removes a side the rules named;
trained and tested on separate articles, removing lost more than it won. One case is between: two
sides of one faction ("other" against "other") are one faction, and the one the model adds takes
the second slot (Grad rockets fired by one local group: the victims, not its rival), or, where one
of the two actors is of the faction added, that actor's slot ("Misrata forces clashed with the
Zintan brigades" in June 2014, the model's Misrata), never both slots for one actor. It never
makes an "other" side the one who flew an air strike after 2011 (no group outside the camps flew).

`scripts/train_sides.py --cross-validate 5` measures what it adds on articles it was not trained on.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from events.model import EVENT_TYPES, VIOLENT_TYPES, Event, factions_text
from extractor.errors import ExtractorError
from extractor.factions import ActorMention
from extractor.sides import by_unknown_attackers, unclaimed
from extractor.text import arabic_folded, fold

MODEL_PATH = Path(__file__).resolve().parent / "data" / "side_model.json"
FACTIONS = ("gna", "lna", "jihadist", "international", "civilians", "other")
SUB_EVENT_TYPES = tuple(sorted({sub for subs in EVENT_TYPES.values() for sub in subs}))
YEARS = ((0, 2011), (2012, 2013), (2014, 2015), (2016, 2018), (2019, 2020), (2021, 9999))
BEFORE = 400  # characters before the evidence still "just before" it
AFTER = 300
HEAD = 300  # the head of the article
# victims named in the sentence: the civilians' side
_VICTIMS = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|injured|civilians?|children|women|residents|families|"
    r"tues?|tuees?|tuant|morts?|blesses?|civils?|enfants|femmes|habitants|familles)\b"
    + "|" + arabic_folded("قتل|مقتل|جرحى|مدنيين|مدنيون|اطفال|أطفال|سكان|عائلات")
)
FEATURES = (
    "named in the sentence", "named in the sentence (count, up to 3, /3)", "named just before",
    "named just after", "named in the article (log 1+count)", "named in the article", "named before the sentence",
    "the article's most named faction", "the article's second most named faction", "victims in the sentence",
    "the rules' faction1", "the rules' faction2", "the rules named no side",
    *(f"sub-event type: {sub}" for sub in SUB_EVENT_TYPES),
    *(f"years {first}-{last}" for first, last in YEARS),
    "a side of the violent event told before", "named at the head of the article",
    # what the rules and the story say of the other camps: the rules' LNA side makes the GNA's a
    # likely second side, a clash just told between two camps the next strike's
    *(f"the rules named {camp} (another faction)" for camp in FACTIONS),
    *(f"{camp} (another faction) a side of the violent event told before" for camp in FACTIONS),
    "bias",
)


class SideModelFormatError(ExtractorError, ValueError):
    """The side model file is not the model this code reads."""


@dataclass(frozen=True)
class SideModel:
    """Weights of one logistic model per faction, over FEATURES."""

    weights: dict[str, tuple[float, ...]]
    trained_on: str = ""

    def probabilities(self, features: dict[str, list[float]]) -> dict[str, float]:
        out = {}
        for faction in FACTIONS:
            score = sum(w * x for w, x in zip(self.weights[faction], features[faction]))
            out[faction] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
        return out

    def sides(self, features: dict[str, list[float]]) -> frozenset[str]:
        """The (at most two) factions the model gives better than even odds of being a side."""
        probabilities = self.probabilities(features)
        ranked = sorted(FACTIONS, key=lambda f: -probabilities[f])[:2]
        return frozenset(f for f in ranked if probabilities[f] > 0.5)


def features(event: Event, earlier: Sequence[Event], mentions: Sequence[ActorMention], text: str,
             published: date | None, *, named: dict[str, list[int]] | None = None) -> dict[str, list[float]]:
    """The feature vector (in the order of FEATURES) of each faction for one event; `earlier`
    are the article's events told before it, `mentions` its actor mentions (`named`: where each
    faction is named, from `faction_starts(mentions)`, when the caller has it)."""
    start, end = event.evidence_start, event.evidence_end
    named = faction_starts(mentions) if named is None else named
    ranking = sorted(FACTIONS, key=lambda f: (-len(named[f]), FACTIONS.index(f)))
    victims = bool(_VICTIMS.search(fold(text[start:end])))
    day = event.event_date or published
    year = day.year if day is not None else 0
    violent_before = [e for e in earlier if e.event_type in VIOLENT_TYPES]
    told_before = {violent_before[-1].faction1, violent_before[-1].faction2} if violent_before else set()
    out: dict[str, list[float]] = {}
    for faction in FACTIONS:
        own = named[faction]
        inside = sum(start <= s < end for s in own)
        total = len(own)
        out[faction] = [
            float(inside > 0), min(inside, 3) / 3, float(any(start - BEFORE <= s < start for s in own)),
            float(any(end <= s < end + AFTER for s in own)), math.log1p(total), float(total > 0),
            float(any(s < start for s in own)),
            float(ranking[0] == faction), float(ranking[1] == faction), float(victims),
            float(event.faction1 == faction), float(event.faction2 == faction),
            float(not event.faction1 and not event.faction2),
            *(float(event.sub_event_type == sub) for sub in SUB_EVENT_TYPES),
            *(float(first <= year <= last) for first, last in YEARS),
            float(faction in told_before), float(any(s < HEAD for s in own)),
            *(float(camp != faction and camp in (event.faction1, event.faction2)) for camp in FACTIONS),
            *(float(camp != faction and camp in told_before) for camp in FACTIONS),
            1.0,
        ]
    return out


def faction_starts(mentions: Sequence[ActorMention]) -> dict[str, list[int]]:
    """Where the article names each faction (the start of each actor mention)."""
    starts: dict[str, list[int]] = {faction: [] for faction in FACTIONS}
    for mention in mentions:
        if mention.actor.faction in starts:
            starts[mention.actor.faction].append(mention.start)
    return starts


def with_learned_sides(events: Sequence[Event], mentions: Sequence[ActorMention], text: str,
                       published: date | None, model: SideModel, *, folded: str | None = None) -> list[Event]:
    """The events, each with fewer than two sides given the sides the model adds (see the
    module's docstring); the events told before each are read as the rules left them. `folded`:
    the text as extractor.text.fold gives it, when the caller has it already."""
    starts = faction_starts(mentions)
    folded = fold(text) if folded is None else folded
    out = []
    for position, event in enumerate(events):
        named = {f for f in (event.faction1, event.faction2) if f}
        if len(named) >= 2 or event.sub_event_type == "Peaceful protest":  # (ACLED: the protesters alone)
            out.append(event)
            continue
        if event.sub_event_type == "Other" and named == {"civilians"} and not event.faction1:
            out.append(event)  # people displaced: no author to guess
            continue
        if not event.faction1 and unclaimed(event, folded):  # "d'origine inconnue": no author to guess
            out.append(event)
            continue
        predicted = model.sides(features(event, events[:position], mentions, text, published, named=starts))
        added = [f for f in FACTIONS if f in predicted and f not in named]
        day = event.event_date or published
        if event.sub_event_type == "Air/drone strike" and not event.faction1 and day is not None and day.year > 2011:
            # an "other" side the model adds would be who flew: after 2011 no group outside the
            # camps did (extractor.fronts says which camp where one alone flew)
            added = [f for f in added if f != "other"]
        if not added or len(named) + len(added) > 2:
            out.append(event)
            continue
        if not event.faction1 and by_unknown_attackers(event, folded):
            # "مسلحون مجهولون خطفوا ناشطا": the side hit only, never a guessed author
            if not event.faction2 and len(added) == 1:
                event = replace(event, actor2=_named_alone(added[0], mentions), faction2=added[0],
                                inferred_factions=_inferred(event, added))
            out.append(event)
            continue
        for faction in added:
            event = _with_side(event, faction, mentions)
        out.append(replace(event, inferred_factions=_inferred(event, added)))
    return out


def inferred_settled(event: Event) -> Event:
    """The event with only the inferred factions that are still its sides (a later rule may
    have named a side again or cleared it)."""
    settled = factions_text(event.sides_inferred)
    return event if settled == event.inferred_factions else replace(event, inferred_factions=settled)


def _inferred(event: Event, added: Sequence[str]) -> str:
    """The event's inferred factions with those the model `added` (the record says which sides
    the text does not state)."""
    return factions_text([*added, *event.inferred_factions.split()])


def _with_side(event: Event, faction: str, mentions: Sequence[ActorMention]) -> Event:
    """The event with `faction` in its free slot: the victims second, an armed side first when
    the first is free. Its actor is the one actor of that faction the article names, if it names
    one only; else the side stays unnamed (the faction alone: the model says which camp, not
    which of its groups)."""
    names = _names_of(faction, mentions)
    if event.faction1 and event.faction2:
        # both sides given, of one faction ("other"): the model says which of the two actors is
        # of another camp ("Misrata forces clashed with the Zintan brigades" in June 2014), not
        # that one actor fought itself
        for slot, side in (("actor1", "faction1"), ("actor2", "faction2")):
            if getattr(event, slot) in names:
                return replace(event, **{side: faction})
    actor = _named_alone(faction, mentions)
    if not event.faction1 and (faction != "civilians" or event.faction2):
        return replace(event, actor1=actor, faction1=faction)
    return replace(event, actor2=actor, faction2=faction)


def _names_of(faction: str, mentions: Sequence[ActorMention]) -> set[str]:
    return {m.actor.name for m in mentions if m.actor.faction == faction and not m.is_backer}


def _named_alone(faction: str, mentions: Sequence[ActorMention]) -> str:
    """The one actor of `faction` the article names, if it names one only."""
    names = _names_of(faction, mentions)
    return names.pop() if len(names) == 1 else ""


def load_side_model(path: str | Path = MODEL_PATH) -> SideModel:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise SideModelFormatError(f"{path}: cannot read the side model: {error}") from error
    if data.get("features") != list(FEATURES) or set(data.get("weights", {})) != set(FACTIONS):
        raise SideModelFormatError(f"{path}: its features or factions are not this code's; "
                                   "retrain it with scripts/train_sides.py")
    return SideModel({f: tuple(float(w) for w in data["weights"][f]) for f in FACTIONS},
                     trained_on=str(data.get("trained_on", "")))


@cache
def default_side_model() -> SideModel:
    return load_side_model()


def train(samples: Sequence[tuple[dict[str, list[float]], frozenset[str]]], *, l2: float = 1.0,
          iterations: int = 600, rate: float = 0.3) -> dict[str, tuple[float, ...]]:
    """Weights per faction fitted by gradient descent on (features, the expected factions)."""
    import numpy as np  # (pandas's dependency; only training needs it)

    weights = {}
    for faction in FACTIONS:
        x = np.array([s[faction] for s, _ in samples], dtype=float)
        y = np.array([faction in expected for _, expected in samples], dtype=float)
        w = np.zeros(x.shape[1])
        for _ in range(iterations):
            p = 1.0 / (1.0 + np.exp(-(x @ w)))
            w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
        weights[faction] = tuple(round(float(v), 6) for v in w)
    return weights
