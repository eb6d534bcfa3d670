"""A standalone HTML map of the current view: one file, every asset inlined, opens offline.

Same markers, legend and popups as the dashboard's map, with the filters and the export time
printed on the map. Web tiles are listed in the layer control but start unticked, so a reader
without internet sees the Natural Earth outlines and the page makes no request.
"""
from __future__ import annotations

import html
from datetime import datetime

import pandas as pd

from dashboard.legend import HtmlControl
from dashboard.mapping import build_event_map

TITLE = "Libya conflict map: snapshot"


def caption_html(*, count: int, filters_text: str, exported_at: datetime | str) -> str:
    """The caption printed on a snapshot (filter text escaped: it holds the analyst's search)."""
    when = exported_at.isoformat() if isinstance(exported_at, datetime) else str(exported_at)
    return (f"<h4>{html.escape(TITLE)}</h4>"
            f'<div class="lm-count">{count:,} events in this view</div>'
            f'<div class="lm-filters"><b>Filters:</b> {html.escape(filters_text or "none")}</div>'
            f'<div class="lm-exported"><b>Exported:</b> {html.escape(when)}</div>')


def build_standalone_html(events_df: pd.DataFrame, *, filters_text: str,
                          exported_at: datetime | str, show_foreign: bool = True,
                          show_heat: bool = False) -> str:
    """The whole page as one HTML string (scripts and styles inline as data: URIs).

    The frame is the exported view, already filtered: events abroad in it are shown unless
    show_foreign is False.
    """
    events_df = events_df if events_df is not None else pd.DataFrame()
    event_map = build_event_map(events_df, show_foreign=show_foreign, show_heat=show_heat,
                                tiles_online=True, tiles_shown=False)
    HtmlControl(caption_html(count=len(events_df), filters_text=filters_text,
                             exported_at=exported_at),
                position="topright", css_class="lm-caption").add_to(event_map)
    # the caption goes above the layer control: move the control to the end
    control_key = next(key for key, child in event_map._children.items()
                       if type(child).__name__ == "LayerControl")
    event_map._children[control_key] = event_map._children.pop(control_key)
    page = event_map.get_root().render()
    title = f"<title>{html.escape(TITLE)}</title>"
    return page.replace("<head>", "<head>\n    " + title, 1)
