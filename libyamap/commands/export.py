"""`libyamap export --format acled|csv|geojson|jsonl [filters] [--db FILE] [-o FILE]`.

Writes the stored events (corrections applied, rejected ones left out unless asked) that match
the same filters as the dashboard, to FILE or stdout.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date

from events.formats import WRITERS, write_events
from events.model import EVENT_TYPES, FACTIONS, EventFilter
from events.store import Store, StoreError, default_db_path
from libyamap.commands import add_db_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="write stored events as ACLED CSV, CSV, GeoJSON or JSON Lines",
        description="Write the stored events matching the filters (corrections applied).")
    parser.add_argument("--format", choices=tuple(WRITERS), default="acled")
    add_db_argument(parser)
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="default: stdout")
    add_filter_arguments(parser)
    parser.set_defaults(func=run)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--faction", action="append", choices=tuple(FACTIONS), default=[],
                        help="faction of either side (repeatable)")
    parser.add_argument("--type", action="append", choices=tuple(EVENT_TYPES), default=[],
                        dest="event_type", help="event type (repeatable)")
    parser.add_argument("--from", type=_day, dest="date_from", metavar="YYYY-MM-DD")
    parser.add_argument("--to", type=_day, dest="date_to", metavar="YYYY-MM-DD")
    parser.add_argument("--place", action="append", default=[],
                        help="place id, place name or district (repeatable)")
    parser.add_argument("--source", action="append", default=[], help="source (repeatable)")
    parser.add_argument("--text", default="", help="words in the evidence, actors or place")
    parser.add_argument("--min-fatalities", type=int, default=None, metavar="N")
    parser.add_argument("--precision", action="append", type=int, choices=(1, 2, 3), default=[],
                        help="geo precision (repeatable)")
    parser.add_argument("--reviewed-only", action="store_true")
    parser.add_argument("--stated-sides-only", action="store_true",
                        help="match --faction only on the sides the text states, not inferred ones")
    parser.add_argument("--include-rejected", action="store_true")


def filter_from_args(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        factions=tuple(args.faction), event_types=tuple(args.event_type),
        date_from=args.date_from, date_to=args.date_to, places=tuple(args.place),
        sources=tuple(args.source), text=args.text, min_fatalities=args.min_fatalities,
        geo_precisions=tuple(args.precision), reviewed_only=args.reviewed_only,
        stated_sides_only=args.stated_sides_only,
        include_rejected=args.include_rejected,
    )


def run(args: argparse.Namespace) -> int:
    db = args.db or default_db_path()
    try:
        with Store.open(db, read_only=True) as store:
            events = store.query_events(filter_from_args(args))
    except StoreError as error:
        print(f"libyamap export: {error}", file=sys.stderr)
        return 2
    try:
        count = write_events(events, args.output or sys.stdout, format=args.format)
    except BrokenPipeError:  # `libyamap export | head`
        sys.stderr.close()
        return 0
    print(f"{count} events written to {args.output or 'stdout'}", file=sys.stderr)
    return 0
