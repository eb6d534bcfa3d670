"""The popup and tooltip of one event, as safe HTML.

Every string that can come from an article (evidence, actors, place, source, URL, dates typed by
an analyst) goes through html.escape; links are kept only when they are http(s). The popup
prints `event_id: ev-...` so a click can be mapped back to the event
(streamlit-folium returns the popup's text as last_object_clicked_popup).
"""
from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from urllib.parse import urlsplit

from events.model import FACTIONS

from dashboard.legend import GEO_PRECISION_TEXT, TIME_PRECISION_TEXT, import_label, is_imported

REVIEWED_STATUSES = frozenset({"confirmed", "corrected"})
_NEVER_MISSING = frozenset({str, int, bool, date})


def clean(value: object) -> object | None:
    """None for missing values as pandas gives them (None, NaN, NaT, pd.NA)."""
    if value is None:
        return None
    if value.__class__ in _NEVER_MISSING:  # the common case, checked first: a map draws many
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        if value != value:  # NaT, pd.NA raise or compare unequal to themselves
            return None
    except TypeError:
        return None
    return value


def text_of(value: object) -> str:
    """A field as plain text ('' when missing); dates as ISO days."""
    if value.__class__ is str:
        return value
    value = clean(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "date") and hasattr(value, "isoformat"):  # pandas Timestamp
        return value.date().isoformat()
    return str(value)


def int_of(value: object, default: int | None = None) -> int | None:
    value = clean(value)
    if value is None:
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) link, else None (no javascript:, data:, ...)."""
    text = text_of(url).strip()
    if not text or any(ord(ch) < 32 for ch in text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def highlight_place(evidence: str, names: list[str], *, exact_names: Iterable[str] = ()) -> str:
    """The evidence sentence, escaped, with the place's name wrapped in <mark>.

    `names` (the event's location) match in any case; `exact_names` (the gazetteer's aliases,
    some of which are common words in another case, such as "Sert") only as written.
    """
    tries = [(name, re.IGNORECASE) for name in _longest_first(names)]
    tries += [(name, 0) for name in _longest_first(exact_names)]
    for name, flags in tries:
        match = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", evidence, flags)
        if match:
            return (html.escape(evidence[:match.start()]) + "<mark>"
                    + html.escape(match.group(0)) + "</mark>" + html.escape(evidence[match.end():]))
    return html.escape(evidence)


def _longest_first(names: Iterable[str]) -> list[str]:
    return sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)


INFERRED = "inferred, not stated in the text"  # a side the side model gave


def _faction_label(faction: object) -> str:
    key = text_of(faction)
    return FACTIONS.get(key, key)


def _actor(actor: object, faction: object, inferred: object = "") -> str:
    """One side: the actor and its faction, marked when the faction was inferred (the side
    model's, not stated in the article)."""
    name, label = text_of(actor), _faction_label(faction)
    if label and text_of(faction) in text_of(inferred).split():
        return f"{name} ({label}; {INFERRED})" if name else f"{label} ({INFERRED})"
    if name and label:
        return f"{name} ({label})"
    return name or label


def _review(event: Mapping[str, object]) -> tuple[str, str]:
    """The popup's provenance line (css class, text): reviewed or not, and whether the event
    was extracted by machine or imported from another dataset."""
    status = text_of(event.get("status"))
    origin = event.get("origin")
    if is_reviewed(event):
        review = ("lm-reviewed", f"reviewed by an analyst ({status or 'confirmed'})")
    elif status == "rejected":
        review = ("lm-unreviewed", "rejected by an analyst")
    elif is_imported(origin):
        review = ("lm-unreviewed", "not reviewed")
    else:
        return "lm-unreviewed", "not reviewed (machine extraction)"
    if is_imported(origin):
        return review[0], f"imported from {import_label(text_of(origin).strip().lower())} (not a machine extraction); {review[1]}"
    return review


def is_reviewed(event: Mapping[str, object]) -> bool:
    status = text_of(event.get("status"))
    return bool(clean(event.get("reviewed"))) or status in REVIEWED_STATUSES


# The parts of a popup, each already escaped; the browser joins them with POPUP_JS, Python
# with assemble_popup (same markup). Shipping parts instead of whole popups keeps the map's
# data small: markup is written once, not once per event.
POPUP_FIELDS = ("event_id", "head", "when", "time_precision", "where", "geo_precision",
                "actors", "numbers", "evidence", "source", "url", "review_class", "review_text",
                "tooltip")

POPUP_JS = """function (p) {
    function row(label, value) {
        return value ? '<div class="lm-row"><span class="lm-label">' + label + ':</span> '
            + value + '</div>' : '';
    }
    return '<div class="lm-popup" data-event-id="' + p[0] + '"><div class="lm-head">' + p[1]
        + '</div>' + row('Date', p[2] + ' <span class="lm-label">' + p[3] + '</span>')
        + row('Place', p[4] + ' <span class="lm-label">' + p[5] + '</span>')
        + row('Actors', p[6]) + row('Numbers', p[7])
        + (p[8] ? '<blockquote>' + p[8] + '</blockquote>' : '')
        + row('Source', p[9] + (p[10] ? ' · <a href="' + p[10]
            + '" target="_blank" rel="noopener noreferrer">open the article</a>' : ''))
        + '<div class="lm-row"><span class="' + p[11] + '">' + p[12] + '</span></div>'
        + '<div class="lm-id">event_id: ' + p[0] + '</div></div>';
}"""


def popup_parts(event: Mapping[str, object], *,
                place_names: Iterable[str] | None = None) -> list[str]:
    """The escaped parts of one event's popup, in the order of POPUP_FIELDS.

    place_names: other names of the event's place (gazetteer aliases) to find in the evidence.
    """
    def esc(text: str) -> str:
        return html.escape(text, quote=True)

    event_type, sub = text_of(event.get("event_type")) or "Event", text_of(event.get("sub_event_type"))
    day, date_text = text_of(event.get("event_date")), text_of(event.get("date_text"))
    when = day or "undated"
    if date_text:
        when += f" (“{date_text}”)"
    time_precision = int_of(event.get("time_precision"), 3)
    location = text_of(event.get("location"))
    where = ", ".join(dict.fromkeys(part for part in (
        location, text_of(event.get("admin1")), text_of(event.get("country"))) if part)) or "unplaced"
    geo_precision = int_of(event.get("geo_precision"), 3)
    inferred = event.get("inferred_factions")
    actors = " — ".join(a for a in (_actor(event.get("actor1"), event.get("faction1"), inferred),
                                    _actor(event.get("actor2"), event.get("faction2"), inferred)) if a)
    numbers = ", ".join(f"{label} {value:,}" for label, value in (
        ("fatalities", int_of(event.get("fatalities"))), ("injured", int_of(event.get("injured"))),
        ("displaced", int_of(event.get("displaced")))) if value is not None)
    evidence = text_of(event.get("evidence"))
    source, published = text_of(event.get("source")), text_of(event.get("published"))
    source_text = (source or "unknown source") + (f" · published {published}" if published else "")
    review = _review(event)
    tooltip = " · ".join(part for part in (day or "undated", event_type, location) if part)
    return [
        esc(text_of(event.get("event_id"))),
        esc(f"{event_type} · {sub}" if sub else event_type),
        esc(when),
        esc(f"precision {time_precision}: {TIME_PRECISION_TEXT.get(time_precision, '?')}"),
        esc(where),
        esc(f"precision {geo_precision}: {GEO_PRECISION_TEXT.get(geo_precision, '?')}"),
        esc(actors),
        esc(numbers),
        highlight_place(evidence, [location], exact_names=place_names or ()) if evidence else "",
        esc(source_text),
        esc(safe_url(event.get("url")) or ""),
        review[0],
        esc(review[1]),
        esc(tooltip),
    ]


def assemble_popup(p: list[str]) -> str:
    """The popup HTML from its parts: the same markup as POPUP_JS builds in the browser."""
    def row(label: str, value: str) -> str:
        return (f'<div class="lm-row"><span class="lm-label">{label}:</span> {value}</div>'
                if value else "")

    link = (f' · <a href="{p[10]}" target="_blank" rel="noopener noreferrer">open the article</a>'
            if p[10] else "")
    return (f'<div class="lm-popup" data-event-id="{p[0]}"><div class="lm-head">{p[1]}</div>'
            + row("Date", f'{p[2]} <span class="lm-label">{p[3]}</span>')
            + row("Place", f'{p[4]} <span class="lm-label">{p[5]}</span>')
            + row("Actors", p[6]) + row("Numbers", p[7])
            + (f"<blockquote>{p[8]}</blockquote>" if p[8] else "")
            + row("Source", p[9] + link)
            + f'<div class="lm-row"><span class="{p[11]}">{p[12]}</span></div>'
            + f'<div class="lm-id">event_id: {p[0]}</div></div>')


def popup_html(event: Mapping[str, object], *, place_names: Iterable[str] | None = None) -> str:
    """The popup of one event (a table row or dataclasses.asdict(Event)), every text escaped."""
    return assemble_popup(popup_parts(event, place_names=place_names))


def tooltip_html(event: Mapping[str, object]) -> str:
    """A one-line tooltip: date, type, place (escaped)."""
    return popup_parts(event)[-1]
