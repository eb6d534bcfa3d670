"""The map page: filters, the summary line, the map, the timeline and the event table."""
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
if not path.exists():
    st.info(f"No event store at {path} yet: add articles on the *Add articles* page.")
    st.stop()
try:
    view = state.load_view(str(path), state.db_version(path), event_filter)
except state.OUR_ERRORS as error:
    st.error(str(error))
    st.stop()

st.markdown("**" + queries.summary_text(view.events, total=view.total, shown=view.matching) + "**")
if view.matching > queries.MAP_LIMIT:
    st.caption(f"The map draws the first {queries.MAP_LIMIT:,} of {view.matching:,} events; "
               "narrow the filters or the dates to see the others as points.")
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
        layers = build_event_layers(
            view.events.head(queries.MAP_LIMIT), show_heat=st.session_state["map_heat"],
            show_foreign=event_filter.include_foreign, selected_event_id=focus,
        )
    except state.OUR_ERRORS as error:
        st.error(str(error))
        st.stop()
    clicked = st_folium(base_map, key="map", height=560, use_container_width=True,
                        center=center, zoom=zoom, feature_group_to_add=layers,
                        layer_control=folium.LayerControl(collapsed=False, position="topright"),
                        returned_objects=["last_object_clicked_popup", "last_object_clicked"])
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
