"""The store file: created, migrated from an older schema, refused when unknown or not DuckDB."""
from __future__ import annotations

import duckdb
import pytest

from events.schema import MIGRATIONS, SCHEMA_VERSION
from events.store import Store, StoreError, StoreFormatError, default_db_path
from store_samples import extraction


def test_new_store_has_current_schema(tmp_path):
    db = tmp_path / "sub" / "new.duckdb"
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store.open(db, read_only=True) as store:
        assert store.count_events(store_filter()) == 0


def store_filter():
    from events.model import EventFilter

    return EventFilter()


def test_version_1_store_is_migrated_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(db))
    for statement in MIGRATIONS[1]:
        connection.execute(statement)
    connection.execute(
        "INSERT INTO corrections (id, event_id, field, old_value, new_value, action, who, \"at\", "
        "note, undone) VALUES (1, 'ev-x', NULL, NULL, NULL, 'confirm', 'a', NULL, '', FALSE)")
    connection.close()
    with Store.open(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [c.batch for c in store.history("ev-x")] == [1]


def test_old_schema_is_not_migrated_read_only(tmp_path):
    db = tmp_path / "old.duckdb"
    connection = duckdb.connect(str(db))
    for statement in MIGRATIONS[1]:
        connection.execute(statement)
    connection.close()
    with pytest.raises(StoreError, match="needs migrating"):
        Store.open(db, read_only=True)


def test_newer_schema_is_refused_naming_the_file(tmp_path):
    db = tmp_path / "future.duckdb"
    Store.open(db).close()
    connection = duckdb.connect(str(db))
    connection.execute("UPDATE schema_version SET version = 99")
    connection.close()
    with pytest.raises(StoreFormatError, match=r"future\.duckdb.*schema version 99"):
        Store.open(db)


@pytest.mark.parametrize("content", [b"event_id,event_type\nx,Battles\n", b"\x00" * 5000, b""])
def test_a_file_that_is_not_duckdb_is_refused(tmp_path, content):
    db = tmp_path / "events.csv"
    db.write_bytes(content)
    if not content:
        db.unlink()  # an absent file read-only
        with pytest.raises(StoreError, match="events.csv"):
            Store.open(db, read_only=True)
        return
    with pytest.raises(StoreFormatError, match=r"events\.csv: not a DuckDB event store"):
        Store.open(db)


def test_another_duckdb_database_is_refused(tmp_path):
    db = tmp_path / "other.duckdb"
    connection = duckdb.connect(str(db))
    connection.execute("CREATE TABLE things (x INTEGER)")
    connection.close()
    with pytest.raises(StoreFormatError, match=r"other\.duckdb: a DuckDB file but not a libyamap"):
        Store.open(db)


def test_default_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("LIBYAMAP_DB", raising=False)
    assert str(default_db_path()) == "data/libyamap.duckdb"
    monkeypatch.setenv("LIBYAMAP_DB", str(tmp_path / "x.duckdb"))
    assert default_db_path() == tmp_path / "x.duckdb"


def test_read_only_store_refuses_writes(tmp_path):
    db = tmp_path / "s.duckdb"
    Store.open(db).close()
    with Store.open(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save_extraction(extraction("a1", ["A clash."]))
