"""The review page: confirm, correct or reject an event with a note; its history and undo."""
from dataclasses import replace

import streamlit as st

from dashboard import queries, state
from events.model import EVENT_TYPES, FACTIONS

path = state.db_path()
event_filter = replace(state.sidebar_filters(path), include_rejected=True)
st.header("Review events")
view = state.view_or_stop(path, event_filter)
if view.events.empty:
    st.info("No event matches the filters.")
    st.stop()

rows = view.events.to_dict("records")
labels = {row["event_id"]: queries.event_choice_label(row) for row in rows}
ids = list(labels)
wanted = st.session_state.get("selected_event")
event_id = st.selectbox("Event", ids, index=ids.index(wanted) if wanted in ids else 0,
                        format_func=labels.get, key="review_event")
st.session_state["selected_event"] = event_id
try:
    event, history = queries.load_event(path, event_id)
except state.OUR_ERRORS as error:
    st.error(str(error))
    st.stop()
if event is None:
    st.warning(f"Event {event_id} is no longer in the store.")
    st.stop()

status = view.events.loc[view.events["event_id"] == event_id, "status"].iloc[0]
st.caption(f"Status: {status} · reviewed: {'yes' if event.reviewed else 'no'}")
if inferred := [f"{FACTIONS.get(faction, faction)} (faction {side})" for side, faction
                in (("1", event.faction1), ("2", event.faction2)) if faction and faction in event.sides_inferred]:
    st.caption("Inferred by the side model, not stated in the text: " + ", ".join(inferred))
st.code(event.evidence, language=None, wrap_lines=True)
note = st.text_input("Note (why)", key="review_note")


def _act(action: str, changes: dict | None = None) -> None:
    try:
        done = queries.review_event(path, event_id, action=action, note=note, changes=changes)
    except state.OUR_ERRORS as error:
        st.error(str(error))
        return
    st.session_state["review_done"] = f"{event_id}: {done}"
    st.rerun()


confirm_col, reject_col, undo_col = st.columns(3)
if confirm_col.button("Confirm", key="review_confirm", type="primary"):
    _act("confirm")
if reject_col.button("Reject", key="review_reject"):
    _act("reject")
if undo_col.button("Undo last change", key="review_undo"):
    _act("undo")
if done := st.session_state.pop("review_done", None):
    st.success(done)

with st.form(key=f"edit_{event_id}"):
    st.subheader("Correct")
    pairs = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    kind = st.selectbox("Type and sub-type", pairs, format_func=" / ".join,
                        key=f"e_kind_{event_id}",
                        index=pairs.index((event.event_type, event.sub_event_type)))
    places = []
    try:
        from gazetteer import default_gazetteer

        places = sorted(default_gazetteer().places, key=lambda p: (p.is_foreign, p.name))
    except state.OUR_ERRORS as error:
        st.error(str(error))
    place_ids = [""] + [p.place_id for p in places]
    by_id = {p.place_id: p for p in places}
    place_id = st.selectbox(
        "Place (gazetteer)", place_ids, key=f"e_place_{event_id}",
        index=place_ids.index(event.place_id) if event.place_id in by_id else 0,
        format_func=lambda i: f"{by_id[i].name} ({by_id[i].admin1 or by_id[i].country_code})"
        if i else "(unchanged)")
    day = st.date_input("Date", value=event.event_date, key=f"e_date_{event_id}")
    left, right = st.columns(2)
    form = {"event_type": kind[0], "sub_event_type": kind[1], "event_date": day}
    factions = [""] + list(FACTIONS)
    for column, side in ((left, "1"), (right, "2")):
        form[f"actor{side}"] = column.text_input(f"Actor {side}", getattr(event, f"actor{side}"),
                                                 key=f"e_actor{side}_{event_id}")
        current = getattr(event, f"faction{side}")
        form[f"faction{side}"] = column.selectbox(
            f"Faction {side}", factions, key=f"e_faction{side}_{event_id}",
            index=factions.index(current) if current in factions else 0,
            format_func=lambda f: FACTIONS.get(f, "(none)"),
            help=("Inferred by the side model: the text does not state this side; saving another "
                  "faction makes it yours") if current and current in event.sides_inferred else None)
    for column, name in zip(st.columns(3), ("fatalities", "injured", "displaced")):
        value = getattr(event, name)
        form[name] = column.text_input(name.capitalize(), "" if value is None else str(value),
                                       key=f"e_{name}_{event_id}", help="Empty = not stated")
    if st.form_submit_button("Save correction", key=f"e_save_{event_id}"):
        try:
            changes = queries.changes_from_form(event, form)
        except state.OUR_ERRORS as error:
            st.error(str(error))
        else:
            if place_id and place_id != event.place_id:
                changes.update(queries.place_changes(by_id[place_id]))
            _act("correct", changes)

st.subheader("History")
if history:
    st.dataframe(queries.history_frame(history), key="review_history", hide_index=True)
else:
    st.caption("No review yet.")
