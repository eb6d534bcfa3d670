"""The ingest page: upload article files or paste a text; a result line per file."""
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import queries, state

LANGUAGES = {"": "detect", "fr": "French", "en": "English", "ar": "Arabic"}

path = state.db_path()
st.header("Add articles")
st.caption(f"Store: {path}")

uploads = st.file_uploader(
    "Article files (with NAME.meta.json beside a .txt/.md for its date and source)",
    type=list(queries.UPLOAD_TYPES), accept_multiple_files=True, key="ingest_files",
)
if st.button("Add the files", key="ingest_files_go", disabled=not uploads):
    results = []
    with tempfile.TemporaryDirectory(prefix="libyamap-upload-") as folder:
        try:
            articles = queries.save_uploads(((f.name, f.getvalue()) for f in uploads), Path(folder))
        except state.OUR_ERRORS as error:
            st.error(str(error))
            articles = []
        progress = st.progress(0.0, text="Reading articles")
        for number, article_path in enumerate(articles, start=1):
            try:
                results.append(queries.ingest_file(path, article_path))
            except state.OUR_ERRORS as error:
                results.append({"file": article_path.name, "error": str(error)})
            progress.progress(number / len(articles), text=f"{number} of {len(articles)} files")
    st.session_state["ingest_results"] = results

with st.form("ingest_paste", clear_on_submit=False):
    st.subheader("Paste a text")
    text = st.text_area("Article text", height=220, key="paste_text")
    left, middle, right = st.columns(3)
    published = left.date_input("Published", value=None, key="paste_published")
    source = middle.text_input("Source", key="paste_source")
    language = right.selectbox("Language", list(LANGUAGES), format_func=LANGUAGES.get,
                               key="paste_language")
    title = st.text_input("Title (optional)", key="paste_title")
    url = st.text_input("Link (optional)", key="paste_url")
    if st.form_submit_button("Add the text", key="paste_go"):
        progress = st.progress(0.0, text="Extracting events")
        try:
            result = queries.ingest_text(path, text, published=published, source=source,
                                         language=language, title=title, url=url)
        except state.OUR_ERRORS as error:
            result = {"file": "pasted text", "error": str(error)}
        progress.progress(1.0, text="Done")
        st.session_state["ingest_results"] = [result]

if results := st.session_state.get("ingest_results"):
    st.subheader("Result")
    frame = pd.DataFrame(results)
    st.dataframe(frame, key="ingest_result_table", hide_index=True, width="stretch")
    failed = [row for row in results if row.get("error")]
    if failed:
        st.error(f"{len(failed)} of {len(results)} could not be read: see the error column.")
    else:
        st.success(f"{len(results)} added. The map shows the new events.")
