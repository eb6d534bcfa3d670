"""One module per subcommand; each has `register(subparsers)` and sets `func` on its parser."""

import argparse


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The `--db FILE` option shared by every command that opens the store."""
    parser.add_argument(
        "--db",
        metavar="FILE",
        default=None,
        help="the store (default $LIBYAMAP_DB, else data/libyamap.duckdb)",
    )
