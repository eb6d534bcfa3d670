"""The standalone HTML snapshot: one self-contained page with markers, legend and caption."""
import dataclasses
import re
from datetime import datetime, timezone

import pandas as pd

from dashboard.snapshot import build_standalone_html
from map_events import events_frame, sample_events

EXPORTED_AT = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def _snapshot(frame=None, filters_text="factions: gna, lna; dates: 2020-06-01..2020-06-30"):
    return build_standalone_html(events_frame() if frame is None else frame,
                                 filters_text=filters_text, exported_at=EXPORTED_AT)


def test_snapshot_is_one_self_contained_page():
    page = _snapshot()
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Libya conflict map: snapshot</title>" in page
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="(?!data:)', page)
    for word in ("cdn", "unpkg", "jsdelivr", "cloudflare"):
        assert word not in page.lower()


def test_snapshot_prints_filters_count_and_export_time():
    page = _snapshot()
    assert "6 events in this view" in page
    assert "factions: gna, lna; dates: 2020-06-01..2020-06-30" in page
    assert "2026-11-25T09:00:00+00:00" in page


def test_snapshot_escapes_the_filter_text():
    page = _snapshot(filters_text='text: <img src=x onerror="window.__pwned=1">')
    assert "<img src=x" not in page
    assert "&lt;img src=x" in page  # html-escaped, then written as JSON in the script


def test_snapshot_web_tiles_start_unticked_and_abroad_events_follow_the_view():
    page = _snapshot()
    tiles = re.search(r"var (tile_layer_\w+) = L\.tileLayer", page).group(1)
    assert f"{tiles}.addTo(" not in page  # listed in the layer control, not loaded
    assert len(re.findall(r"event_cluster_\w+\.addTo\(", page)) == 2  # Libya and abroad


def test_snapshot_of_an_empty_view():
    page = _snapshot(pd.DataFrame())
    assert "0 events in this view" in page and "Libya (offline outline)" in page


def test_snapshot_shows_template_syntax_in_articles_and_filters_as_written():
    """An article or a search holding "{{ ... }}" or "{#" was read as a template (bug)."""
    first, *others = sample_events()
    tricky = dataclasses.replace(first, evidence="Bilan {{ 6*7 }} morts à Syrte {# fin")
    page = _snapshot(events_frame([tricky, *others]), filters_text="text: {{ 7*7 }} {%")
    assert "Bilan 42" not in page and "text: 49" not in page
    assert "Bilan \\u007b{ 6*7 }} morts" in page and "text: \\u007b{ 7*7 }} \\u007b%" in page
