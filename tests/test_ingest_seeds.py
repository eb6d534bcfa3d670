"""`ingest` through the real extractor on the real seed: idempotent, replaces changed articles,
keeps analysts' corrections."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from events.ingest import ingest_paths
from events.model import EventFilter
from events.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OWN_ARTICLE = (
    "Fighters loyal to the Government of National Accord clashed with Haftar's forces near "
    "Tarhuna on Monday, local officials said. Three fighters were killed in the clashes.\n\n"
    "Later the same day a drone struck a supply convoy south of Sirte."
)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "desk_note.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    return folder


def events_by_article(db: Path) -> dict[str, set[str]]:
    with Store.open(db, read_only=True) as store:
        frame = store.query_events(EventFilter(include_rejected=True))
    return {a: set(frame[frame["article_id"] == a]["event_id"]) for a in set(frame["article_id"])}


def test_ingesting_twice_gives_the_same_count(tmp_path):
    db = tmp_path / "seed.duckdb"
    first = ingest_paths([SEEDS], db_path=db)
    assert (first.articles_read, first.new, first.failed) == (1, 1, ())
    assert first.events_added > 0
    second = ingest_paths([SEEDS], db_path=db)
    assert (second.unchanged, second.new, second.replaced, second.events_added) == (1, 0, 0, 0)
    with Store.open(db, read_only=True) as store:
        assert store.count_events(EventFilter()) == first.events_added
        assert store.article_event_counts() == {"000_3b233a5ed31ee4d8": first.events_added}


def test_changing_one_word_replaces_only_that_article(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    assert ingest_paths([corpus], db_path=db).new == 2
    before = events_by_article(db)
    note = corpus / "desk_note.txt"
    note.write_text(OWN_ARTICLE.replace("Three fighters", "Seven fighters"), encoding="utf-8")
    summary = ingest_paths([corpus], db_path=db)
    assert (summary.unchanged, summary.replaced, summary.new) == (1, 1, 0)
    after = events_by_article(db)
    assert after["000_3b233a5ed31ee4d8"] == before["000_3b233a5ed31ee4d8"]
    with Store.open(db, read_only=True) as store:
        note_events = store.query_events(EventFilter(sources=()))
        note_events = note_events[note_events["article_id"] == "desk_note"]
        assert store.article_event_counts()["desk_note"] == summary.events_added == len(note_events)
        assert 7 in set(note_events["fatalities"].dropna())


def test_a_correction_survives_reingest(corpus, tmp_path):
    db = tmp_path / "s.duckdb"
    ingest_paths([corpus], db_path=db)
    with Store.open(db) as store:
        seed = store.query_events(EventFilter()).query("article_id == '000_3b233a5ed31ee4d8'")
        event_id = seed.sort_values("evidence_start")["event_id"].iloc[0]
        store.correct(event_id, {"fatalities": 12, "faction2": "jihadist"}, who="ana")
        rejected = seed.sort_values("evidence_start")["event_id"].iloc[1]
        store.reject(rejected, who="ana")
        count = store.count_events(EventFilter())
    ingest_paths([corpus], db_path=db)  # unchanged
    # the seed's last sentence changes (same length): the article is re-extracted and replaced
    seed_file = corpus / "000_3b233a5ed31ee4d8.txt"
    text = seed_file.read_text(encoding="utf-8").rstrip()
    seed_file.write_text(text[:-1] + ("!" if text[-1] != "!" else "?") + "\n", encoding="utf-8")
    assert ingest_paths([corpus], db_path=db).replaced == 1
    with Store.open(db, read_only=True) as store:
        event = store.get_event(event_id)
        assert (event.fatalities, event.faction2, event.reviewed) == (12, "jihadist", True)
        assert store.status(rejected) == "rejected"
        assert store.count_events(EventFilter()) == count
        assert [c.who for c in store.history(event_id)] == ["ana", "ana"]


def test_ingest_command_reports_failures(corpus, tmp_path):
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    result = subprocess.run([sys.executable, "-m", "libyamap.cli", "ingest", str(corpus),
                             "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "articles read: 2" in result.stderr and "new: 2" in result.stderr
    assert "failed: 1" in result.stderr and "broken.json" in result.stderr
