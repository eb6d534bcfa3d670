"""Extractor speed: words per second against bare spaCy, and the gain from 2 processes.

The texts are the French and English articles of the test corpus (tests/data/articles/),
repeated until they hold about 50,000 words. "Bare spaCy" is `nlp.pipe` over the same texts
with the very model objects the extractor uses (same components enabled), so the ratio is the
cost of everything the extractor adds: gazetteer, dates, triggers, actors, event records.

Targets (issue 3): extractor >= 0.8 of bare spaCy; >= 1.7x on 2 processes.
Usage: python benchmarks/throughput.py [--words 50000] [--repeat 1]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its sibling benchmark
# `gazetteer.py` would shadow the gazetteer package: take the folder off.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

from extractor.articles import read_article_file  # noqa: E402
from extractor.pipeline import extract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = ROOT / "tests" / "data" / "articles"
LANGUAGES = ("fr", "en")
TARGET_RATIO = 0.8
TARGET_SCALING = 1.7


def corpus(words: int, languages: Sequence[str] = LANGUAGES) -> list:
    """The corpus articles in `languages`, repeated (with distinct ids) up to `words` words."""
    base = [
        article
        for path in sorted(ARTICLES_DIR.glob("*.txt"))
        for article in read_article_file(path)
        if article.language in languages
    ]
    out, total, round_ = [], 0, 0
    while total < words:
        for article in base:
            out.append(dataclasses.replace(article, article_id=f"{article.article_id}#{round_}"))
            total += len(article.text.split())
            if total >= words:
                break
        round_ += 1
    return out


def count_words(articles: Sequence) -> int:
    return sum(len(article.text.split()) for article in articles)


def extractor_models(articles: Sequence) -> dict:
    """language -> the spaCy Language object the extractor itself uses for that language."""
    from extractor.nlp import load_nlp

    return {lang: load_nlp(lang) for lang in sorted({a.language for a in articles})}


def time_extractor(articles: Sequence, *, n_process: int) -> float:
    start = time.perf_counter()
    for _ in extract(articles, n_process=n_process):
        pass
    return time.perf_counter() - start


def time_bare(articles: Sequence, models: dict, *, n_process: int) -> float:
    start = time.perf_counter()
    for lang, nlp in models.items():
        texts = [a.text for a in articles if a.language == lang]
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=32):
            pass
    return time.perf_counter() - start


def best_of(repeat: int, run) -> float:
    return min(run() for _ in range(repeat))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs")
    args = parser.parse_args(argv)

    articles = corpus(args.words)
    words = count_words(articles)
    models = extractor_models(articles)
    # Warm up: models loaded, gazetteer built, lazy tables read, before any clock starts.
    list(extract(articles[:4], n_process=1))
    for nlp in models.values():
        list(nlp.pipe(["warm up"]))
    for lang, nlp in models.items():
        print(f"{lang}: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} "
              f"components {nlp.pipe_names}")
    print(f"{len(articles)} articles, {words} words ({', '.join(LANGUAGES)})")

    bare1 = best_of(args.repeat, lambda: time_bare(articles, models, n_process=1))
    ext1 = best_of(args.repeat, lambda: time_extractor(articles, n_process=1))
    bare2 = best_of(args.repeat, lambda: time_bare(articles, models, n_process=2))
    ext2 = best_of(args.repeat, lambda: time_extractor(articles, n_process=2))

    rows = [("bare nlp.pipe, 1 process", bare1), ("extractor, 1 process", ext1),
            ("bare nlp.pipe, 2 processes", bare2), ("extractor, 2 processes", ext2)]
    for name, seconds in rows:
        print(f"{name:28} {seconds:7.2f} s  {words / seconds:9.0f} words/s")
    ratio = bare1 / ext1
    scaling = ext1 / ext2
    print(f"extractor / bare spaCy (1 process): {ratio:.2f}  target >= {TARGET_RATIO} "
          f"{'ok' if ratio >= TARGET_RATIO else 'BELOW'}")
    print(f"extractor 2 processes / 1 process:  {scaling:.2f}x target >= {TARGET_SCALING}x "
          f"{'ok' if scaling >= TARGET_SCALING else 'BELOW'}")
    print(f"(bare spaCy 2 processes / 1 process: {bare1 / bare2:.2f}x; "
          f"extractor / bare spaCy on 2 processes: {bare2 / ext2:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
