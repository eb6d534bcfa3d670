"""Shared by the AppTest tests: the app's file, the seeds and one run of the app over a store."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

import dashboard

APP = Path(dashboard.__file__).resolve().parent / "app.py"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run_app(db: Path, monkeypatch, **params: str) -> AppTest:
    """The app run once over the store `db`, its link carrying `params`."""
    monkeypatch.setenv("LIBYAMAP_DB", str(db))
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params.update(params)
    return app.run()
