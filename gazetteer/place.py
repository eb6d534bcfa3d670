"""The gazetteer's records: a place, its names, and a place named in a text."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "country",
    "region",
    "district",
    "city",
    "town",
    "village",
    "neighbourhood",
    "facility",
)
ALIAS_LANGUAGES = ("en", "fr", "ar", "translit", "other")


class PlaceError(ValueError):
    """A place was built with impossible values."""


@dataclass(frozen=True)
class Alias:
    name: str
    lang: str = "other"

    def __post_init__(self) -> None:
        if self.lang not in ALIAS_LANGUAGES:
            raise PlaceError(f"alias {self.name!r}: unknown language {self.lang!r}")


@dataclass(frozen=True)
class Place:
    """A named place with coordinates; rejects impossible latitudes and longitudes."""

    place_id: str
    name: str
    latitude: float
    longitude: float
    kind: str
    country_code: str = "LY"
    admin1: str = ""  # the district (sha'biyah) for Libyan places
    population: int = 0
    source: str = ""  # the public record the coordinates come from
    aliases: tuple[Alias, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.place_id:
            raise PlaceError(f"place {self.name!r} has no place_id")
        if not -90.0 <= self.latitude <= 90.0:
            raise PlaceError(f"place {self.place_id}: latitude {self.latitude!r} out of range")
        if not -180.0 <= self.longitude <= 180.0:
            raise PlaceError(f"place {self.place_id}: longitude {self.longitude!r} out of range")
        if self.kind not in KINDS:
            raise PlaceError(f"place {self.place_id}: unknown kind {self.kind!r}")

    @property
    def is_foreign(self) -> bool:
        return self.country_code != "LY"

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: offsets into the text, the surface string, the chosen place."""

    start: int
    end: int
    surface: str
    place: Place
    candidates: tuple[Place, ...] = field(default=())  # other readings, best first
