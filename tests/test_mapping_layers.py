"""build_base_map + build_event_layers: the map that st_folium keeps, and the layers a filter
change swaps in (st_folium's feature_group_to_add)."""
from __future__ import annotations

import dataclasses
import json

import folium
import pytest
from streamlit_folium import _get_feature_group_string, _get_map_string, generate_js_hash

from dashboard.mapping import build_base_map, build_event_layers, heat_weights, is_foreign
from map_events import events_frame, sample_events


@pytest.fixture(scope="module")
def frame():
    return events_frame()


def _base_script() -> str:
    base = build_base_map(tiles_online=False)
    base.get_root().render()
    return _get_map_string(base)


def _layers_script(layers: list[folium.FeatureGroup]) -> str:
    base = build_base_map(tiles_online=False)
    base.get_root().render()
    _get_map_string(base)  # names the base map's variables, as st_folium does first
    return "".join(_get_feature_group_string(group, base, idx=idx)
                   for idx, group in enumerate(layers))


def test_the_base_map_is_the_same_script_for_every_view():
    """st_folium keeps the drawn map while this hash is unchanged: a filter change redraws
    only the event layers."""
    first, second = _base_script(), _base_script()
    assert generate_js_hash(first, "map") == generate_js_hash(second, "map")
    assert "ev-" not in first  # no event in the base map
    assert "LIBYAMAP_ICONS" in first and "lm-legend" in first  # icons and legend key


def test_the_layers_carry_the_events_and_the_count_note(frame):
    script = _layers_script(build_event_layers(frame))
    libyan = {event.event_id for event in sample_events()
              if event.country_code == "LY" and event.latitude is not None}
    assert all(event_id in script for event_id in libyan)
    assert "on the map" in script and "lm-count" in script  # the legend's note comes along
    assert "map_div.addLayer(feature_group_feature_group_0)" in script


def test_events_abroad_only_when_shown(frame):
    abroad = {event.event_id for event in sample_events() if is_foreign(event.country_code)}
    assert abroad
    hidden = _layers_script(build_event_layers(frame))
    shown = _layers_script(build_event_layers(frame, show_foreign=True))
    assert not any(event_id in hidden for event_id in abroad)
    assert all(event_id in shown for event_id in abroad)


def test_heat_and_selected_layers_follow_their_options(frame):
    names = [group.layer_name for group in build_event_layers(frame)]
    assert names == ["Events in Libya (4)"]  # no heat, no abroad, no selection by default
    selected = sample_events()[0].event_id
    names = [group.layer_name
             for group in build_event_layers(frame, show_heat=True, selected_event_id=selected)]
    assert any("Heat" in name for name in names) and "Selected event" in names


def test_an_empty_view_still_has_its_count_note():
    import pandas as pd

    layers = build_event_layers(pd.DataFrame())
    assert len(layers) == 1
    assert "0 events on the map" in _layers_script(layers)


def test_article_text_that_looks_like_a_template_is_shown_as_written_not_evaluated():
    """folium compiles each rendered script as a Jinja template: an article holding "{{ 7*7 }}"
    was evaluated on the server (49 on the map) and an unclosed "{#" stopped the map (bug)."""
    first, *others = sample_events()
    tricky = dataclasses.replace(
        first, evidence="Les combats {{ 7*7 }} ont repris {% if x %} à Syrte {# note",
        event_type="Battles")
    script = _layers_script(build_event_layers(events_frame([tricky, *others]),
                                               selected_event_id=first.event_id))
    assert "ont repris 49" not in script.replace("{{ 7*7 }}", "")
    assert "Les combats \\u007b{ 7*7 }} ont repris \\u007b% if x %}" in script
    assert json.loads('"\\u007b{ 7*7 }}"') == "{{ 7*7 }}"  # the browser reads the text back


def test_heat_of_a_cut_view_weighs_every_event_by_cell(frame):
    """With `density`, the heat layer covers the whole view, not only the rows drawn."""
    density = [(31.2, 16.6, 400), (32.9, 13.2, 20), (32.1, 20.05, 1)]
    (heat,) = [group for group in build_event_layers(frame, show_heat=True, density=density)
               if group.layer_name.startswith("Heat")]
    (points,) = [child.data for child in heat._children.values()]
    # the busiest twentieth of three cells is the second busiest: 20 events and more are full heat
    assert points == [[31.2, 16.6, 1.0], [32.9, 13.2, 1.0], [32.1, 20.05, 0.05]]
    assert heat_weights([]) == [] and heat_weights([(30.0, 15.0, 0)]) == []
    assert heat_weights([(30.0, 15.0, 3)] * 40 + [(31.0, 16.0, 900)])[0] == [30.0, 15.0, 1.0]


def test_older_events_of_a_cut_view_are_counted_in_their_own_layer(frame):
    older = [(31.2, 16.6, 12), (32.9, 13.2, 1), (30.0, 15.0, 0)]
    groups = {group.layer_name: group for group in build_event_layers(frame, older=older)}
    assert "Older events in view, counted (13)" in groups
    script = _layers_script(list(groups.values()))
    assert "var cells = [[31.2,16.6,12],[32.9,13.2,1]];" in script  # empty cells left out
    assert not any(name.startswith("Older") for name in
                   (group.layer_name for group in build_event_layers(frame)))


def test_st_folium_sends_the_same_map_without_its_first_render(frame, monkeypatch):
    """The map page calls st_folium(render=False) to save a whole-page render: the component
    must receive the same arguments as with render=True (ids aside)."""
    import re

    import streamlit_folium

    sent = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.append(kwargs) or {})
    for render in (True, False):
        streamlit_folium.st_folium(
            build_base_map(tiles_online=False), key="map", render=render,
            feature_group_to_add=build_event_layers(frame, show_heat=True),
            layer_control=folium.LayerControl(collapsed=True), returned_objects=[])
    ids = re.compile(r"[0-9a-f]{32}")
    with_render, without = ({key: ids.sub("ID", value) if isinstance(value, str) else value
                             for key, value in args.items() if key != "on_change"} for args in sent)
    assert with_render == without and "ev-" in without["feature_group"]
