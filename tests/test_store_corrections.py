"""Analysts' corrections: stored apart, applied when reading, undoable, kept across re-ingest."""
from __future__ import annotations

from datetime import date

import pytest

from events.model import EventFilter
from events.store import Store, StoreError, StoreFormatError
from store_samples import extraction


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as opened:
        opened.save_extraction(extraction("a", ["GNA forces clashed with LNA.", "More fighting."]))
        yield opened


def first_id(store) -> str:
    return store.query_events(EventFilter()).sort_values("evidence_start")["event_id"].iloc[0]


def test_correction_applies_when_reading_and_keeps_the_extraction(store):
    event_id = first_id(store)
    store.correct(event_id, {"faction1": "lna", "fatalities": "5", "event_date": "2020-05-30",
                             "location": "Tarhuna"}, who="ana", note="checked")
    event = store.get_event(event_id)
    assert (event.faction1, event.fatalities, event.event_date, event.location) == (
        "lna", 5, date(2020, 5, 30), "Tarhuna")
    assert event.reviewed
    row = store.query_events(EventFilter(factions=("lna",), places=("Tarhuna",))).iloc[0]
    assert row["event_id"] == event_id and row["status"] == "corrected"
    raw = store._db.execute("SELECT faction1, fatalities FROM events WHERE event_id = ?",
                            [event_id]).fetchone()
    assert raw == ("gna", None)
    history = store.history(event_id)
    assert {(c.field, c.old_value, c.new_value) for c in history} == {
        ("faction1", "gna", "lna"), ("fatalities", None, "5"),
        ("event_date", "2020-06-01", "2020-05-30"), ("location", "Sirte", "Tarhuna")}
    assert {c.who for c in history} == {"ana"}


def test_undo_removes_the_whole_last_action(store):
    event_id = first_id(store)
    store.correct(event_id, {"faction1": "lna"})
    store.correct(event_id, {"faction2": "jihadist", "fatalities": 2})
    assert store.undo_last(event_id)
    event = store.get_event(event_id)
    assert (event.faction1, event.faction2, event.fatalities) == ("lna", "lna", None)
    assert store.undo_last(event_id)
    assert store.get_event(event_id).faction1 == "gna"
    assert store.status(event_id) == "extracted"
    assert not store.undo_last(event_id)
    assert len(store.history(event_id)) == 3 and all(c.undone for c in store.history(event_id))


def test_reject_hides_and_confirm_reviews(store):
    event_id = first_id(store)
    store.reject(event_id, who="ana", note="not an event")
    assert store.count_events(EventFilter()) == 1
    assert store.count_events(EventFilter(include_rejected=True)) == 2
    assert store.get_event(event_id) is not None and store.status(event_id) == "rejected"
    store.confirm(event_id, who="bo")
    assert store.status(event_id) == "confirmed"
    assert store.count_events(EventFilter(reviewed_only=True)) == 1


@pytest.mark.parametrize("changes, message", [
    ({"event_type": "Party"}, "event_type"),
    ({"sub_event_type": "Party"}, "sub_event_type"),
    ({"latitude": 123}, "latitude"),
    ({"fatalities": "many"}, "fatalities"),
    ({"faction1": "martians"}, "faction1"),
    ({"evidence": "rewritten"}, "cannot be corrected"),
])
def test_bad_corrections_are_refused(store, changes, message):
    event_id = first_id(store)
    with pytest.raises(StoreFormatError, match=message):
        store.correct(event_id, changes)
    assert store.history(event_id) == []


def test_unknown_event_is_an_error(store):
    with pytest.raises(StoreError, match="no event 'ev-nope'"):
        store.confirm("ev-nope")


def test_corrections_survive_a_changed_article(store):
    first, second = store.query_events(EventFilter()).sort_values("evidence_start")["event_id"]
    store.correct(first, {"faction1": "lna"})
    store.reject(second)
    # the second sentence changes: its event is replaced, the first keeps its id and correction
    assert store.save_extraction(extraction("a", ["GNA forces clashed with LNA.", "Much more fighting."])) == "replaced"
    assert store.get_event(first).faction1 == "lna"
    assert store.get_event(second) is None
    assert store.count_events(EventFilter()) == 2
    # the same text again: the rejection of an unchanged event holds
    store.save_extraction(extraction("a", ["GNA forces clashed with LNA.", "More fighting."]))
    assert store.status(second) == "rejected" and store.get_event(first).faction1 == "lna"


def test_a_side_the_analyst_corrects_is_no_longer_inferred(tmp_path):
    with Store.open(tmp_path / "i.duckdb") as store:
        store.save_extraction(extraction("a", ["GNA forces shelled the port."], actor2="", inferred_factions="lna"))
        event_id = first_id(store)
        assert store.query_events(EventFilter()).iloc[0]["inferred_factions"] == "lna"
        store.correct(event_id, {"faction1": "other"}, who="ana")  # the other side: lna stays inferred
        assert store.get_event(event_id).inferred_factions == "lna"
        assert store.query_events(EventFilter()).iloc[0]["inferred_factions"] == "lna"
        store.correct(event_id, {"faction2": "jihadist"}, who="ana")  # the analyst's side, not inferred
        assert (store.get_event(event_id).faction2, store.get_event(event_id).inferred_factions) == ("jihadist", "")
        assert store.query_events(EventFilter()).iloc[0]["inferred_factions"] == ""
        assert store.undo_last(event_id)
        assert (store.get_event(event_id).faction2, store.get_event(event_id).inferred_factions) == ("lna", "lna")
        store.confirm(event_id, who="ana")  # the analyst agrees; the text still does not state the side
        assert store.get_event(event_id).inferred_factions == "lna"
