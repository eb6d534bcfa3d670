"""`libyamap serve`: the command line it runs and the store it passes to the app."""
from __future__ import annotations

from pathlib import Path

from libyamap.cli import build_parser
from libyamap.commands.serve import APP_PATH, serve_command, serve_environment


def test_serve_is_local_headless_and_silent():
    command = serve_command(port=8765)
    assert command[1:4] == ["-m", "streamlit", "run"]
    assert Path(command[4]) == APP_PATH and APP_PATH.is_file()
    options = dict(zip(command[5::2], command[6::2]))
    assert options["--server.address"] == "127.0.0.1"
    assert options["--server.port"] == "8765"
    assert options["--server.headless"] == "true"
    assert options["--browser.gatherUsageStats"] == "false"
    assert options["--client.toolbarMode"] == "minimal"


def test_db_option_reaches_the_app_as_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LIBYAMAP_DB", raising=False)
    assert serve_environment(Path("x.duckdb"))["LIBYAMAP_DB"] == str(tmp_path / "x.duckdb")
    monkeypatch.setenv("LIBYAMAP_DB", "y.duckdb")
    assert serve_environment(None)["LIBYAMAP_DB"] == str(tmp_path / "y.duckdb")


def test_serve_parses_db_and_port():
    args = build_parser().parse_args(["serve", "--db", "a.duckdb", "--port", "9000"])
    assert (args.db, args.port) == (Path("a.duckdb"), 9000)
    assert build_parser().parse_args(["serve"]).port == 8501
