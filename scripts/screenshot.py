"""Take the README's screenshot: the dashboard over seeds/ and the test corpus, in Chromium.

Ingests seeds/ and tests/data/articles/ into a temporary store, serves the app on a free
loopback port, waits for the markers in the map and saves docs/dashboard.png.
Usage: python scripts/screenshot.py [--out docs/dashboard.png]
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from events.ingest import ingest_paths  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
MARKERS = ".leaflet-marker-pane > *"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"libyamap serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {timeout} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "events.duckdb"
        summary = ingest_paths([ROOT / "seeds", ROOT / "tests" / "data" / "articles"], db_path=db)
        print(f"{summary.events_added} events from {summary.new} articles")
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "libyamap.cli", "serve", "--db", str(db), "--port", str(port)],
            env=dict(os.environ, PYTHONUNBUFFERED="1"), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_healthy(url, process)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page(viewport={"width": 1600, "height": 1000})
                page.set_default_timeout(60_000)
                page.goto(url)
                page.frame_locator(MAP_FRAME).locator(MARKERS).first.wait_for()
                page.wait_for_timeout(1500)  # let the timeline chart finish drawing
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=20)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
