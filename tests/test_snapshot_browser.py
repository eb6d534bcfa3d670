"""The exported HTML opens from disk in Chromium with no network, draws markers, runs no
injected script."""
import os
from pathlib import Path

import pytest

from dashboard.snapshot import build_standalone_html
from map_events import events_frame, sample_events

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
MISRATA = (32.3754, 15.0925)

if not CHROMIUM.exists() and not os.environ.get("CI"):  # in CI a missing browser fails
    pytest.skip(f"no Chromium at {CHROMIUM}", allow_module_level=True)


@pytest.fixture(scope="module")
def snapshot_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("snapshot") / "libya-snapshot.html"
    path.write_text(build_standalone_html(events_frame(), filters_text="all events",
                                          exported_at="2026-11-25T09:00:00+00:00"),
                    encoding="utf-8")
    return path


@pytest.fixture()
def page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.network_requests = []  # anything not from the file itself is refused
            page.page_errors = []

            def refuse_network(route):
                url = route.request.url
                if url.startswith(("file:", "data:")):
                    route.continue_()
                else:
                    page.network_requests.append(url)
                    route.abort()

            page.route("**/*", refuse_network)
            page.on("pageerror", lambda error: page.page_errors.append(str(error)))
            yield page
        finally:
            browser.close()


def _map_name(page):
    return page.evaluate("Object.keys(window).find(k => k.startsWith('map_'))")


def test_snapshot_opens_from_disk_offline_and_draws_markers(page, snapshot_file):
    page.goto(snapshot_file.as_uri())
    page.wait_for_selector(".leaflet-marker-pane > *", state="attached", timeout=15_000)
    assert page.locator(".leaflet-marker-pane > *").count() >= 1
    assert page.locator(".lm-legend").is_visible()
    assert "GNA and allies" in page.locator(".lm-legend").inner_text()
    caption = page.locator(".lm-caption").inner_text()
    assert "all events" in caption and "2026-11-25T09:00:00+00:00" in caption
    # the Natural Earth outlines are drawn in their own pane, under where web tiles would be
    assert page.locator(".leaflet-lm_basemap-pane path").count() >= 2
    assert page.network_requests == []
    assert page.page_errors == []


def test_precision_three_event_is_drawn_hollow(page, snapshot_file):
    page.goto(snapshot_file.as_uri())
    page.wait_for_selector(".leaflet-marker-pane > *", state="attached", timeout=15_000)
    page.evaluate(f"window['{_map_name(page)}'].setView([28.98, 15.93], 11, {{animate: false}})")
    vague = page.locator(".leaflet-marker-pane .lm-p3 svg [stroke-dasharray]")
    vague.first.wait_for(state="visible", timeout=10_000)
    assert vague.first.get_attribute("fill-opacity") == "0.12"


def test_injected_script_in_an_article_does_not_run(page, snapshot_file):
    page.goto(snapshot_file.as_uri())
    page.wait_for_selector(".leaflet-marker-pane > *", state="attached", timeout=15_000)
    map_name = _map_name(page)
    page.evaluate(f"window['{map_name}'].setView([{MISRATA[0]}, {MISRATA[1]}], 12, {{animate: false}})")
    marker = page.locator(".leaflet-marker-pane .lm-icon").first
    marker.wait_for(state="visible", timeout=10_000)
    marker.click()
    popup = page.locator(".leaflet-popup-content .lm-popup")
    popup.wait_for(state="visible", timeout=10_000)
    text = popup.inner_text()
    # the markup is shown as text, not run
    assert "<script>window.__pwned = true</script>" in text
    assert 'onerror="window.__pwned = true"' in text
    assert "Misrata" in text and f"event_id: {sample_events()[4].event_id}" in text
    assert popup.locator("img, script, a, b, iframe").count() == 0
    assert page.evaluate("window.__pwned") is None
    # open every popup of every event, in case one of them runs something
    page.evaluate("""() => Object.keys(window).filter(k => k.startsWith('event_cluster_'))
        .forEach(k => window[k].getLayers().forEach(m => m.fire('click')))""")
    page.wait_for_function("document.readyState === 'complete'")
    assert page.evaluate("window.__pwned") is None
    assert page.page_errors == []


def test_heat_layer_draws_offline(page, tmp_path):
    path = tmp_path / "heat.html"
    path.write_text(build_standalone_html(events_frame(), filters_text="all events",
                                          exported_at="2026-11-25T09:00:00+00:00",
                                          show_heat=True), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_selector("canvas.leaflet-heatmap-layer", state="attached", timeout=15_000)
    assert page.network_requests == [] and page.page_errors == []
