"""Optional online fallback: Nominatim (through geopy) for names nothing else knows.

Off by default. Calls are rate limited (geopy's RateLimiter, one a second by default, as
Nominatim's usage policy asks) and cached in memory and, if `cache_path` is given, on disk as
JSON, so the same name is never asked twice. Answers become places with ids "osm:<type>:<id>".
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from gazetteer.errors import GazetteerError
from gazetteer.normalise import normalise_name
from gazetteer.place import Place, PlaceError

USER_AGENT = "libyamap (Libya conflict map)"
# Nominatim's addresstype/type -> our kinds
_KINDS = {
    "country": "country", "state": "district", "province": "district", "county": "district",
    "region": "region", "city": "city", "town": "town", "village": "village",
    "hamlet": "village", "suburb": "neighbourhood", "neighbourhood": "neighbourhood",
    "quarter": "neighbourhood", "city_district": "neighbourhood", "aerodrome": "facility",
    "military": "facility", "industrial": "facility", "port": "facility",
}


def place_from_nominatim(raw: dict[str, Any], *, source: str = "OpenStreetMap (Nominatim)") -> Place:
    """A Place from one Nominatim JSON answer (jsonv2 or json)."""
    address = raw.get("address") or {}
    kind = _KINDS.get(raw.get("addresstype", ""), _KINDS.get(raw.get("type", ""), "town"))
    display_name = raw.get("display_name", "")
    name = raw.get("name") or display_name.split(",")[0].strip() or "unnamed"
    osm_type, osm_id = raw.get("osm_type"), raw.get("osm_id")
    place_id = f"osm:{osm_type}:{osm_id}" if osm_type and osm_id else f"osm:{raw.get('place_id')}"
    return Place(
        place_id=place_id,
        name=name,
        latitude=float(raw["lat"]),
        longitude=float(raw["lon"]),
        kind=kind,
        country_code=str(address.get("country_code", "ly")).upper(),
        admin1=address.get("state", ""),
        source=f"{source}: {display_name}",
    )


class NominatimFallback:
    """Looks names up on a Nominatim server, rate limited and cached."""

    def __init__(
        self,
        *,
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        user_agent: str = USER_AGENT,
        country_codes: str | None = "ly",
        min_delay_seconds: float = 1.0,
        timeout: float = 10.0,
        cache_path: str | Path | None = None,
        limit: int = 5,
    ) -> None:
        self.domain = domain
        self.country_codes = country_codes
        self.limit = limit
        self.cache_path = Path(cache_path) if cache_path is not None else None
        self.calls = 0  # requests actually sent (cache misses)
        self._geocoder = Nominatim(
            domain=domain, scheme=scheme, user_agent=user_agent, timeout=timeout
        )
        self._geocode = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=1,
            error_wait_seconds=min_delay_seconds,
            swallow_exceptions=False,
        )
        self._cache: dict[str, list[dict[str, Any]]] = {}
        if self.cache_path is not None and self.cache_path.exists():
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise GazetteerError(f"{self.cache_path}: bad cache file: {error}") from error

    def geocode(self, name: str) -> list[Place]:
        """Places Nominatim knows under this name, best first ([] for none)."""
        key = normalise_name(name)
        if not key:
            return []
        if key not in self._cache:
            self._cache[key] = self._ask(name)
            self._save()
        places = []
        for raw in self._cache[key]:
            try:
                places.append(place_from_nominatim(raw, source=f"Nominatim {self.domain}"))
            except (KeyError, ValueError, PlaceError):
                continue  # an answer without usable coordinates is no candidate
        return places

    def _ask(self, name: str) -> list[dict[str, Any]]:
        self.calls += 1
        try:
            locations = self._geocode(
                name,
                exactly_one=False,
                limit=self.limit,
                addressdetails=True,
                country_codes=self.country_codes,
            )
        except GeopyError as error:
            raise GazetteerError(f"online lookup of {name!r} on {self.domain} failed: {error}") from error
        return [location.raw for location in locations or []]

    def _save(self) -> None:
        if self.cache_path is None:
            return
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._cache, ensure_ascii=False, indent=0)
        self.cache_path.write_text(text, encoding="utf-8")
