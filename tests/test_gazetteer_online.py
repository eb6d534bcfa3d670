"""The optional Nominatim fallback, against a small HTTP server on 127.0.0.1."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from gazetteer import GazetteerError, load_gazetteer
from gazetteer.online import NominatimFallback

OVERLAY = Path(__file__).parent / "data" / "overlay_small.csv"
# Nominatim's JSON shape (format=json, addressdetails=1); the coordinates are approximate.
ANSWERS = {
    "abu qurayn": [
        {
            "place_id": 123456,
            "osm_type": "node",
            "osm_id": 987654,
            "lat": "31.4489",
            "lon": "15.2475",
            "display_name": "Abu Qurayn, Misrata, Libya",
            "boundingbox": ["31.40", "31.50", "15.20", "15.30"],
            "class": "place",
            "type": "village",
            "addresstype": "village",
            "name": "Abu Qurayn",
            "address": {"village": "Abu Qurayn", "state": "Misrata", "country_code": "ly"},
        }
    ],
}


class NominatimHandler(BaseHTTPRequestHandler):
    requests: list[dict[str, list[str]]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = parse_qs(url.query)
        type(self).requests.append(query)
        if url.path != "/search":
            self.send_error(404)
            return
        if query.get("q") == ["fail"]:
            self.send_error(500)
            return
        body = json.dumps(ANSWERS.get(query.get("q", [""])[0].casefold(), [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    NominatimHandler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), NominatimHandler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def make_fallback(domain: str, **options: object) -> NominatimFallback:
    return NominatimFallback(domain=domain, scheme="http", min_delay_seconds=0.01, timeout=5,
                             **options)


def test_online_is_off_by_default() -> None:
    gazetteer = load_gazetteer(overlay_path=OVERLAY)
    assert gazetteer.fallback is None
    assert gazetteer.lookup("Abu Qurayn") == []


def test_online_answers_unknown_names(server: str) -> None:
    fallback = make_fallback(server)
    gazetteer = load_gazetteer(overlay_path=OVERLAY, fallback=fallback)
    places = gazetteer.lookup("Abu Qurayn")
    assert [(p.place_id, p.name, p.kind, p.admin1, p.country_code) for p in places] == [
        ("osm:node:987654", "Abu Qurayn", "village", "Misrata", "LY")
    ]
    assert places[0].point == (31.4489, 15.2475)
    assert "Nominatim" in places[0].source
    query = NominatimHandler.requests[0]
    assert query["q"] == ["Abu Qurayn"]
    assert query["countrycodes"] == ["ly"]


def test_online_not_asked_for_known_names(server: str) -> None:
    fallback = make_fallback(server)
    gazetteer = load_gazetteer(overlay_path=OVERLAY, fallback=fallback)
    assert gazetteer.lookup("Syrte")[0].place_id == "gn:2210554"
    assert gazetteer.find_places("Abu Qurayn et Syrte")[0].surface == "Syrte"
    assert NominatimHandler.requests == []
    assert fallback.calls == 0


def test_online_answers_are_cached(server: str, tmp_path: Path) -> None:
    cache = tmp_path / "nominatim.json"
    fallback = make_fallback(server, cache_path=cache)
    assert fallback.geocode("Abu Qurayn")
    assert fallback.geocode("abu  QURAYN")  # same normalised name: from the memory cache
    assert fallback.geocode("Nowhere") == []
    assert fallback.geocode("nowhere") == []  # an empty answer is cached too
    assert len(NominatimHandler.requests) == 2
    again = make_fallback(server, cache_path=cache)  # from the disk cache
    assert again.geocode("Abu Qurayn")[0].name == "Abu Qurayn"
    assert len(NominatimHandler.requests) == 2


def test_online_server_error_is_a_gazetteer_error(server: str) -> None:
    with pytest.raises(GazetteerError, match="fail"):
        make_fallback(server).geocode("fail")


def test_online_flag_builds_a_nominatim_fallback() -> None:
    gazetteer = load_gazetteer(overlay_path=OVERLAY, online=True)
    assert isinstance(gazetteer.fallback, NominatimFallback)
    assert gazetteer.fallback.domain == "nominatim.openstreetmap.org"
    assert gazetteer.fallback.calls == 0  # nothing asked until a name is unknown
