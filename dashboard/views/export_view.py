"""The export page: the current view as ACLED CSV, GeoJSON, standalone HTML, a link and a PNG."""
from datetime import datetime, timezone

import streamlit as st

from dashboard import queries, state

path = state.db_path()
event_filter = state.sidebar_filters(path)
st.header("Snapshot of the current view")
state.require_store(path)
exported_at = datetime.now(timezone.utc).replace(microsecond=0)
stem = queries.export_stem(exported_at)
try:
    events = queries.load_export(path, event_filter)
    csv_data = queries.acled_csv_bytes(events)
    geojson_data = queries.geojson_bytes(events)
    html_data = queries.snapshot_html_bytes(events, event_filter, exported_at)
except state.OUR_ERRORS as error:
    st.error(str(error))
    st.stop()

st.markdown(f"**{len(events):,} events** · {queries.filters_text(event_filter)} · "
            f"exported {exported_at.isoformat()}")
csv_col, geojson_col, html_col = st.columns(3)
csv_col.download_button("CSV (ACLED columns)", csv_data, file_name=f"{stem}.csv",
                        mime="text/csv", key="export_csv", on_click="ignore")
geojson_col.download_button("GeoJSON", geojson_data, file_name=f"{stem}.geojson",
                            mime="application/geo+json", key="export_geojson", on_click="ignore")
html_col.download_button("Standalone HTML map", html_data, file_name=f"{stem}.html",
                         mime="text/html", key="export_html", on_click="ignore")

st.subheader("Link to this view")
base_url = (st.context.url or "http://127.0.0.1:8501").split("?")[0].rsplit("/export", 1)[0]
st.code(queries.view_link(base_url, event_filter), language=None, wrap_lines=True)

st.subheader("Picture (PNG)")
reason = queries.png_unavailable_reason()
if reason:
    st.info(reason)
elif st.button("Make a PNG of the map", key="export_png_make"):
    with st.spinner("Drawing the map in Chromium"):
        try:
            st.session_state["export_png"] = queries.render_png(html_data)
        except state.OUR_ERRORS as error:
            st.error(str(error))
if png := st.session_state.get("export_png"):
    st.image(png, caption="The map as exported")
    st.download_button("Download the PNG", png, file_name=f"{stem}.png", mime="image/png",
                       key="export_png", on_click="ignore")
