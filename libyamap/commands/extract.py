"""`libyamap extract PATH... --format jsonl|csv|geojson`: articles -> events on stdout.

Nothing is stored. A file that cannot be read is reported on stderr and the others go on; the
run ends with a summary line on stderr and exits 1 if any file failed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from events.model import Article, Event
from extractor.articles import DEFAULT_MAX_BYTES, read_articles
from extractor.errors import ArticleError

FORMATS = ("jsonl", "csv", "geojson")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="read articles and print the places and events found (nothing is stored)",
        description="Read article files or directories and print the places and events found. "
        "Nothing is stored.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format")
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip (and report) files larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    parser.set_defaults(func=run)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {value!r}")
    return number


@dataclasses.dataclass
class _Tally:
    articles: int = 0
    events: int = 0
    failed_paths: set[str] = dataclasses.field(default_factory=set)
    errors: int = 0
    without_coordinates: int = 0


def run(args: argparse.Namespace, *, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        from extractor.pipeline import extract  # the NLP models load only when needed
    except ModuleNotFoundError as error:
        if error.name != "extractor.pipeline":
            raise
        print("libyamap extract: error: the extractor pipeline is not installed", file=err)
        return 1

    tally = _Tally()
    articles = _good_articles(read_articles(args.paths, max_bytes=args.max_bytes), tally, err)
    extractions = extract(articles)
    try:
        _write(args.format, extractions, out, tally)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    summary = (
        f"libyamap extract: {tally.articles} article{'s' * (tally.articles != 1)} read, "
        f"{tally.events} event{'s' * (tally.events != 1)}, "
        f"{len(tally.failed_paths)} file{'s' * (len(tally.failed_paths) != 1)} failed"
    )
    if tally.errors > len(tally.failed_paths):
        summary += f" ({tally.errors} errors)"
    if tally.without_coordinates:
        summary += f"; {tally.without_coordinates} events without coordinates left out of the map"
    print(summary, file=err)
    return 1 if tally.failed_paths else 0


def _write(output_format: str, extractions: Iterable[Any], out: IO[str], tally: _Tally) -> None:
    if output_format == "jsonl":
        for extraction in extractions:
            out.write(json.dumps(extraction_record(extraction), ensure_ascii=False) + "\n")
            tally.events += len(extraction.events)
    else:
        events = [event for extraction in extractions for event in extraction.events]
        tally.events = len(events)
        if output_format == "csv":
            write_events_csv(events, out)
        else:
            tally.without_coordinates = len(events) - write_events_geojson(events, out)
    out.flush()


def _good_articles(
    items: Iterable[Article | ArticleError], tally: _Tally, err: IO[str]
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, ArticleError):
            print(f"libyamap extract: error: {item}", file=err, flush=True)
            tally.failed_paths.add(item.path)
            tally.errors += 1
        else:
            tally.articles += 1
            yield item


# --- records -------------------------------------------------------------------------------


def extraction_record(extraction: Any) -> dict[str, object]:
    """One article's line of `--format jsonl`."""
    article = extraction.article
    return {
        "path": article.path,
        "article_id": article.article_id,
        "language": article.language,
        "published": _jsonable(article.published),
        "places": [
            {
                "mention": mention.surface,
                "start": mention.start,
                "end": mention.end,
                "place_id": mention.place.place_id,
                "name": mention.place.name,
                "lat": mention.place.latitude,
                "lon": mention.place.longitude,
                "kind": mention.place.kind,
                "country": mention.place.country_code,
            }
            for mention in extraction.places
        ],
        "events": [event_record(event) for event in extraction.events],
    }


def event_record(event: Event) -> dict[str, object]:
    """An event's fields as JSON values: dates in ISO form, more_evidence as a list."""
    return {key: _jsonable(value) for key, value in dataclasses.asdict(event).items()}


def _jsonable(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    return value


def write_events_csv(events: list[Event], out: IO[str]) -> None:
    """One row per event, with events.formats.write_csv (formula cells neutralised there)."""
    import pandas as pd

    from events.formats import write_csv

    if not events:  # a frame built from no events has no columns: keep the header row
        columns = [f.name for f in dataclasses.fields(Event) if f.name != "more_evidence"]
        write_csv(pd.DataFrame(columns=[*columns, "status"]), out)
    else:
        write_csv(events, out)


def write_events_geojson(events: list[Event], out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates ([lon, lat]); returns how many."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
            "properties": event_record(event),
        }
        for event in events
        if event.latitude is not None and event.longitude is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
