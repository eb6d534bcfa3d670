"""Shared by the AppTest tests: the app's file, the seeds, a store of the seeds and more events,
one run of the app over a store, and what the page sends to the map."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

import dashboard
from events.ingest import ingest_paths
from events.model import Event
from events.store import Store

APP = Path(dashboard.__file__).resolve().parent / "app.py"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run_app(db: Path, monkeypatch, **params: str) -> AppTest:
    """The app run once over the store `db`, its link carrying `params`."""
    monkeypatch.setenv("LIBYAMAP_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params.update(params)
    return app.run()


def seeded_store(path: Path, *events: Event) -> Path:
    """A store at `path` holding the seed articles' events and `events`."""
    ingest_paths([SEEDS], db_path=path)
    with Store.open(path) as store:
        store.insert_events(list(events))
    return path


def map_arguments(app: AppTest) -> str:
    """Everything the page sends to the st_folium component (base map and event layers)."""
    maps = [element for element in app.get("component_instance")
            if element.proto.component_name.endswith("st_folium")]
    assert len(maps) == 1
    return json.dumps(json.loads(maps[0].proto.json_args))
