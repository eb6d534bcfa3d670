"""Extract articles and store them: `libyamap ingest` and the dashboard's upload page.

Articles already stored with the same content hash are skipped before extraction (nothing is
re-extracted or re-written); a changed article replaces its own events. The store is opened
only to write what about a second of extraction produced (each article one transaction), then
closed, so the dashboard can read in between (see events/store.py on concurrency).
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from events.model import Article
from events.store import Store


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest did."""

    articles_read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: tuple[str, ...] = field(default=())
    events_added: int = 0

    def lines(self) -> list[str]:
        return [
            f"articles read: {self.articles_read}",
            f"new: {self.new}, unchanged: {self.unchanged}, replaced: {self.replaced}, "
            f"failed: {len(self.failed)}",
            f"events added: {self.events_added}",
            *(f"failed: {message}" for message in self.failed),
        ]


def ingest_paths(paths: Iterable[str | Path], *, db_path: str | Path, progress: bool = False,
                 gazetteer=None) -> IngestSummary:
    """Read, extract and store every article under `paths`; bad files are counted, not fatal."""
    from extractor.articles import find_article_files, read_articles

    paths = list(paths)
    counts = {"new": 0, "unchanged": 0, "replaced": 0}
    failed: list[str] = []
    with Store.open(db_path) as store:  # creates/migrates it, and gives the stored hashes
        known = store.article_hashes()
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(find_article_files(paths)), unit="file", desc="ingest", file=sys.stderr)
    writer = _Writer(db_path, counts)
    try:
        read = _ingest(read_articles(paths), known, writer, failed, bar, gazetteer)
    finally:
        if bar is not None:
            bar.close()
    return IngestSummary(articles_read=read, failed=tuple(failed), events_added=writer.added,
                         **counts)


class _Writer:
    """Writes extractions in short bursts: extractions are gathered for up to `batch_seconds`,
    then the store is opened, each article written in its own transaction, and closed again,
    so the file is locked only while writing and a waiting dashboard gets it in between."""

    def __init__(self, db_path, counts: dict[str, int], *, batch_seconds: float = 1.0) -> None:
        self.db_path, self.counts, self.batch = db_path, counts, batch_seconds
        self.pending: list = []
        self.since = time.monotonic()
        self.added = 0

    def add(self, extraction) -> None:
        self.pending.append(extraction)
        if time.monotonic() - self.since >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            with Store.open(self.db_path) as store:
                while self.pending:
                    extraction = self.pending[0]
                    status = store.save_extraction(extraction)
                    self.pending.pop(0)
                    self.counts[status] += 1
                    if status != "unchanged":
                        # events recorded as further sources of stored ones add none
                        self.added += len(extraction.events) - store.last_merged
        self.since = time.monotonic()


def _ingest(items, known, writer, failed, bar, gazetteer) -> int:
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract

    read = 0
    last_path = None
    for item in items:
        if bar is not None:
            path = getattr(item, "path", None)
            if path != last_path:
                bar.update(1)
                last_path = path
        if not isinstance(item, Article):
            failed.append(str(item))
            continue
        read += 1
        if known.get(item.article_id) == item.content_hash:
            writer.counts["unchanged"] += 1
            continue
        try:
            extractions = list(extract([item], gazetteer=gazetteer, merge_across=False))
        except ExtractorError as error:
            failed.append(f"{item.path or item.article_id}: {error}")
            continue
        for extraction in extractions:
            writer.add(extraction)
            known[extraction.article.article_id] = extraction.article.content_hash
    writer.flush()
    return read
