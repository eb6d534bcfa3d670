"""`libyamap serve [--db FILE] [--port N]`: the dashboard on 127.0.0.1."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import dashboard

APP_PATH = Path(dashboard.__file__).resolve().parent / "app.py"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the dashboard on 127.0.0.1",
        description="Serve the dashboard (Streamlit) on 127.0.0.1 over an event store.",
    )
    parser.add_argument("--db", type=Path, default=None,
                        help="the event store (default: $LIBYAMAP_DB, else data/libyamap.duckdb)")
    parser.add_argument("--port", type=int, default=8501, help="port on 127.0.0.1 (default 8501)")
    parser.set_defaults(func=run)


def serve_command(*, port: int) -> list[str]:
    """The `streamlit run` command line: local only, headless, no usage statistics, no
    deploy button (an analyst's map is not for publishing to a cloud)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_PATH),
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--global.developmentMode", "false",
        "--client.toolbarMode", "minimal",
    ]


def serve_environment(db: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if db is not None:
        env["LIBYAMAP_DB"] = str(db.expanduser().resolve())
    elif env.get("LIBYAMAP_DB"):
        env["LIBYAMAP_DB"] = str(Path(env["LIBYAMAP_DB"]).expanduser().resolve())
    else:
        from events.store import default_db_path

        env["LIBYAMAP_DB"] = str(Path(default_db_path()).resolve())
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    return env


def run(args: argparse.Namespace) -> int:
    env = serve_environment(args.db)
    print(f"libyamap: serving {env['LIBYAMAP_DB']} on http://127.0.0.1:{args.port}/", flush=True)
    command = serve_command(port=args.port)
    if os.name != "posix":
        return subprocess.call(command, env=env)
    os.execve(command[0], command, env)  # the server takes this process's id: a signal stops it
    return 0  # not reached
