"""Train the side model (extractor/learned_sides.py) on the hand-checked corpus.

Runs the extractor with the rules' sides alone over tests/data/articles/, pairs its events with
the expected ones as benchmarks/quality.py does, and fits one logistic model per faction on the
paired events: the features of extractor.learned_sides.features, the label whether the faction
is among the event's expected factions. The held-out articles (tests/data/heldout/) are never
read. Writes extractor/data/side_model.json (or --out).

Usage: python scripts/train_sides.py [--out PATH] [--skip-range 626-649]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.quality import ARTICLES_DIR, EXPECTED_DIR, article_number, load_corpus, load_expected, pair_events  # noqa: E402
from extractor.learned_sides import FEATURES, MODEL_PATH, features, train  # noqa: E402
from extractor.pipeline import actor_mentions, extract  # noqa: E402

L2 = 1.0
ITERATIONS = 600


def samples(articles: list) -> list[tuple[dict[str, list[float]], frozenset[str]]]:
    """(features, expected factions) of every found event paired with an expected one."""
    out = []
    for extraction in extract(articles, merge_across=False, learned_sides=False):
        article = extraction.article
        expected = load_expected(article.article_id, EXPECTED_DIR)["events"]
        mentions = actor_mentions(article)
        events = list(extraction.events)
        pairs, _ = pair_events(events, expected)
        for i, j in sorted(pairs):
            sides = frozenset(f for f in (expected[j]["faction1"], expected[j]["faction2"]) if f)
            out.append((features(events[i], events[:i], mentions, article.text, article.published), sides))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--skip-range", metavar="FIRST-LAST",
                        help="leave out the articles numbered FIRST to LAST (to score them unseen)")
    args = parser.parse_args(argv)
    articles = load_corpus(ARTICLES_DIR)
    if args.skip_range:
        first, _, last = args.skip_range.partition("-")
        articles = [a for a in articles if not int(first) <= article_number(a.article_id) <= int(last or first)]
    data = samples(articles)
    weights = train(data, l2=L2, iterations=ITERATIONS)
    trained_on = (f"{len(articles)} articles of tests/data/articles"
                  + (f" (less {args.skip_range})" if args.skip_range else "")
                  + f", {len(data)} paired events; l2 {L2}, {ITERATIONS} iterations")
    args.out.write_text(json.dumps({"trained_on": trained_on, "features": list(FEATURES), "weights": weights},
                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.out}: {trained_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
