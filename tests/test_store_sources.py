"""Several articles, one event (the `sources` table), and corrections that follow an event whose
evidence moved when its article changed. Real extractor through `ingest_paths`, real DuckDB."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from events.ingest import ingest_paths
from events.model import EventFilter
from events.schema import MIGRATIONS, SCHEMA_VERSION
from events.store import EventSource, Store
from store_samples import extraction

# Two desks report the same drone strike on Tarhuna's market, in their own words.
DESK_A = ("A drone operated by Haftar's forces struck a market in Tarhuna on Tuesday, killing four "
          "civilians, residents said.")
DESK_B = ("A drone belonging to Haftar's forces struck the crowded market of Tarhuna on Tuesday, and "
          "a local medic counted four civilians dead.")
FIELD_LOG = ("Government of National Accord troops fought Haftar's forces near Gharyan on Sunday, a "
             "commander said. Later that day an artillery shell fired by Haftar's forces hit a school "
             "in Tripoli, wounding two pupils.")
SHELL = ("Later that day an artillery shell fired by Haftar's forces hit a school in Tripoli, "
         "wounding two pupils.")


def write_article(folder: Path, article_id: str, text: str, *, source: str,
                  published: str = "2020-05-13") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_id}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{article_id}.meta.json").write_text(json.dumps(
        {"id": article_id, "published": published, "source": source, "language": "en",
         "url": f"https://example.org/{article_id}"}), encoding="utf-8")
    return path


def strikes(db: Path):
    with Store.open(db, read_only=True) as store:
        frame = store.query_events(EventFilter(event_types=("Explosions/Remote violence",)))
        sources = {event_id: store.sources_of(event_id) for event_id in frame["event_id"]}
        evidence = {event_id: store.get_event(event_id).more_evidence
                    for event_id in frame["event_id"]}
    return frame, sources, evidence


@pytest.fixture
def desks(tmp_path) -> Path:
    folder = tmp_path / "articles"
    write_article(folder, "desk_a", DESK_A, source="Desk A")
    write_article(folder, "desk_b", DESK_B, source="Desk B")
    return folder


def test_two_articles_on_the_same_strike_give_one_event_with_two_sources(desks, tmp_path):
    db = tmp_path / "s.duckdb"
    summary = ingest_paths([desks], db_path=db)
    assert (summary.new, summary.failed, summary.events_added) == (2, (), 1)
    frame, sources, evidence = strikes(db)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["article_id"], row["place_id"], row["event_date"], row["n_sources"]) == (
        "desk_a", "gn:2210221", date(2020, 5, 12), 2)
    listed = sources[row["event_id"]]
    assert all(isinstance(s, EventSource) for s in listed)
    assert [(s.article_id, s.source, s.url) for s in listed] == [
        ("desk_a", "Desk A", "https://example.org/desk_a"),
        ("desk_b", "Desk B", "https://example.org/desk_b")]
    assert (listed[1].evidence_start, listed[1].evidence_end) == (0, len(DESK_B))
    assert [item.text for item in evidence[row["event_id"]]] == [DESK_B]
    # ingesting again changes nothing
    again = ingest_paths([desks], db_path=db)
    assert (again.unchanged, again.events_added) == (2, 0)
    assert strikes(db)[1] == sources


def test_reingesting_a_changed_article_keeps_the_sources_consistent(desks, tmp_path):
    db = tmp_path / "s.duckdb"
    ingest_paths([desks], db_path=db)
    first_sources = strikes(db)[1]
    # the first desk adds a word at the start: its event gets a new id, the second desk follows it
    write_article(desks, "desk_a", "Overnight, " + DESK_A[0].lower() + DESK_A[1:], source="Desk A")
    summary = ingest_paths([desks], db_path=db)
    assert (summary.replaced, summary.unchanged) == (1, 1)
    frame, sources, evidence = strikes(db)
    assert len(frame) == 1 and frame.iloc[0]["n_sources"] == 2
    [(event_id, listed)] = sources.items()
    assert event_id not in first_sources  # the evidence span moved: a new id
    assert [s.article_id for s in listed] == ["desk_a", "desk_b"]
    assert [item.article_id for item in evidence[event_id]] == ["desk_b"]
    # the second desk changes a word: it stays one more source of the same event, not two
    write_article(desks, "desk_b", DESK_B.replace("crowded", "busy"), source="Desk B")
    assert ingest_paths([desks], db_path=db).replaced == 1
    frame, sources, evidence = strikes(db)
    assert list(sources) == [event_id] and [s.article_id for s in sources[event_id]] == [
        "desk_a", "desk_b"]
    assert [item.text for item in evidence[event_id]] == [DESK_B.replace("crowded", "busy")]
    # the first desk drops the strike: the second desk's report becomes an event of its own,
    # and takes the analyst's correction of the event
    with Store.open(db) as store:
        store.correct(event_id, {"fatalities": 5}, who="ana")
    corrected_id = event_id
    write_article(desks, "desk_a", "Residents of Tarhuna said the town was quiet.", source="Desk A")
    ingest_paths([desks], db_path=db)
    frame, sources, evidence = strikes(db)
    assert list(frame["article_id"]) == ["desk_b"] and list(frame["n_sources"]) == [1]
    [(event_id, listed)] = sources.items()
    assert [(s.article_id, s.evidence_start) for s in listed] == [("desk_b", 0)]
    assert frame.iloc[0]["evidence"] == DESK_B.replace("crowded", "busy")
    assert frame.iloc[0]["fatalities"] == 5 and frame.iloc[0]["status"] == "corrected"
    with Store.open(db, read_only=True) as store:
        orphans = store._db.execute(
            "SELECT COUNT(*) FROM sources WHERE event_id NOT IN (SELECT event_id FROM events)"
        ).fetchone()[0]
        assert orphans == 0
        assert [(c.field, c.remapped_from) for c in store.history(frame.iloc[0]["event_id"])] == [
            ("fatalities", corrected_id)]


def test_a_correction_follows_its_sentence_when_the_article_changes(tmp_path):
    folder, db = tmp_path / "articles", tmp_path / "s.duckdb"
    write_article(folder, "field_log", FIELD_LOG, source="Field desk", published="2020-05-12")
    ingest_paths([folder], db_path=db)
    with Store.open(db) as store:
        frame = store.query_events(EventFilter())
        [old_id] = frame[frame["evidence"] == SHELL]["event_id"]
        # the extractor reads two pupils wounded; the analyst knows of a third and of a death
        store.correct(old_id, {"injured": 3, "fatalities": 1}, who="ana", note="hospital figures")
    write_article(folder, "field_log", "Regular " + FIELD_LOG, source="Field desk",
                  published="2020-05-12")
    assert ingest_paths([folder], db_path=db).replaced == 1
    with Store.open(db, read_only=True) as store:
        frame = store.query_events(EventFilter())
        [new_id] = frame[frame["evidence"] == SHELL]["event_id"]
        assert new_id != old_id and store.get_event(old_id) is None
        event = store.get_event(new_id)
        assert (event.injured, event.fatalities, store.status(new_id)) == (3, 1, "corrected")
        history = store.history(new_id)
        assert {(c.field, c.who, c.remapped_from) for c in history} == {
            ("injured", "ana", old_id), ("fatalities", "ana", old_id)}
        assert store.history(old_id) == []
    with Store.open(db) as store:  # the carried correction is undone as one action
        assert store.undo_last(new_id)
        assert store.get_event(new_id).injured == 2  # back to what the extractor read


def test_version_2_store_is_migrated_with_a_source_per_event(tmp_path):
    db = tmp_path / "v2.duckdb"
    connection = duckdb.connect(str(db))
    for version in (1, 2):
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
    connection.close()
    # fill it as version 2 would have: the store's own writes, less the new table
    with Store.open(tmp_path / "donor.duckdb") as donor:
        donor.save_extraction(extraction("old", ["An old clash.", "An old strike."]))
        rows = donor._db.execute("SELECT * EXCLUDE (inferred_factions) FROM events").fetchall()
    connection = duckdb.connect(str(db))
    marks = ", ".join("?" for _ in rows[0])
    connection.executemany(f"INSERT INTO events VALUES ({marks})", rows)
    connection.close()
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        frame = store.query_events(EventFilter())
        assert list(frame["n_sources"]) == [1, 1]
        for event_id in frame["event_id"]:
            [only] = store.sources_of(event_id)
            assert (only.article_id, only.source) == ("old", "Test desk")
        assert [c.remapped_from for c in store.history("none")] == []


@pytest.mark.parametrize("second, merged", [
    ({"time_precision": 1}, True),
    ({"time_precision": 2}, False),  # an approximate day is not the same event
    ({"time_precision": 1, "faction2": "civilians"}, False),
    ({"time_precision": 1, "place_id": "gn:2210247"}, False),
    ({"time_precision": 1, "event_type": "Explosions/Remote violence",
      "sub_event_type": "Air/drone strike"}, False),
])
def test_only_the_same_type_place_day_and_factions_make_one_event(tmp_path, second, merged):
    with Store.open(tmp_path / "s.duckdb") as store:
        store.save_extraction(extraction("first", ["A clash in Sirte."], time_precision=1))
        store.save_extraction(extraction("second", ["Sirte saw a clash."], **second))
        frame = store.query_events(EventFilter())
        assert len(frame) == (1 if merged else 2)
        assert sorted(frame["n_sources"]) == ([2] if merged else [1, 1])
        assert store.last_merged == (1 if merged else 0)


def test_a_side_one_article_infers_and_another_states_is_stated(tmp_path):
    with Store.open(tmp_path / "i.duckdb") as store:
        store.save_extraction(extraction("a", ["A strike hit Sirte."], time_precision=1, actor2="",
                                         inferred_factions="lna"))
        [event_id] = store.query_events(EventFilter())["event_id"]
        store.save_extraction(extraction("b", ["Another desk: LNA positions in Sirte were struck."],
                                         time_precision=1, source="Desk B", inferred_factions="lna"))
        assert [s.article_id for s in store.sources_of(event_id)] == ["a", "b"]
        assert store.get_event(event_id).inferred_factions == "lna"  # both inferred it
        store.save_extraction(extraction("c", ["A third desk names the LNA's positions in Sirte."],
                                         time_precision=1, source="Desk C"))
        assert [s.article_id for s in store.sources_of(event_id)] == ["a", "b", "c"]
        assert store.get_event(event_id).inferred_factions == ""


def test_version_3_store_is_migrated_with_no_side_inferred(tmp_path):
    db = tmp_path / "v3.duckdb"
    connection = duckdb.connect(str(db))
    for version in (1, 2, 3):
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
    version_3_columns = [row[0] for row in connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()]
    assert "inferred_factions" not in version_3_columns
    connection.close()
    with Store.open(tmp_path / "donor.duckdb") as donor:
        donor.save_extraction(extraction("old", ["An old clash."]))
        rows = donor._db.execute(f"SELECT {', '.join(version_3_columns)} FROM events").fetchall()
        sources = donor._db.execute("SELECT * FROM sources").fetchall()
    connection = duckdb.connect(str(db))
    connection.executemany(f"INSERT INTO events VALUES ({', '.join('?' for _ in rows[0])})", rows)
    connection.executemany(f"INSERT INTO sources VALUES ({', '.join('?' for _ in sources[0])})", sources)
    connection.close()
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION == 4
        [event_id] = store.query_events(EventFilter())["event_id"]
        event = store.get_event(event_id)
        assert (event.faction1, event.faction2, event.inferred_factions) == ("gna", "lna", "")
