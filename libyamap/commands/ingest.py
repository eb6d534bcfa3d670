"""`libyamap ingest PATH... [--db FILE]`: extract articles and store their events.

Idempotent: an article already stored with the same text is skipped; a changed one replaces its
own events (analysts' corrections are kept). Each article is one transaction. Prints a summary
and exits 1 if any file failed.
"""
from __future__ import annotations

import argparse
import sys

from events.store import StoreError, default_db_path
from libyamap.commands import add_db_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest", help="extract articles and store their events",
        description="Extract events from article files or directories and store them.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from events.ingest import ingest_paths

    db = args.db or default_db_path()
    try:
        summary = ingest_paths(args.paths, db_path=db, progress=sys.stderr.isatty())
    except StoreError as error:
        print(f"libyamap ingest: {error}", file=sys.stderr)
        return 2
    print(f"store: {db}", file=sys.stderr)
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if summary.failed else 0
