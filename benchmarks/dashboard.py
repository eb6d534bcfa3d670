"""Dashboard speed at scale: 100,000 synthetic events in a store, served and opened in Chromium.

Prints the time from opening the page to the first markers drawn in the map, and the time of two
filter changes to the new summary and markers: deselecting a faction (the new view is mostly
events already drawn) and choosing one event type (mostly events not drawn before). Targets:
< 4 s and < 1 s.

    .venv/bin/python benchmarks/dashboard.py [--events 100000] [--keep DIR]
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from events.model import EVENT_TYPES, FACTIONS, Event, make_event_id
from events.store import Store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
MARKERS = ".leaflet-marker-pane > *, .leaflet-overlay-pane path.leaflet-interactive"
# Mark the markers drawn before the change, then wait for a marker drawn after it (st_folium may
# redraw the whole map, in its frame or a new frame, or swap only the event layers in place).
MARK_OLD_JS = """() => document.querySelectorAll("iframe[title='streamlit_folium.st_folium']")
    .forEach(f => f.contentDocument.querySelectorAll('.leaflet-marker-pane > *')
    .forEach(m => m.setAttribute('data-old', '1')))"""
NEW_MARKERS_JS = """() => [...document.querySelectorAll(
    "iframe[title='streamlit_folium.st_folium']")].some(f => f.contentDocument && f.contentDocument.querySelector(
        '.leaflet-marker-pane > :not([data-old])'))"""
# A few Libyan towns (GeoNames coordinates, rounded): events are scattered around them.
TOWNS = {
    "Tripoli": (32.885, 13.180), "Sirte": (31.205, 16.588), "Misrata": (32.375, 15.092),
    "Benghazi": (32.115, 20.068), "Tarhuna": (32.435, 13.634), "Sabha": (27.037, 14.426),
    "Gharyan": (32.172, 13.020), "Derna": (32.767, 22.637), "Zawiya": (32.757, 12.728),
}


def synthetic_events(count: int, *, seed: int = 7) -> list[Event]:
    """Plausible-looking random events (no real report behind them)."""
    rng = random.Random(seed)
    pairs = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    factions = list(FACTIONS)
    start = date(2019, 4, 4)
    events = []
    for number in range(count):
        town, (lat, lon) = rng.choice(list(TOWNS.items()))
        event_type, sub_type = rng.choice(pairs)
        article_id = f"synthetic-{number // 10}"
        evidence = f"Synthetic report {number}: {sub_type.lower()} near {town}."
        events.append(Event(
            event_id=make_event_id(article_id, number, number + len(evidence)),
            article_id=article_id, event_type=event_type, sub_event_type=sub_type,
            evidence=evidence, evidence_start=number, evidence_end=number + len(evidence),
            event_date=start + timedelta(days=rng.randrange(600)), time_precision=1,
            actor1=f"{town} forces", faction1=rng.choice(factions),
            faction2=rng.choice(factions), location=town, country="Libya",
            country_code="LY", latitude=lat + rng.uniform(-0.3, 0.3),
            longitude=lon + rng.uniform(-0.3, 0.3), geo_precision=1,
            fatalities=rng.choice([None, 0, 1, 2, 5]), source="synthetic",
            origin="acled",
        ))
    return events


def build_store(folder: Path, count: int) -> Path:
    db = folder / "bench.duckdb"
    started = time.perf_counter()
    with Store.open(db) as store:
        imported = store.insert_events(synthetic_events(count))
    print(f"store: {imported:,} events stored in {time.perf_counter() - started:.1f} s")
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "libyamap.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the dashboard did not start")


def time_to_markers(browser, url: str):
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.set_default_timeout(180_000)
    started = time.perf_counter()
    page.goto(url)
    page.get_by_text("events shown of").first.wait_for()
    summary = time.perf_counter() - started
    page.frame_locator(MAP_FRAME).locator(MARKERS).first.wait_for(state="attached")
    return page, summary, time.perf_counter() - started


def measure(url: str) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        cold_page, summary, cold = time_to_markers(browser, url)
        cold_page.close()
        print(f"first visit after start (imports, cold caches): summary {summary:.2f} s, "
              f"markers {cold:.2f} s")
        page, summary, first_markers = time_to_markers(browser, url)
        print(f"a new visit: summary {summary:.2f} s, markers {first_markers:.2f} s")

        sidebar = page.locator("[data-testid='stSidebar']")
        faction = time_change(page, lambda: sidebar.get_by_role(
            "button", name="Remove LNA / Haftar").click())
        print("  (deselecting a faction: most events in the new view were in the last one)")
        sidebar.locator("[data-testid='stMultiSelect']").nth(1).click()
        option = page.get_by_role("option", name="Battles", exact=True)
        option.wait_for()
        event_type = time_change(page, option.click)
        print("  (one event type: most events in the new view were not drawn before)")
        browser.close()
    return first_markers, max(faction, event_type)


def time_change(page, act) -> float:
    """Seconds from `act` to the new summary line and to a marker drawn after it."""
    before = page.get_by_text("events shown of").first.inner_text()
    page.evaluate(MARK_OLD_JS)
    started = time.perf_counter()
    act()
    page.wait_for_function(
        "before => [...document.querySelectorAll('p, strong')].some("
        "e => e.innerText.includes('events shown of') && e.innerText !== before)",
        arg=before,
    )
    summary_changed = time.perf_counter() - started
    page.wait_for_function(NEW_MARKERS_JS, polling=50)
    changed = time.perf_counter() - started
    print(f"filter change: new summary {summary_changed:.2f} s, new markers {changed:.2f} s")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    parser.add_argument("--db", type=Path, help="measure an existing store instead")
    args = parser.parse_args()
    if args.db:
        db = args.db
    else:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="libyamap-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        db = build_store(folder, args.events)
    process = serve(db, free_port())
    port = process.args[-1]
    try:
        first_markers, filter_change = measure(f"http://127.0.0.1:{port}")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    print(f"events: {args.events:,}" if not args.db else f"store: {db}")
    print(f"time to first markers: {first_markers:.2f} s (target < 4 s)")
    print(f"time of a filter change (the slower of the two): {filter_change:.2f} s "
          "(target < 1 s)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
