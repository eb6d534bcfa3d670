"""The map page: filters, the summary line, the map, the timeline and the event table."""
from datetime import date

import altair as alt
import folium
import streamlit as st
from streamlit_folium import st_folium

from dashboard import queries, state
from dashboard.mapping import build_base_map, build_event_layers

LIBYA_CENTER, LIBYA_ZOOM = (27.5, 17.5), 5


def _narrow_to_timeline() -> None:
    """On a brush over the timeline: the brushed dates become the date filter."""
    chart_state = st.session_state.get("timeline")
    span = queries.dates_from_selection(getattr(chart_state, "selection", None))
    if span:
        st.session_state["f_from"], st.session_state["f_to"] = span
        state.remember_filters()


def _step_to_week() -> None:
    """On the time slider or its arrows: the chosen week becomes the date filter (so the link's
    from/to keep it, and the link reopens the same week)."""
    if monday := st.session_state.get("time_week"):
        st.session_state["f_from"], st.session_state["f_to"] = queries.week_window(monday)
        state.remember_filters()


def _step_by(weeks: list, offset: int) -> None:
    week = st.session_state.get("time_week")
    at = weeks.index(week) if week in weeks else 0
    st.session_state["time_week"] = weeks[min(max(at + offset, 0), len(weeks) - 1)]
    _step_to_week()


def _time_slider(event_filter) -> None:
    """A slider over the store's weeks that steps the date window through the span."""
    try:
        span = state.load_facets(str(path), state.db_version(path)).get("dates") or []
    except state.OUR_ERRORS:  # already shown in the sidebar
        return
    weeks = queries.week_starts(*map(date.fromisoformat, span)) if span else []
    if len(weeks) < 2:
        return
    shown = queries.week_shown(event_filter)
    st.session_state["time_week"] = shown if shown in weeks else weeks[0]
    back, slider, forward = st.columns([1, 8, 1], vertical_alignment="bottom")
    back.button("◀", key="time_back", help="The week before", on_click=_step_by, args=(weeks, -1),
                disabled=shown is not None and shown == weeks[0])
    slider.select_slider("Step through time, a week at a time", options=weeks, key="time_week",
                         on_change=_step_to_week, format_func=lambda day: f"week of {day:%d %b %Y}")
    forward.button("▶", key="time_forward", help="The week after", on_click=_step_by,
                   args=(weeks, 1 if shown is not None else 0),
                   disabled=shown is not None and shown == weeks[-1])
    if shown is None:
        st.caption("Move the slider to show one week at a time; *Reset filters* shows all dates.")


def _follow_table() -> None:
    """On a row selected in the table: that event is shown and the map centred on it."""
    rows = st.session_state["table"].selection.rows
    ids = st.session_state.get("table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["selected_event"] = st.session_state["map_focus"] = ids[rows[0]]


path = state.db_path()
event_filter = state.sidebar_filters(path)
st.sidebar.toggle("Heat layer", key="map_heat")
st.sidebar.toggle("Web tiles", key="map_tiles", value=True,
                  help="Off: only the offline outline of Libya and its neighbours")
view = state.view_or_stop(path, event_filter)

st.markdown("**" + queries.totals_text(view.totals, total=view.total) + "**")
if view.cut:
    st.caption(f"The map's markers and the table show the newest {len(view.events):,} of "
               f"{view.matching:,} events; grey discs count the others, area by area (about "
               "50 km). The line above, the timeline, the heat layer and the exports cover them "
               "all; narrow the filters or the dates to see them one by one.")
focus = st.session_state.get("map_focus")
center, zoom = LIBYA_CENTER, LIBYA_ZOOM
if point := queries.event_point(view.events, focus):
    center, zoom = point, queries.focus_zoom(view.events, focus)

left, right = st.columns([3, 2])
with left:
    # The base map (outlines, tiles, legend key) is the same for every view, so st_folium keeps
    # the drawn map; a filter change sends only the event layers and the view's centre.
    try:
        base_map = build_base_map(tiles_online=st.session_state["map_tiles"])
        heat = st.session_state["map_heat"]
        layers = build_event_layers(
            view.events, show_heat=heat, show_foreign=event_filter.include_foreign,
            selected_event_id=focus,
            density=state.load_density(path, event_filter) if heat and view.cut else None,
            older=view.older,
        )
    except state.OUR_ERRORS as error:
        st.error(str(error))
        st.stop()
    clicked = st_folium(base_map, key="map", height=560, use_container_width=True,
                        center=center, zoom=zoom, feature_group_to_add=layers,
                        layer_control=folium.LayerControl(collapsed=True, position="topright"),
                        returned_objects=["last_object_clicked_popup", "last_object_clicked"],
                        # st_folium renders the map itself as well: the component's arguments
                        # are the same without this first whole-page render, which only costs time
                        render=False)
    clicked_id = queries.event_id_from_click(view.events, clicked)
    if clicked_id and clicked_id != st.session_state.get("last_clicked"):
        st.session_state["last_clicked"] = st.session_state["selected_event"] = clicked_id
with right:
    st.caption(f"Events per {view.period}, by faction: drag across the bars to narrow the dates")
    brush = alt.selection_interval(encodings=["x"], name="brush")
    labels, colours = queries.timeline_colours()
    chart = (
        alt.Chart(queries.timeline_frame(view.counts))
        .mark_bar()
        .encode(
            x=alt.X(f"{queries.TIME_UNITS[view.period]}(period_start):T", title=None),
            y=alt.Y("sum(count):Q", title="events"),
            color=alt.Color("faction:N", title="faction", legend=alt.Legend(orient="bottom"),
                            scale=alt.Scale(domain=labels, range=colours)),
            tooltip=["period_start:T", "faction:N", "sum(count):Q"],
        )
        .add_params(brush)
        .properties(height=260)
    )
    st.altair_chart(chart, key="timeline", on_select=_narrow_to_timeline,
                    selection_mode="brush", width="stretch")
    _time_slider(event_filter)
    selected = st.session_state.get("selected_event")
    record = queries.event_record_from_frame(view.events, selected) if selected else None
    if record:
        st.subheader(f"{record.get('event_type')}: {record.get('location') or 'unplaced'}")
        st.caption("Evidence")
        st.code(str(record.get("evidence", "")), language=None, wrap_lines=True)
        st.json(record, expanded=False)

table = queries.table_frame(view.events)
st.session_state["table_ids"] = list(table["event_id"]) if "event_id" in table else []
ids = st.session_state["table_ids"]
selected = st.session_state.get("selected_event")
chosen = {"selection": {"rows": [ids.index(selected)]}} if selected in ids else None
st.dataframe(table, key="table", on_select=_follow_table, selection_mode="single-row",
             selection_default=chosen, hide_index=True, height=320, width="stretch")
