"""build_event_map: offline assets, layers, legend, precision styles, foreign events."""
import json
import re

import folium
import pytest
from folium.plugins import HeatMap

from dashboard.mapping import EventCluster, build_event_map, is_foreign, row_event_id
from dashboard.popup import assemble_popup
from map_events import events_frame, sample_events

CDN_WORDS = ("cdn", "unpkg", "jsdelivr", "cloudflare", "bootstrapcdn", "code.jquery")


@pytest.fixture(scope="module")
def frame():
    return events_frame()


@pytest.fixture(scope="module")
def page(frame):
    return build_event_map(frame).get_root().render()


def _clusters(event_map):
    return [child for child in event_map._children.values() if isinstance(child, EventCluster)]


def test_map_loads_no_script_or_style_from_the_network(page):
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="https?:', page)
    for word in CDN_WORDS:
        assert word not in page.lower(), word
    assert 'src="data:text/javascript;base64,' in page
    assert 'href="data:text/css;base64,' in page


def test_map_without_tiles_makes_no_request_at_all(frame):
    page = build_event_map(frame, tiles_online=False).get_root().render()
    assert "openstreetmap" not in page
    text = re.sub(r'data:[^"]+', "", page).replace("http://www.w3.org/2000/svg", "")
    urls = set(re.findall(r'https?://[^"\\\s<]+', text))
    # only the articles' own links, printed in their popups, remain
    assert urls == {"https://www.liberte-algerie.com/example", "http://example.org/notes/2"}


def test_map_has_the_offline_outline_and_optional_tiles(page):
    assert "Libya (offline outline)" in page and "Neighbouring countries" in page
    assert '"name":"Libya"' in page.replace(" ", "") or '"Libya"' in page
    assert "tile.openstreetmap.org" in page
    assert "L.control.layers" in page
    assert '"maxZoom": 18' in page  # clusters draw nothing on a tile-less map without it


def test_legend_names_every_faction_and_event_type(page):
    legend = re.search(r'div\.innerHTML = (".*?");\n', page, re.S).group(1)
    legend = json.loads(legend)
    for label in ("GNA and allies", "LNA / Haftar", "Islamic State and jihadists",
                  "International actors", "Civilians", "Other / unknown", "Battles",
                  "Explosions/Remote violence", "Violence against civilians", "Protests",
                  "Riots", "Strategic developments", "district or country level"):
        assert label in legend, label
    assert "#0072B2" in legend and "#D55E00" in legend  # GNA blue, LNA vermillion


def test_foreign_events_are_in_their_own_layer_hidden_by_default(frame):
    event_map = build_event_map(frame)
    libya, abroad = _clusters(event_map)
    assert [row_event_id(row) for row in abroad.data] == [sample_events()[3].event_id]  # Berlin
    assert abroad.show is False and libya.show is True
    page = event_map.get_root().render()
    assert f"{abroad.get_name()}.addTo(" not in page
    assert f"{libya.get_name()}.addTo(" in page
    shown = build_event_map(frame, show_foreign=True).get_root().render()
    assert re.search(r"event_cluster_\w+\.addTo\(", shown)
    assert len(re.findall(r"event_cluster_\w+\.addTo\(", shown)) == 2


@pytest.mark.parametrize("code, expected", [("LY", False), ("ly", False), ("", False),
                                            (None, False), ("DE", True), ("TN", True)])
def test_is_foreign(code, expected):
    assert is_foreign(code) is expected


def test_precision_three_is_drawn_hollow_and_dashed(frame):
    event_map = build_event_map(frame)
    libya = _clusters(event_map)[0]
    precisions = {row_event_id(row): row[4] for row in libya.data}
    assert precisions[sample_events()[2].event_id] == 3  # the Jufra district event
    icons = next(child for child in event_map._children.values()
                 if type(child).__name__ == "IconTable").svgs
    for by_type in icons:
        for precise, near, vague in by_type:
            assert "stroke-dasharray" in vague[0] and 'fill-opacity="0.12"' in vague[0]
            assert "stroke-dasharray" not in precise[0]
            assert vague[2] > precise[2]  # larger: it covers an area


def test_events_without_coordinates_are_counted_not_drawn(frame):
    event_map = build_event_map(frame)
    drawn = [row_event_id(row) for cluster in _clusters(event_map) for row in cluster.data]
    assert sample_events()[5].event_id not in drawn
    assert "1 without coordinates not drawn" in event_map.get_root().render()


def test_each_marker_row_carries_its_event_id_in_the_popup(frame):
    libya = _clusters(build_event_map(frame))[0]
    for row in libya.data:
        assert row_event_id(row).startswith("ev-")
        assert f"event_id: {row_event_id(row)}" in assemble_popup(row[5])


def test_article_text_is_escaped_in_the_rendered_page(page):
    # the raw markup of the hostile article never reaches the page unescaped
    assert "<script>window.__pwned" not in page
    assert "onerror=\"window.__pwned" not in page
    assert "javascript:window.__pwned" not in page
    # json in a <script> escapes < > &: decode the marker data to check html.escape ran
    assert "&lt;script&gt;window.__pwned" in page


def test_heat_layer_toggle(frame):
    def heat(event_map):
        return next(c for c in event_map._children.values() if isinstance(c, HeatMap))

    assert heat(build_event_map(frame)).show is False
    assert heat(build_event_map(frame, show_heat=True)).show is True


def test_selected_event_is_drawn_on_its_own(frame):
    selected = sample_events()[0].event_id
    event_map = build_event_map(frame, selected_event_id=selected, center=(31.2, 16.6), zoom=9)
    assert selected not in [row_event_id(row) for c in _clusters(event_map) for row in c.data]
    page = event_map.get_root().render()
    assert "LIBYAMAP_SELECTED_ICONS" in page and "Selected event" in page
    assert event_map.location == [31.2, 16.6]


def test_empty_frame_gives_a_map_with_outline_and_legend():
    import pandas as pd

    event_map = build_event_map(pd.DataFrame())
    assert isinstance(event_map, folium.Map)
    page = event_map.get_root().render()
    assert "Libya (offline outline)" in page and "0 events on the map" in page
