"""Extract articles and store them: `libyamap ingest` and the dashboard's upload page.

Articles already stored with the same content hash are skipped before extraction (nothing is
re-extracted or re-written); a changed article replaces its own events. The store is opened
only for each article's write (one transaction), so the dashboard can read between articles
(see events/store.py on concurrency).
"""
from __future__ import annotations

import sys
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
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract

    paths = list(paths)
    counts = {"new": 0, "unchanged": 0, "replaced": 0}
    failed: list[str] = []
    read = added = 0
    with Store.open(db_path) as store:  # creates/migrates it, and gives the stored hashes
        known = store.article_hashes()
    bar = None
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(find_article_files(paths)), unit="file", desc="ingest", file=sys.stderr)
    last_path = None
    for item in read_articles(paths):
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
            counts["unchanged"] += 1
            continue
        try:
            extractions = list(extract([item], gazetteer=gazetteer, merge_across=False))
        except ExtractorError as error:
            failed.append(f"{item.path or item.article_id}: {error}")
            continue
        for extraction in extractions:
            with Store.open(db_path) as store:
                status = store.save_extraction(extraction)
            counts[status] += 1
            if status != "unchanged":
                added += len(extraction.events)
                known[extraction.article.article_id] = extraction.article.content_hash
    if bar is not None:
        bar.close()
    return IngestSummary(articles_read=read, failed=tuple(failed), events_added=added, **counts)
