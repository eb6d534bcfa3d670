"""The `libyamap` command: places, extract, ingest, export, serve."""
from __future__ import annotations

import argparse
import importlib
import sys
from importlib.metadata import version

COMMANDS = ("places", "extract", "ingest", "export", "import_", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="libyamap", description="News reports about the war in Libya, as a map of events."
    )
    parser.add_argument("--version", action="version", version=version("libyamap"))
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"libyamap.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"libyamap.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
