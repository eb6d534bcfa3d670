"""`libyamap import --format acled|ucdp FILE [--db FILE]`: store another dataset's events.

The file is validated whole first; a bad cell refuses it (line and column named) and nothing is
stored. Imported events keep their origin (acled, ucdp), apart from extracted ones.
"""
from __future__ import annotations

import argparse
import sys

from events.store import Store, StoreError, default_db_path
from libyamap.commands import add_db_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="store events from an ACLED or UCDP GED CSV export",
        description="Store the events of an ACLED or UCDP GED CSV export (all or nothing).")
    parser.add_argument("path", metavar="FILE")
    parser.add_argument("--format", choices=("acled", "ucdp"), required=True)
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = args.db or default_db_path()
    try:
        with Store.open(db) as store:
            if args.format == "acled":
                count = store.import_acled_csv(args.path)
            else:
                count = store.import_ucdp_csv(args.path)
    except StoreError as error:
        print(f"libyamap import: {error}", file=sys.stderr)
        return 2
    print(f"{count} {args.format} events stored in {db}", file=sys.stderr)
    return 0
