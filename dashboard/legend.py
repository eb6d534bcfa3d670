"""How events look on the map: a colour per faction, a shape per event type, and the legend.

Nothing here comes from an article: every string is ours, so the legend HTML needs no escaping
beyond the faction labels, which are escaped anyway.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping

from folium.elements import MacroElement
from folium.template import Template

from dashboard.scriptdata import script_json
from events.model import EVENT_TYPES, FACTIONS

# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
FACTION_COLOURS: dict[str, str] = {
    "gna": "#0072B2",
    "lna": "#D55E00",
    "jihadist": "#000000",
    "international": "#CC79A7",
    "civilians": "#009E73",
    "other": "#999999",
}
FACTION_ORDER: tuple[str, ...] = tuple(FACTIONS)
UNKNOWN_FACTION = "other"

# One SVG shape per ACLED event type, drawn in a 16 x 16 box.
TYPE_SHAPES: dict[str, str] = {
    "Battles": "circle",
    "Explosions/Remote violence": "star",
    "Violence against civilians": "diamond",
    "Protests": "square",
    "Riots": "triangle-down",
    "Strategic developments": "triangle",
}
TYPE_ORDER: tuple[str, ...] = tuple(EVENT_TYPES)
_SHAPE_SVG: dict[str, str] = {
    "circle": '<circle cx="8" cy="8" r="6" {style}/>',
    "square": '<rect x="2.5" y="2.5" width="11" height="11" {style}/>',
    "diamond": '<path d="M8 1 L15 8 L8 15 L1 8 Z" {style}/>',
    "triangle": '<path d="M8 1.5 L15 14 L1 14 Z" {style}/>',
    "triangle-down": '<path d="M1 2 L15 2 L8 14.5 Z" {style}/>',
    "star": ('<path d="M8 0.5 L10 5.6 L15.5 6 L11.3 9.5 L12.6 15 L8 12 L3.4 15 L4.7 9.5 '
             'L0.5 6 L6 5.6 Z" {style}/>'),
}
GEO_PRECISION_TEXT = {1: "the place itself", 2: "near the place / part of a region",
                      3: "district or country level"}
TIME_PRECISION_TEXT = {1: "day", 2: "week or vague", 3: "month or longer"}

# Events imported from other datasets (Event.origin other than "extracted"): their label and the
# letter on their marker. An origin not listed here gets the ring without a letter.
EXTRACTED = "extracted"
IMPORT_ORIGINS: dict[str, tuple[str, str]] = {"acled": ("ACLED", "A"), "ucdp": ("UCDP", "U")}
OTHER_IMPORT = "other"  # the key of the ring without a letter


def is_imported(origin: object) -> bool:
    """Whether an event's origin is another dataset ("" or missing counts as extracted)."""
    text = str(origin or "").strip().lower()
    return bool(text) and text != "nan" and text != EXTRACTED


def import_label(origin: str) -> str:
    """The name of the dataset an event was imported from, for layers and the legend."""
    key = str(origin or "").strip().lower()
    if key in IMPORT_ORIGINS:
        return IMPORT_ORIGINS[key][0]
    return re.sub(r"[^A-Z0-9_.-]+", "", key.upper()) or "other dataset"  # names a layer


def import_mark_svg(origin: str) -> str:
    """What an imported event's marker adds to its shape: a dark ring with a white halo (so it
    reads on any fill and on tiles) and, for a known dataset, its letter in a small badge.

    marker_svg inserts it just before "</svg>"; the map's icon table does the same in the
    browser, so the legend and the markers are drawn from this one string.
    """
    key = str(origin or "").strip().lower()
    ring = ('<circle cx="8" cy="8" r="8.7" fill="none" stroke="#fff" stroke-width="2.6"/>'
            '<circle cx="8" cy="8" r="8.7" fill="none" stroke="#111" stroke-width="1.3"/>')
    letter = IMPORT_ORIGINS[key][1] if key in IMPORT_ORIGINS else ""
    badge = ('<circle cx="14.6" cy="1.4" r="4" fill="#fff" stroke="#111" stroke-width="0.9"/>'
             '<text x="14.6" y="3.7" font-size="6.5" font-weight="700" text-anchor="middle" '
             f'font-family="sans-serif" fill="#111">{letter}</text>') if letter else ""
    origin_attr = html.escape(key or OTHER_IMPORT, quote=True)
    return f'<g class="lm-import-mark" data-origin="{origin_attr}">{ring}{badge}</g>'


def faction_key(faction: object) -> str:
    """The faction id to colour by: unknown or empty -> "other"."""
    key = str(faction or "").strip().lower()
    return key if key in FACTION_COLOURS else UNKNOWN_FACTION


def marker_svg(*, colour: str, shape: str, geo_precision: int, size: int = 16,
               selected: bool = False, origin: str = "") -> str:
    """An event's marker as inline SVG.

    Precision 1 is filled; 2 is filled lighter; 3 (district or country level) is hollow and
    dashed and larger, so it reads as an area, not a precise point. An imported origin
    ("acled", "ucdp") adds its ring and letter (import_mark_svg).
    """
    outline = "#000" if selected else "#222"
    width = 2.2 if selected else 1
    if geo_precision >= 3:
        style = (f'fill="{colour}" fill-opacity="0.12" stroke="{colour}" '
                 f'stroke-width="{max(width, 1.8)}" stroke-dasharray="2.5 2"')
        size = round(size * 1.4)
    elif geo_precision == 2:
        style = f'fill="{colour}" fill-opacity="0.55" stroke="{outline}" stroke-width="{width}"'
    else:
        style = f'fill="{colour}" fill-opacity="0.95" stroke="{outline}" stroke-width="{width}"'
    if selected:
        size = round(size * 1.5)
    body = _SHAPE_SVG[shape].format(style=style)
    if is_imported(origin):
        body += import_mark_svg(origin)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
            f'viewBox="-1 -1 18 18" data-precision="{geo_precision}">{body}</svg>')


def legend_html(*, drawn: int, abroad: int, unplaced: int, abroad_shown: bool,
                imported: Mapping[str, int] | None = None) -> str:
    """The legend: faction colours, event-type shapes, precision, and what is not drawn."""
    return legend_key_html() + legend_note_html(drawn=drawn, abroad=abroad, unplaced=unplaced,
                                                abroad_shown=abroad_shown, imported=imported)


def legend_key_html() -> str:
    """The legend's key (faction colours, event-type shapes, precision): the same for any view."""
    rows = ['<h4>Faction (colour)</h4>']
    for key in FACTION_ORDER:
        svg = marker_svg(colour=FACTION_COLOURS[key], shape="circle", geo_precision=1, size=12)
        rows.append(f'<div class="lm-item" data-faction="{key}">{svg}'
                    f'<span>{html.escape(FACTIONS[key])}</span></div>')
    rows.append('<h4>Event type (shape)</h4>')
    for event_type in TYPE_ORDER:
        svg = marker_svg(colour="#777777", shape=TYPE_SHAPES[event_type], geo_precision=1, size=12)
        rows.append(f'<div class="lm-item">{svg}<span>{html.escape(event_type)}</span></div>')
    rows.append('<h4>Location precision</h4>')
    for precision in (1, 3):
        svg = marker_svg(colour="#555555", shape="circle", geo_precision=precision, size=12)
        rows.append(f'<div class="lm-item" data-precision="{precision}">{svg}'
                    f'<span>{GEO_PRECISION_TEXT[precision]}</span></div>')
    return "".join(rows)


def legend_note_html(*, drawn: int, abroad: int, unplaced: int, abroad_shown: bool,
                     imported: Mapping[str, int] | None = None) -> str:
    """The legend's note on what this view draws and what it leaves out.

    imported: the drawn events per imported origin ({"acled": 3}); when any is drawn, the note
    says how many and the legend shows their marker (ring and letter).
    """
    imported = {origin: n for origin, n in (imported or {}).items() if n}
    note = f"{drawn:,} event{'' if drawn == 1 else 's'} on the map"
    if imported:
        note += (f" ({sum(imported.values()):,} imported: "
                 + ", ".join(f"{html.escape(import_label(origin))} {n:,}"
                             for origin, n in imported.items()) + ")")
    if abroad:
        note += (f"; {abroad:,} located abroad "
                 + ("(shown)" if abroad_shown else "(hidden: turn on “Events abroad”)"))
    if unplaced:
        note += f"; {unplaced:,} without coordinates not drawn"
    return _imported_key_html(imported) + f'<div class="lm-note">{note}</div>'


def _imported_key_html(imported: Mapping[str, int]) -> str:
    """The legend's entries for the imported events in view: their ring and letter."""
    if not imported:
        return ""
    rows = ['<h4>Imported (ringed), not from articles</h4>']
    for origin in imported:
        svg = marker_svg(colour="#777777", shape="circle", geo_precision=1, size=12, origin=origin)
        letter = IMPORT_ORIGINS.get(origin, ("", ""))[1]
        mark = f"letter {letter}" if letter else "ring only"
        rows.append(f'<div class="lm-item" data-origin="{html.escape(origin)}">{svg}'
                    f'<span>{html.escape(import_label(origin))} ({mark})</span></div>')
    return '<div class="lm-imported">' + "".join(rows) + '</div>'


class HtmlControl(MacroElement):
    """A Leaflet control holding a block of HTML (the legend, a snapshot's caption)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
            {{ this.get_name() }}.onAdd = function () {
                var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
                div.innerHTML = {{ this.html_json }};
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str, *, position: str = "bottomleft",
                 css_class: str = "lm-legend") -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html, self.position, self.css_class = html_text, position, css_class
        self.html_json = script_json(html_text)
