"""The records that travel between the layers: articles in, events out.

Coordinates are (lat, lon) everywhere inside; only the GeoJSON writer flips them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

# Faction ids used by the extractor, the store and the dashboard's filter.
FACTIONS: dict[str, str] = {
    "gna": "GNA and allies",
    "lna": "LNA / Haftar",
    "jihadist": "Islamic State and jihadists",
    "international": "International actors",
    "civilians": "Civilians",
    "other": "Other / unknown",
}

# ACLED's event types and their sub-event types.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": (
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
    ),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# The sub-event types of territory changing hands (ACLED names them by who took it).
TERRITORY_SUB_EVENT_TYPES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# The event types of violence (ACLED's political violence, without strategic developments and
# peaceful protests).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})

TIME_PRECISIONS = (1, 2, 3)  # day known; week or vague anchor; month or longer
GEO_PRECISIONS = (1, 2, 3)  # the site itself; near it or part of a region; district or country


class ModelError(ValueError):
    """A record was built with impossible values."""


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, with the metadata known about it."""

    article_id: str
    text: str
    path: str = ""
    title: str = ""
    published: date | None = None
    published_basis: str = ""
    language: str = ""
    source: str = ""
    url: str = ""

    @property
    def content_hash(self) -> str:
        """Hash of the normalised text: the same article re-read gives the same hash."""
        return text_hash(self.text)


@dataclass(frozen=True)
class Evidence:
    """A span of an article that supports an event."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    """One event as reported: ACLED-compatible fields plus where it was read."""

    event_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    evidence: str
    evidence_start: int
    evidence_end: int
    event_date: date | None = None
    time_precision: int = 3
    date_text: str = ""  # the expression the date came from, kept when it cannot be resolved
    period_start: date | None = None  # for totals over a period ("depuis avril 2019")
    actor1: str = ""
    assoc_actor1: str = ""
    faction1: str = ""
    actor2: str = ""
    assoc_actor2: str = ""
    faction2: str = ""
    location: str = ""
    admin1: str = ""
    country: str = ""
    country_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    place_id: str = ""
    fatalities: int | None = None
    injured: int | None = None
    displaced: int | None = None
    source: str = ""
    url: str = ""
    published: date | None = None
    language: str = ""
    confidence: float = 0.5
    reviewed: bool = False
    origin: str = "extracted"  # extracted | acled | ucdp
    # the factions among faction1/faction2 that the side model inferred from the article, which
    # its text does not state (space-separated faction ids; "" when the text names every side)
    inferred_factions: str = ""
    more_evidence: tuple[Evidence, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.event_type not in EVENT_TYPES:
            raise ModelError(f"event {self.event_id}: unknown event_type {self.event_type!r}")
        if self.sub_event_type not in EVENT_TYPES[self.event_type]:
            raise ModelError(
                f"event {self.event_id}: sub_event_type {self.sub_event_type!r} "
                f"is not a sub-type of {self.event_type!r}"
            )
        if self.time_precision not in TIME_PRECISIONS:
            raise ModelError(f"event {self.event_id}: time_precision {self.time_precision!r}")
        if self.geo_precision not in GEO_PRECISIONS:
            raise ModelError(f"event {self.event_id}: geo_precision {self.geo_precision!r}")
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise ModelError(f"event {self.event_id}: latitude {self.latitude!r} out of range")
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise ModelError(f"event {self.event_id}: longitude {self.longitude!r} out of range")
        if not 0 <= self.evidence_start <= self.evidence_end:
            raise ModelError(
                f"event {self.event_id}: evidence span {self.evidence_start}..{self.evidence_end}"
            )
        for name in ("fatalities", "injured", "displaced"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ModelError(f"event {self.event_id}: {name} {value!r} is negative")
        for faction in self.inferred_factions.split():
            if faction not in FACTIONS:
                raise ModelError(f"event {self.event_id}: inferred faction {faction!r} is not one of {list(FACTIONS)}")

    @property
    def sides_inferred(self) -> frozenset[str]:
        """The factions of the event's sides that were inferred, not read in its text."""
        return frozenset(self.inferred_factions.split()) & {self.faction1, self.faction2}

    @property
    def sides_stated(self) -> frozenset[str]:
        """The factions of the event's sides that its text states."""
        return frozenset({self.faction1, self.faction2} - {""}) - self.sides_inferred

    @property
    def year(self) -> int | None:
        return self.event_date.year if self.event_date else None


def factions_text(factions: Iterable[str]) -> str:
    """Factions as an event's `inferred_factions` holds them: faction ids in FACTIONS order."""
    chosen = set(factions)
    return " ".join(f for f in FACTIONS if f in chosen)


def normalise_text(text: str) -> str:
    """The text an article's identity is computed from: line endings and spacing folded."""
    return " ".join(text.replace("\ufeff", "").split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def make_event_id(article_id: str, start: int, end: int) -> str:
    """Stable id of an event mention: hash of the article id and its evidence span."""
    digest = hashlib.sha1(f"{article_id}:{start}:{end}".encode("utf-8")).hexdigest()
    return f"ev-{digest[:16]}"


@dataclass(frozen=True)
class EventFilter:
    """What the dashboard and `libyamap export` narrow events by. Empty means no constraint."""

    factions: tuple[str, ...] = ()  # matches faction1 or faction2
    stated_sides_only: bool = False  # the factions match only sides the text states, not inferred ones
    event_types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    places: tuple[str, ...] = ()  # place_id, location or admin1 (district)
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east)
    sources: tuple[str, ...] = ()
    text: str = ""  # searched in evidence, actors and location
    min_fatalities: int | None = None
    geo_precisions: tuple[int, ...] = ()
    reviewed_only: bool = False
    origins: tuple[str, ...] = ()  # extracted, acled, ucdp
    include_foreign: bool = True
    include_rejected: bool = False
