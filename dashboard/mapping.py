"""The event map as a folium.Map, built without Streamlit so plain tests cover it.

Layers: Natural Earth outlines (offline, always), web tiles (optional), the events extracted
from articles located in Libya in one marker cluster, the events imported from each other dataset
(ACLED, UCDP) located in Libya in a cluster of their own, events abroad in another (off by
default), a heat layer, the selected event. Imported markers carry a ring and their dataset's
letter (dashboard.legend.import_mark_svg); colour and shape keep meaning faction and type.
Each event layer ships its events as compact arrays and one JavaScript callback builds the
markers in the browser (FastMarkerCluster's approach): no per-event folium object, no
per-feature style function, so 100,000 events stay usable.
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

import folium
import folium.plugins
from branca.element import MacroElement
import pandas as pd
from folium.plugins import MarkerCluster
from folium.elements import JSCSSMixin
from folium.template import Template

from gazetteer import GazetteerError, default_gazetteer

from dashboard.basemap import add_outline_layers
from dashboard.legend import (
    FACTION_COLOURS,
    FACTION_ORDER,
    IMPORT_ORIGINS,
    OTHER_IMPORT,
    TYPE_ORDER,
    TYPE_SHAPES,
    HtmlControl,
    faction_key,
    import_label,
    import_mark_svg,
    is_imported,
    legend_html,
    legend_key_html,
    legend_note_html,
    marker_svg,
)
from dashboard.offline import install_offline_assets
from dashboard.scriptdata import script_json
from dashboard.popup import (POPUP_JS, clean, int_of, popup_parts,
                              text_of)

LIBYA_CENTER = (27.5, 17.5)  # (lat, lon)
LIBYA_ZOOM = 5
MAX_ZOOM = 18  # needed: with tiles=None the clusters draw nothing without a maxZoom
TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILES_ATTRIBUTION = "&copy; OpenStreetMap contributors"

# The JavaScript that turns one data row into a marker. Row layout (see _marker_row):
# [lat, lon, faction index, type index, geo precision, popup parts (see dashboard.popup)],
# and for an imported event a seventh item, its origin ("acled"), which picks the ringed icons.
MARKER_CALLBACK = """function (row) {
    var icons = row.length > 6 ? (window.LIBYAMAP_IMPORTED_ICONS[row[6]]
        || window.LIBYAMAP_IMPORTED_ICONS.other) : window.LIBYAMAP_ICONS;
    var parts = row[5];
    var marker = L.marker([row[0], row[1]], {icon: icons[row[2]][row[3]][row[4] - 1]});
    marker.options.eventId = parts[0];
    marker.on("mouseover", function () {  // built on first hover: cheap at 100,000 markers
        if (!this.getTooltip()) {
            this.bindTooltip(parts[parts.length - 1]);
            this.openTooltip();
        }
    });
    marker.on("click", function () {
        if (!this.getPopup()) {
            var content = document.createElement("div");
            content.innerHTML = window.LIBYAMAP_POPUP(parts);  // parts escaped in Python
            this.bindPopup(content, {maxWidth: 380});
            this.openPopup();
        }
    });
    return marker;
}"""

# The inverse of pack_rows: marker rows with their popup parts as text again.
UNPACK_JS = """function (packed) {
    var strings = packed.strings;
    return packed.rows.map(function (row) {
        row[5] = row[5].map(function (k) { return strings[k]; });
        return row;
    });
}"""


def pack_rows(rows: list[list]) -> dict[str, list]:
    """Marker rows for the page: each popup part written once in `strings` and referred to by
    its index (types, precisions, review notes and sources repeat from event to event, so the
    page carries about half the text; UNPACK_JS reverses it)."""
    table: dict[str, int] = {}
    packed = [[*row[:5], [table.setdefault(part, len(table)) for part in row[5]], *row[6:]]
              for row in rows]
    return {"strings": list(table), "rows": packed}


# The cluster bubble of an imported layer: the default bubble with a dark ring, like its markers.
IMPORTED_CLUSTER_ICON = """function (cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    return L.divIcon({html: '<div' + %s + ' style="box-shadow: 0 0 0 2px #fff, '
                            + '0 0 0 3.5px #111"><span>' + count + '</span></div>',
                      className: "marker-cluster marker-cluster-" + size + " lm-imported-cluster",
                      iconSize: L.point(40, 40)});
}"""


class IconTable(folium.elements.MacroElement):
    """window.LIBYAMAP_ICONS[faction][type][precision - 1]: one L.divIcon per combination, and
    window.LIBYAMAP_IMPORTED_ICONS[origin][faction][type][precision - 1]: the same shapes with
    the origin's ring and letter (`marks`, added in the browser so the page ships each shape
    once; the result equals marker_svg(..., origin=origin)).

    With `selected`, the same shapes larger with a dark outline, as LIBYAMAP_SELECTED_ICONS and
    LIBYAMAP_SELECTED_IMPORTED_ICONS (the popup code is set once, by the plain table).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {% if this.popup_js %}window.LIBYAMAP_POPUP = {{ this.popup_js }};
            window.LIBYAMAP_UNPACK = {{ this.unpack_js }};{% endif %}
            (function (svgs, marks) {
                function table(mark) {
                    return svgs.map(function (byType) {
                        return byType.map(function (byPrecision) {
                            return byPrecision.map(function (icon) {
                                return L.divIcon({
                                    html: mark ? icon[0].replace("</svg>", mark + "</svg>")
                                               : icon[0],
                                    className: icon[1] + (mark ? " lm-imported" : ""),
                                    iconSize: [icon[2], icon[2]],
                                    iconAnchor: [icon[2] / 2, icon[2] / 2]});
                            });
                        });
                    });
                }
                var imported = {};
                Object.keys(marks).forEach(function (origin) {
                    imported[origin] = table(marks[origin]);
                });
                window[{{ this.variable|tojson }}] = table("");
                window[{{ this.imported_variable|tojson }}] = imported;
            })({{ this.svgs|tojson }}, {{ this.marks|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, *, selected: bool = False) -> None:
        super().__init__()
        self._name = "SelectedIcons" if selected else "IconTable"
        self.variable = "LIBYAMAP_SELECTED_ICONS" if selected else "LIBYAMAP_ICONS"
        self.imported_variable = ("LIBYAMAP_SELECTED_IMPORTED_ICONS" if selected
                                  else "LIBYAMAP_IMPORTED_ICONS")
        self.popup_js = "" if selected else POPUP_JS
        self.unpack_js = UNPACK_JS
        self.marks = {origin: import_mark_svg(origin) for origin in (*IMPORT_ORIGINS, OTHER_IMPORT)}
        self.svgs = [[[_icon_spec(faction, event_type, precision, selected=selected)
                       for precision in (1, 2, 3)]
                      for event_type in TYPE_ORDER]
                     for faction in FACTION_ORDER]


def _icon_spec(faction: str, event_type: str, precision: int, *, selected: bool) -> list:
    svg = marker_svg(colour=FACTION_COLOURS[faction], shape=TYPE_SHAPES[event_type],
                     geo_precision=precision, selected=selected)
    size = int(svg.split('width="', 1)[1].split('"', 1)[0])
    css = "lm-icon lm-selected" if selected else "lm-icon"
    return [svg, f"{css} lm-p{precision}", size]


class EventCluster(MarkerCluster):
    """A marker cluster built in the browser from data rows by MARKER_CALLBACK.

    Unlike folium's FastMarkerCluster, it leaves adding itself to the map to Layer.render, so
    `show=False` really starts it hidden (still listed in the layer control). With
    `imported_origin`, its cluster bubbles are ringed like the imported markers.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var callback = {{ this.callback }};
                var data = LIBYAMAP_UNPACK({{ this.data_json }});
                var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
                {%- if this.icon_create_function is not none %}
                cluster.options.iconCreateFunction = {{ this.icon_create_function }};
                {%- endif %}
                var markers = new Array(data.length);
                for (var i = 0; i < data.length; i++) {
                    markers[i] = callback(data[i]);
                }
                cluster.addLayers(markers);
                return cluster;
            })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[list], *, name: str, show: bool = True, control: bool = True,
                 callback: str = MARKER_CALLBACK, imported_origin: str = "") -> None:
        icon = None
        if imported_origin:
            title = html.escape(f"Imported: {import_label(imported_origin)}", quote=True)
            icon = IMPORTED_CLUSTER_ICON % script_json(f' title="{title}"')
        super().__init__(name=name, show=show, control=control, max_cluster_radius=45,
                         chunked_loading=True, icon_create_function=icon)
        self._name = "EventCluster"
        self.data, self.callback = rows, callback
        self.data_json = script_json(pack_rows(rows))


class SelectedEvent(folium.map.Layer):
    """The selected event, outside the cluster, drawn larger with its popup ready."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var callback = {{ this.callback }};
                var group = L.layerGroup();
                LIBYAMAP_UNPACK({{ this.data_json }}).forEach(function (row) {
                    var marker = callback(row);
                    var icons = row.length > 6
                        ? (window.LIBYAMAP_SELECTED_IMPORTED_ICONS[row[6]]
                           || window.LIBYAMAP_SELECTED_IMPORTED_ICONS.other)
                        : window.LIBYAMAP_SELECTED_ICONS;
                    marker.setIcon(icons[row[2]][row[3]][row[4] - 1]);
                    marker.setZIndexOffset(1000);
                    group.addLayer(marker);
                });
                return group;
            })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[list], *, name: str = "Selected event",
                 control: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=control, show=True)
        self._name = "SelectedEvent"
        self.data, self.callback = rows, MARKER_CALLBACK
        self.data_json = script_json(pack_rows(rows))


class OlderEvents(folium.map.Layer):
    """Events a cut view does not draw one by one, as grey discs counting them per cell."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function () {
                var group = L.layerGroup(), canvas = L.canvas({padding: 0.2});
                var cells = {{ this.data_json }};
                var most = Math.max.apply(null, cells.map(function (c) { return c[2]; }));
                cells.forEach(function (cell) {
                    var count = cell[2];
                    // soft grey discs under the markers, the busiest cell 30 px across
                    L.circleMarker([cell[0], cell[1]], {renderer: canvas, eventCount: count,
                        radius: 5 + 25 * Math.sqrt(count / most), weight: 1, opacity: 0.5,
                        color: "#6b6b6b", fillColor: "#8c8c8c", fillOpacity: 0.22,
                        className: "lm-older"
                    }).bindTooltip(count.toLocaleString("en") + (count === 1 ? " older event"
                        : " older events") + " here: narrow the dates or filters to see them"
                        + " one by one").addTo(group);
                });
                return group;
            })();
        {% endmacro %}
        """
    )

    def __init__(self, cells: list[tuple[float, float, int]]) -> None:
        super().__init__(name="Older events", overlay=True, control=False, show=True)
        self._name = "OlderEvents"
        self.cells = [[lat, lon, int(count)] for lat, lon, count in cells if count > 0]
        self.data_json = script_json(self.cells)


def is_foreign(country_code: object) -> bool:
    """An event located outside Libya (an empty code counts as Libya: unknown, not abroad)."""
    code = text_of(country_code).strip().upper()
    return bool(code) and code != "LY"


@lru_cache(maxsize=4096)
def place_names(place_id: str) -> tuple[str, ...]:
    """The gazetteer's names of a place (to find it in the evidence); () if unknown."""
    if not place_id:
        return ()
    try:
        place = default_gazetteer().get(place_id)
    except (KeyError, GazetteerError):  # an imported event's id, or no gazetteer data built
        return ()
    return (place.name, *(alias.name for alias in place.aliases))


# Marker rows already built, by the event's values: a filter change mostly shows events seen in
# the previous view, and building a row (escaping, highlighting the place) is the costly part.
_ROW_CACHE: dict[tuple, tuple[list | None, bool]] = {}
_ROW_CACHE_SIZE = 50_000


def _rows_of_frame(events: pd.DataFrame) -> Iterable[tuple[list | None, bool]]:
    """(marker row or None when unplaced, located abroad) for each event of the frame."""
    names = tuple(events.columns)
    columns = [events[name].tolist() for name in names]  # a few times faster than to_dict
    for values in zip(*columns):
        key = (names, values)
        try:
            yield _ROW_CACHE[key]
            continue
        except KeyError:
            pass
        except TypeError:  # unhashable, or pd.NA compared on a hash collision: no caching
            key = None
        event = dict(zip(names, values))
        built = (_marker_row(event), is_foreign(event.get("country_code")))
        if key is not None:
            if len(_ROW_CACHE) >= _ROW_CACHE_SIZE:
                for old in list(_ROW_CACHE)[:_ROW_CACHE_SIZE // 2]:  # the oldest half
                    del _ROW_CACHE[old]
            _ROW_CACHE[key] = built
        yield built


def _marker_row(event: Mapping[str, object]) -> list | None:
    lat, lon = clean(event.get("latitude")), clean(event.get("longitude"))
    if lat is None or lon is None:
        return None
    faction = FACTION_ORDER.index(faction_key(event.get("faction1")))
    event_type = text_of(event.get("event_type"))
    type_index = TYPE_ORDER.index(event_type) if event_type in TYPE_ORDER else len(TYPE_ORDER) - 1
    precision = min(max(int_of(event.get("geo_precision"), 3), 1), 3)
    parts = popup_parts(event, place_names=place_names(text_of(event.get("place_id"))))
    row = [round(float(lat), 5), round(float(lon), 5), faction, type_index, precision, parts]
    origin = event_origin(event)
    if origin:
        row.append(origin)
    return row


def event_origin(event: Mapping[str, object]) -> str:
    """The dataset an event was imported from ("acled", "ucdp"), or "" for an extracted one."""
    origin = text_of(event.get("origin")).strip().lower()
    return origin if is_imported(origin) else ""


def row_event_id(row: list) -> str:
    """The event id of a marker row (escaped: event ids are plain ASCII)."""
    return row[5][0]


def row_origin(row: list) -> str:
    """The dataset a marker row's event was imported from, or "" for an extracted one."""
    return row[6] if len(row) > 6 else ""


def imported_layer_name(origin: str, count: int) -> str:
    """The layer control's name of an imported dataset's layer: "Imported: ACLED (12)"."""
    return f"Imported: {import_label(origin)} ({count:,})"


def build_event_map(
    events: pd.DataFrame,
    *,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    show_heat: bool = False,
    show_foreign: bool = False,
    selected_event_id: str | None = None,
    tiles_online: bool = True,
    tiles_shown: bool | None = None,
) -> folium.Map:
    """The event map of a frame of events (columns = Event fields, plus `status`).

    center is (lat, lon). tiles_online=False leaves the web tiles out entirely (no request
    leaves the page); tiles_shown (default: tiles_online) starts them ticked or not.
    Events imported from another dataset (column `origin`) and located in Libya are in a layer
    per dataset, shown; events located abroad, whatever their origin, are in their own layer,
    shown only when show_foreign is True.
    """
    event_map = build_base_map(center=center, zoom=zoom, tiles_online=tiles_online,
                               tiles_shown=tiles_shown, with_legend=False)
    rows = _split_rows(events, selected_event_id)
    _add_event_layers(event_map, rows, show_heat=show_heat, show_foreign=show_foreign,
                      heat_always=True)
    HtmlControl(legend_html(**_legend_counts(rows, show_foreign)),
                position="bottomleft", css_class="lm-legend").add_to(event_map)
    folium.LayerControl(collapsed=False, position="topright").add_to(event_map)
    return event_map


def build_base_map(
    *,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    tiles_online: bool = True,
    tiles_shown: bool | None = None,
    with_legend: bool = True,
) -> folium.Map:
    """What does not change with the filters: outlines, tiles, the marker icons, the legend's
    key and the plugins' scripts. Its script is the same for every view, so st_folium keeps the
    drawn map and a filter change only swaps the layers of `build_event_layers`."""
    install_offline_assets()
    center = center or LIBYA_CENTER
    event_map = folium.Map(location=list(center), zoom_start=zoom or LIBYA_ZOOM, tiles=None,
                           control_scale=True)
    # folium passes max_zoom to a tile layer only; the map itself needs it (see MAX_ZOOM)
    event_map.options.update(max_zoom=MAX_ZOOM, min_zoom=2)
    add_outline_layers(event_map)
    if tiles_online:
        folium.TileLayer(TILES_URL, attr=TILES_ATTRIBUTION, name="Web tiles (OpenStreetMap, online)",
                         overlay=True, control=True, max_zoom=MAX_ZOOM,
                         show=tiles_online if tiles_shown is None else tiles_shown,
                         ).add_to(event_map)
    IconTable().add_to(event_map)
    IconTable(selected=True).add_to(event_map)
    _PluginAssets().add_to(event_map)  # the layers added later need these scripts loaded
    if with_legend:
        HtmlControl(legend_key_html(), position="bottomleft",
                    css_class="lm-legend").add_to(event_map)
    return event_map


def build_event_layers(
    events: pd.DataFrame,
    *,
    show_heat: bool = False,
    show_foreign: bool = False,
    selected_event_id: str | None = None,
    density: list[tuple[float, float, int]] | None = None,
    older: list[tuple[float, float, int]] | None = None,
) -> list[folium.FeatureGroup]:
    """The layers that follow the filters, for st_folium's `feature_group_to_add`: events
    extracted in Libya (with the legend's count note), one layer per imported dataset in Libya,
    events abroad when shown, the heat layer when asked for, the selected event. st_folium adds
    every group it is given, so hidden layers are left out rather than built hidden (the
    sidebar's toggles bring them back).

    density: (lat, lon, events) per grid cell of every event in view (Store.density), for the
    heat layer when `events` is only the newest rows of a larger view; else the heat layer
    weighs the drawn events one by one. older: the same counts for the events of the view that
    `events` leaves out (Store.density with skip), drawn as grey discs that count them, so
    that every event in view is on the map, one by one or counted."""
    rows = _split_rows(events, selected_event_id)
    libya, abroad, selected = rows.libya, rows.abroad, rows.selected
    groups = []
    main = folium.FeatureGroup(name=f"Events in Libya ({len(libya):,})")
    if libya:
        EventCluster(libya, name="Events in Libya", control=False).add_to(main)
    _LegendNote(legend_note_html(**_legend_counts(rows, show_foreign))).add_to(main)
    groups.append(main)
    for origin, imported in rows.imported.items():
        group = folium.FeatureGroup(name=imported_layer_name(origin, len(imported)))
        EventCluster(imported, name=f"Imported: {import_label(origin)}", control=False,
                     imported_origin=origin).add_to(group)
        groups.append(group)
    if abroad and show_foreign:
        group = folium.FeatureGroup(name=f"Events abroad ({len(abroad):,})")
        EventCluster(abroad, name="Events abroad", control=False).add_to(group)
        groups.append(group)
    heat_points = (heat_weights(density) if density is not None
                   else [row[:2] for row in _drawn_rows(rows, show_foreign)])
    if show_heat and heat_points:
        group = folium.FeatureGroup(name="Heat map (event density)")
        folium.plugins.HeatMap(heat_points, control=False, radius=18, blur=14,
                               min_opacity=0.35).add_to(group)
        groups.append(group)
    if older:
        group = folium.FeatureGroup(
            name=f"Older events in view, counted ({sum(cell[2] for cell in older):,})")
        OlderEvents(older).add_to(group)
        groups.append(group)
    if selected:
        group = folium.FeatureGroup(name="Selected event")
        SelectedEvent(selected, control=False).add_to(group)
        groups.append(group)
    return groups


def heat_weights(density: Iterable[tuple[float, float, int]]) -> list[list[float]]:
    """Heat points [lat, lon, weight] from counts per cell: a cell as busy as the busiest
    twentieth of cells (or busier) is at full heat, the others in proportion, so one town with
    thousands of events does not leave every other place cold."""
    cells = [(lat, lon, count) for lat, lon, count in density if count > 0]
    if not cells:
        return []
    counts = sorted(count for _, _, count in cells)
    full = max(1, counts[int(0.95 * (len(counts) - 1))])
    return [[lat, lon, round(min(1.0, count / full), 3)] for lat, lon, count in cells]


class Rows(NamedTuple):
    """The marker rows of a view, by the layer that draws them."""

    libya: list[list]  # extracted from articles, located in Libya
    imported: dict[str, list[list]]  # origin -> imported events located in Libya
    abroad: list[list]  # located abroad, whatever their origin
    selected: list[list]  # the selected event, drawn on its own
    unplaced: int  # events without coordinates


def _split_rows(events: pd.DataFrame | None, selected_event_id: str | None) -> Rows:
    rows = Rows([], {}, [], [], 0)
    unplaced = 0
    for row, abroad in _rows_of_frame(events if events is not None else pd.DataFrame()):
        if row is None:
            unplaced += 1
            continue
        if selected_event_id and row_event_id(row) == selected_event_id:
            rows.selected.append(row)  # drawn on its own, outside the clusters
        elif abroad:
            rows.abroad.append(row)
        elif row_origin(row):
            rows.imported.setdefault(row_origin(row), []).append(row)
        else:
            rows.libya.append(row)
    imported = {origin: rows.imported[origin] for origin in sorted(rows.imported, key=_origin_rank)}
    return rows._replace(imported=imported, unplaced=unplaced)


def _origin_rank(origin: str) -> tuple[int, str]:
    """ACLED, UCDP, then any other dataset by name: the order of layers and legend entries."""
    known = list(IMPORT_ORIGINS)
    return (known.index(origin) if origin in known else len(known), origin)


def _drawn_rows(rows: Rows, show_foreign: bool) -> list[list]:
    """Every row the view draws (the heat layer's points)."""
    return (rows.libya + [row for imported in rows.imported.values() for row in imported]
            + rows.selected + (rows.abroad if show_foreign else []))


def _legend_counts(rows: Rows, show_foreign: bool) -> dict[str, object]:
    drawn = _drawn_rows(rows, show_foreign)
    imported = Counter(row_origin(row) for row in drawn if row_origin(row))
    return {"drawn": len(drawn), "abroad": len(rows.abroad), "unplaced": rows.unplaced,
            "abroad_shown": show_foreign,
            "imported": {origin: imported[origin] for origin in sorted(imported, key=_origin_rank)}}


def _add_event_layers(event_map: folium.Map, rows: Rows, *, show_heat: bool,
                      show_foreign: bool, heat_always: bool) -> None:
    libya_rows, abroad_rows, selected_rows = rows.libya, rows.abroad, rows.selected
    if libya_rows:
        EventCluster(libya_rows, name=f"Events in Libya ({len(libya_rows):,})").add_to(event_map)
    for origin, imported in rows.imported.items():
        EventCluster(imported, name=imported_layer_name(origin, len(imported)),
                     imported_origin=origin).add_to(event_map)
    if abroad_rows:
        EventCluster(abroad_rows, name=f"Events abroad ({len(abroad_rows):,})",
                     show=show_foreign).add_to(event_map)
    heat_points = [row[:2] for row in _drawn_rows(rows, show_foreign)]
    if heat_points and (heat_always or show_heat):
        folium.plugins.HeatMap(heat_points, name="Heat map (event density)", show=show_heat,
                               radius=18, blur=14, min_opacity=0.35).add_to(event_map)
    if selected_rows:
        SelectedEvent(selected_rows).add_to(event_map)


class _PluginAssets(JSCSSMixin, MacroElement):
    """Nothing drawn: makes the map page load the cluster and heat scripts up front."""

    _template = Template("")

    def __init__(self) -> None:
        super().__init__()
        self._name = "PluginAssets"
        self.default_js = [*MarkerCluster.default_js, *folium.plugins.HeatMap.default_js]
        self.default_css = list(MarkerCluster.default_css)


class _LegendNote(folium.map.Layer):
    """The legend's count note as a control that comes and goes with its layer group."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = new (L.Layer.extend({
                onAdd: function (map) {
                    var control = this._control = L.control({position: "bottomleft"});
                    control.onAdd = function () {
                        var div = L.DomUtil.create("div", "lm-legend lm-count");
                        div.innerHTML = {{ this.html_json }};
                        return div;
                    };
                    control.addTo(map);
                },
                onRemove: function () { this._control.remove(); }
            }))();
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str) -> None:
        super().__init__(name="Legend note", overlay=True, control=False, show=True)
        self._name = "LegendNote"
        self.html_json = script_json(html_text)
