"""A reader while another process writes, and `kill -9` in the middle of an ingest."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from events.model import EventFilter
from events.store import Store, StoreError
from extractor.articles import read_articles
from extractor.pipeline import extract
from store_samples import extraction

TOWNS = ("Sirte", "Tripoli", "Misrata", "Benghazi", "Tarhuna", "Gharyan", "Zawiya", "Sabha")

HOLD_WRITER = """
import sys, time
from events.store import Store
from store_samples import extraction
with Store.open(sys.argv[1]) as store:
    store.save_extraction(extraction("held", ["A clash written while a reader waits."]))
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_reader_waits_for_a_writer_process_then_reads(tmp_path):
    db = tmp_path / "busy.duckdb"
    with Store.open(db) as store:
        store.save_extraction(extraction("before", ["An earlier clash."]))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    writer = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db), "1.5"],
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert writer.stdout.readline().strip() == "holding"
        with pytest.raises(StoreError, match="busy"):
            Store.open(db, read_only=True, busy_timeout=0.1)
        started = time.monotonic()
        with Store.open(db, read_only=True, busy_timeout=30) as store:
            assert store.count_events(EventFilter()) == 2  # the writer's article committed
        assert time.monotonic() - started < 20
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == 0


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        (folder / f"note_{n:04d}.txt").write_text(
            f"Forces of the Government of National Accord clashed with Haftar's fighters near "
            f"{town} on Monday, officials said. {n % 9 + 2} fighters were killed.\n\n"
            f"A drone later struck a depot outside {TOWNS[(n + 3) % len(TOWNS)]}.",
            encoding="utf-8")


@pytest.mark.parametrize("delay", [0.0, 0.45])
def test_sigkill_during_ingest_leaves_only_whole_articles(tmp_path, delay):
    db = tmp_path / "kill.duckdb"
    with Store.open(db) as store:
        store.save_extraction(extraction("earlier", ["An earlier clash.", "Another one."]))
        earlier_id = store.query_events(EventFilter())["event_id"].iloc[0]
        store.correct(earlier_id, {"fatalities": 4}, who="ana")
        earlier = store.query_events(EventFilter(include_rejected=True))
    folder = tmp_path / "articles"
    write_articles(folder, 1000)
    ingest = subprocess.Popen([sys.executable, "-m", "libyamap.cli", "ingest", str(folder),
                               "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    try:
        # read while the ingest writes (short read-only sessions), until some articles committed
        while stored < 6 and time.monotonic() < deadline and ingest.poll() is None:
            with Store.open(db, read_only=True) as store:
                stored = store.facets().articles - 1
            time.sleep(0.05)
        time.sleep(delay)  # then at another point of the ingest's cycle
    finally:
        os.kill(ingest.pid, signal.SIGKILL)
        ingest.wait(timeout=30)
    assert ingest.returncode == -signal.SIGKILL, ingest.stderr.read()
    with Store.open(db) as store:
        counts = store.article_event_counts()
        frame = store.query_events(EventFilter(include_rejected=True))
        assert store.get_event(earlier_id).fatalities == 4
    # the earlier content is exactly as it was
    kept = frame[frame["article_id"] == "earlier"].reset_index(drop=True)
    assert kept.equals(earlier.reset_index(drop=True))
    committed = sorted(a for a in counts if a != "earlier")
    assert 6 <= len(committed) < 1000
    # every committed article holds exactly the events its extraction has: no half article
    paths = [folder / f"{a}.txt" for a in committed]
    articles = [a for a in read_articles(paths)]
    expected = {x.article.article_id: len(x.events) for x in extract(articles, merge_across=False)}
    assert {a: counts[a] for a in committed} == expected
    assert all(expected.values())
    assert len(frame) == sum(counts.values())


HALF_WRITER = """
import sys, time
from events.store import Store
from store_samples import extraction
store = Store.open(sys.argv[1])
half = extraction("half", ["One clash.", "Two clashes.", "Three clashes."])
store._db.execute("BEGIN TRANSACTION")
store._db.execute("INSERT INTO articles (article_id, content_hash) VALUES ('half', 'x')")
store._insert_events(half.events[:2])
print("inside", flush=True)
time.sleep(60)
"""


def test_sigkill_inside_an_article_transaction_leaves_nothing_of_it(tmp_path):
    db = tmp_path / "half.duckdb"
    with Store.open(db) as store:
        store.save_extraction(extraction("whole", ["A whole clash."]))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    writer = subprocess.Popen([sys.executable, "-c", HALF_WRITER, str(db)],
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert writer.stdout.readline().strip() == "inside"
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    with Store.open(db) as store:
        assert store.article_event_counts() == {"whole": 1}
        assert store.count_events(EventFilter(include_rejected=True)) == 1
