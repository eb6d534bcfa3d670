"""The dashboard in Debian's Chromium: `libyamap serve` over a store ingested from seeds/ plus a
hostile article, driven by Playwright with no internet."""
from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
MARKERS = ".leaflet-marker-pane > *, .leaflet-overlay-pane path.leaflet-interactive"
# A made-up report (our own words) whose sentence carries markup that must never run.
HOSTILE_TEXT = (
    "Tripoli, le 12 juin 2020. Des combats ont opposé jeudi à Syrte "
    "</script><script>window.__libyamap_pwned = 1</script>"
    "<img src=x onerror=\"window.__libyamap_pwned = 2\"> les forces du GNA aux forces de Haftar.\n"
)
# A made-up report of an event with the LNA side alone, away from Sirte and from the fronts of
# the war on Tripoli (there the extractor names the GNA as the side struck), with no deaths (the
# extractor names the dead "civilians"): a second side would keep the event in view.
LNA_ONLY_TEXT = (
    "Mercredi, les forces de Haftar ont frappé des positions à Derna.\n"
)
if not CHROMIUM.exists() and not os.environ.get("CI"):  # in CI a missing browser fails
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_healthy(url: str, process: subprocess.Popen, *, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"libyamap serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)  # polling interval, not a wait for a result
    raise AssertionError(f"{url} did not answer within {timeout} s")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    from events.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("browser")
    hostile = folder / "articles" / "hostile.txt"
    hostile.parent.mkdir()
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    hostile.with_name("hostile.meta.json").write_text(json.dumps(
        {"id": "hostile", "source": "Test <b>source</b>", "language": "fr",
         "published": "2020-06-12"}), encoding="utf-8")
    lna_only = folder / "articles" / "gharyan.txt"
    lna_only.write_text(LNA_ONLY_TEXT, encoding="utf-8")
    lna_only.with_name("gharyan.meta.json").write_text(json.dumps(
        {"id": "gharyan", "source": "Test", "language": "fr", "published": "2020-06-11"}),
        encoding="utf-8")
    db = folder / "events.duckdb"
    ingest_paths([SEEDS, hostile.parent], db_path=db)
    return db


@contextlib.contextmanager
def _serving(db: Path):
    """`libyamap serve` on a free port of 127.0.0.1, stopped on exit; yields its URL."""
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "libyamap.cli", "serve", "--db", str(db), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def server(store):
    with _serving(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _map(page):
    return page.frame_locator(MAP_FRAME)


def _wait_for_markers(page) -> int:
    markers = _map(page).locator(MARKERS)
    markers.first.wait_for(state="attached")
    return markers.count()


# The ids of the events the Leaflet map holds (in clusters or not), read in the map's frame.
EVENT_IDS_JS = """() => {
    const ids = new Set();
    const visit = (layer) => {
        if (layer.options && layer.options.eventId) ids.add(layer.options.eventId);
        if (layer.getLayers) layer.getLayers().forEach(visit);
    };
    for (const key of Object.keys(window)) {
        const value = window[key];
        if (window.L && value instanceof window.L.Map) value.eachLayer(visit);
    }
    return [...ids].sort();
}"""


def _event_ids_on_map(page) -> list[str]:
    frame = page.locator(MAP_FRAME).element_handle().content_frame()
    return frame.evaluate(EVENT_IDS_JS)


def _events(store: Path, **criteria):
    from events.model import EventFilter
    from events.store import Store

    with Store.open(store, read_only=True) as opened:
        return opened.query_events(EventFilter(**criteria))


def test_markers_are_drawn_in_the_map_frame(server, page, store):
    page.goto(server)
    assert _wait_for_markers(page) > 0
    libyan = _events(store, include_foreign=False).dropna(subset=["latitude"])
    assert set(_event_ids_on_map(page)) == set(libyan["event_id"])


def test_clicking_the_sirte_marker_shows_its_evidence(server, page, store):
    sirte = _events(store, places=("Sirte",), include_foreign=False)
    assert not sirte.empty
    page.goto(server + "/?place=Sirte")
    _wait_for_markers(page)
    frame = _map(page)
    cluster = frame.locator(".marker-cluster")
    if cluster.count():  # the Sirte events share one point: the cluster opens as a spider
        cluster.first.click()
    frame.locator(".lm-icon").first.click()
    popup = frame.locator(".leaflet-popup-content")
    popup.first.wait_for(state="visible")
    shown = " ".join(popup.first.inner_text().split())
    evidences = [" ".join(str(text).split()) for text in sirte["evidence"]]
    assert any(evidence[:60] in shown for evidence in evidences), shown
    assert "Sirte" in shown


def test_deselecting_the_lna_side_removes_its_markers(server, page, store):
    lna_only = _events(store, factions=("lna",), include_foreign=False)
    lna_only = lna_only[lna_only["faction2"].fillna("").isin(["", "lna"])
                        & (lna_only["faction1"] == "lna")]
    assert not lna_only.empty, "no event of the LNA side alone: the test would prove nothing"
    page.goto(server)
    _wait_for_markers(page)
    assert set(lna_only["event_id"]) <= set(_event_ids_on_map(page))
    map_window = page.locator(MAP_FRAME).element_handle().content_frame()
    map_window.evaluate("window.__libyamap_kept = 1")  # gone if the map were drawn anew
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.get_by_role("button", name="Remove LNA / Haftar").click()
    page.wait_for_url(lambda url: "faction=" in url)
    page.wait_for_function(
        "ids => { const f = document.querySelector(\"iframe[title='streamlit_folium.st_folium']\");"
        " if (!f || !f.contentWindow.L) return false;"
        " const w = f.contentWindow; let found = false, any = false;"
        " for (const k of Object.keys(w)) { const m = w[k];"
        "   if (m instanceof w.L.Map) { any = true; m.eachLayer(function visit(l) {"
        "     if (l.options && ids.includes(l.options.eventId)) found = true;"
        "     if (l.getLayers) l.getLayers().forEach(visit); }); } }"
        " return any && !found; }",
        arg=list(lna_only["event_id"]),
    )
    remaining = _event_ids_on_map(page)
    # only the event layers were swapped: the same map, in the same frame, stayed on the page
    kept = page.locator(MAP_FRAME).element_handle().content_frame()
    assert kept.evaluate("window.__libyamap_kept") == 1
    assert remaining and not set(lna_only["event_id"]) & set(remaining)


def _shown_count(page) -> int:
    summary = page.get_by_text("events shown of").first
    return int(summary.inner_text().split(" ", 1)[0].replace(",", ""))


def test_brushing_the_timeline_narrows_the_view(server, page):
    page.goto(server)
    _wait_for_markers(page)
    before = _shown_count(page)
    chart = page.locator("[data-testid='stVegaLiteChart'] canvas, "
                         "[data-testid='stVegaLiteChart'] svg").first
    box = chart.bounding_box()
    y = box["y"] + box["height"] * 0.3
    page.mouse.move(box["x"] + box["width"] * 0.6, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.95, y, steps=8)
    page.mouse.up()
    page.wait_for_url(lambda url: "from=" in url and "to=" in url)
    page.wait_for_function(
        "before => [...document.querySelectorAll('strong')].some(e => "
        "e.innerText.includes('events shown of') && parseInt(e.innerText) < before)",
        arg=before,
    )
    year = page.locator("[data-testid='stSidebar']").get_by_role("spinbutton", name="year, From")
    assert year.get_attribute("aria-valuenow") == "2020"  # the sidebar follows the brush


def test_the_csv_download_arrives(server, page):
    page.goto(server + "/export")
    button = page.get_by_role("button", name="CSV (ACLED columns)")
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and "event_date" in rows[0]


def test_markup_in_an_article_does_not_run(server, page, store):
    events = _events(store, text="onerror", include_foreign=True)
    assert not events.empty, "the hostile article gave no event: the test would prove nothing"
    page.goto(server + "/?q=onerror")  # the hostile events alone, and their record below
    _wait_for_markers(page)
    assert set(_event_ids_on_map(page)) == set(events["event_id"])
    _map(page).locator(".lm-icon").first.click()
    popup = _map(page).locator(".leaflet-popup-content", has_text="onerror")
    popup.first.wait_for(state="visible")
    assert "<script>" in popup.first.inner_text()  # shown as text, not run
    frame = page.locator(MAP_FRAME).element_handle().content_frame()
    for target in (page, frame):
        assert target.evaluate("window.__libyamap_pwned") is None
    assert page.dialogs == []


def test_the_exported_html_opens_from_disk_with_markers(server, page, browser, tmp_path):
    page.goto(server + "/export")
    with page.expect_download() as info:
        page.get_by_role("button", name="Standalone HTML map").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    offline = browser.new_context(offline=True)
    try:
        snapshot = offline.new_page()
        snapshot.goto(saved.as_uri())
        snapshot.locator(MARKERS).first.wait_for(state="attached", timeout=60_000)
        assert "Exported" in snapshot.content() or "exported" in snapshot.content()
    finally:
        offline.close()


# The events counted by the grey discs of a cut view (OlderEvents), read in the map's frame.
OLDER_COUNT_JS = """() => {
    const circles = new Set();  // a map may be held by more than one global
    for (const key of Object.keys(window)) {
        const value = window[key];
        if (window.L && value instanceof window.L.Map) value.eachLayer((layer) => {
            if (layer instanceof window.L.CircleMarker && layer.options.eventCount) {
                circles.add(layer);
            }
        });
    }
    let total = 0;
    circles.forEach((circle) => { total += circle.options.eventCount; });
    return [total, circles.size];
}"""


def test_a_view_larger_than_the_map_draws_the_newest_and_counts_the_rest(tmp_path, browser):
    from dashboard.queries import VIEW_LIMIT
    from events.store import Store
    from store_samples import imported_shelling

    db = tmp_path / "large.duckdb"
    with Store.open(db) as opened:
        opened.insert_events(imported_shelling(VIEW_LIMIT + 300))
    context = browser.new_context(viewport={"width": 1500, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(60_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    with _serving(db) as url:
        page.goto(url)
        page.get_by_text(f"show the newest {VIEW_LIMIT:,} of {VIEW_LIMIT + 300:,} events").wait_for()
        _wait_for_markers(page)
        frame = page.locator(MAP_FRAME).element_handle().content_frame()
        frame.wait_for_function(f"() => ({OLDER_COUNT_JS})()[0] > 0")
        assert len(_event_ids_on_map(page)) == VIEW_LIMIT
        counted, circles = frame.evaluate(OLDER_COUNT_JS)
        assert counted == 300 and 1 < circles < 7  # seven latitudes 0.1 apart in 0.5-degree cells
    context.close()
    assert not errors
