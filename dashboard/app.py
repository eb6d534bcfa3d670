"""The dashboard's entry point: page settings and navigation only (`libyamap serve` runs it)."""
import streamlit as st

st.set_page_config(page_title="libyamap: Libya conflict events", page_icon=":material/map:",
                   layout="wide")

pages = [
    st.Page("views/map_view.py", title="Map", icon=":material/map:", default=True),
    st.Page("views/review_view.py", title="Review", icon=":material/fact_check:",
            url_path="review"),
    st.Page("views/ingest_view.py", title="Add articles", icon=":material/note_add:",
            url_path="ingest"),
    st.Page("views/export_view.py", title="Export", icon=":material/download:",
            url_path="export"),
]
st.navigation(pages).run()
