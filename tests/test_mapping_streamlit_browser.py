"""build_event_map inside st_folium's iframe: drawn with no network, a click returns the
popup text holding the event id."""
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from map_events import events_frame, sample_events

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
APP = '''
import sys

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard.mapping import build_event_map

event_map = build_event_map(pd.read_pickle(sys.argv[1]), tiles_online=False)
clicked = st_folium(event_map, key="map", height=520,
                    returned_objects=["last_object_clicked_popup"])
st.text("CLICKED: " + str((clicked or {}).get("last_object_clicked_popup")))
'''

if not CHROMIUM.exists() and not os.environ.get("CI"):  # in CI a missing browser fails
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("map_app")
    (folder / "app.py").write_text(APP, encoding="utf-8")
    events_frame().to_pickle(folder / "events.pkl")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(folder / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--", str(folder / "events.pkl")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_map_draws_offline_in_st_folium_and_a_click_returns_the_event_id(app_url):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            outside = []

            def local_only(route):
                url = route.request.url
                if url.startswith((app_url, "data:", "blob:", "about:")):
                    route.continue_()
                else:
                    outside.append(url)
                    route.abort()

            page.route("**/*", local_only)
            page.goto(app_url)
            frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
            frame.locator(".leaflet-marker-pane > *").first.wait_for(state="attached",
                                                                   timeout=30_000)
            assert frame.locator(".lm-legend").count() == 1
            for _ in range(3):  # zoom in until the clusters open into event markers
                frame.locator(".leaflet-control-zoom-in").click()
            icons = frame.locator(".leaflet-marker-pane .lm-icon")
            icons.first.wait_for(state="attached", timeout=10_000)
            icons.first.dispatch_event("click")
            page.wait_for_function(
                "document.body.innerText.includes('CLICKED: ') && "
                "/event_id: ev-[0-9a-f]{16}/.test(document.body.innerText)", timeout=20_000)
            clicked = re.search(r"event_id: (ev-[0-9a-f]{16})", page.inner_text("body")).group(1)
            assert clicked in {event.event_id for event in sample_events()}
            assert outside == []
        finally:
            browser.close()
