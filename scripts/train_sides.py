"""Train the side model (extractor/learned_sides.py) on the hand-checked corpus.

Runs the extractor with the rules' sides alone over tests/data/articles/, pairs its events with
the expected ones as benchmarks/quality.py does, and fits one logistic model per faction on the
paired events: the features of extractor.learned_sides.features, the label whether the faction
is among the event's expected factions. The held-out articles (tests/data/heldout/) are never
read. Writes extractor/data/side_model.json (or --out).

--cross-validate K writes nothing: it splits the corpus's articles into K folds (by article
number modulo K), trains on all folds but one and scores the one left out, and prints how many
paired events have the right factions with the rules' sides alone and with the model's added
(extractor.learned_sides.with_learned_sides, without the pipeline's second pass over the fronts):
what the model gains on articles it was not trained on.

Usage: python scripts/train_sides.py [--out PATH] [--skip-range 626-649] [--cross-validate 5]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.quality import (ARTICLES_DIR, EXPECTED_DIR, ArticleScore, article_number, load_corpus,  # noqa: E402
                                format_sides, load_expected, pair_events, score_events)
from events.model import Article, Event  # noqa: E402
from extractor.factions import ActorMention  # noqa: E402
from extractor.learned_sides import FEATURES, MODEL_PATH, SideModel, features, train, with_learned_sides  # noqa: E402
from extractor.pipeline import actor_mentions, extract  # noqa: E402

L2 = 1.0
ITERATIONS = 600


@dataclass(frozen=True)
class _Read:
    """An article as the rules alone read it, with its expected events."""

    article: Article
    events: list[Event]
    expected: list[dict]
    mentions: list[ActorMention]


def _read(articles: list[Article]) -> list[_Read]:
    return [_Read(x.article, list(x.events), load_expected(x.article.article_id, EXPECTED_DIR)["events"],
                  actor_mentions(x.article))
            for x in extract(articles, merge_across=False, learned_sides=False)]


def _samples(read: list[_Read]) -> list[tuple[dict[str, list[float]], frozenset[str]]]:
    out = []
    for r in read:
        pairs, _ = pair_events(r.events, r.expected)
        for i, j in sorted(pairs):
            sides = frozenset(f for f in (r.expected[j]["faction1"], r.expected[j]["faction2"]) if f)
            out.append((features(r.events[i], r.events[:i], r.mentions, r.article.text, r.article.published), sides))
    return out


def samples(articles: list[Article]) -> list[tuple[dict[str, list[float]], frozenset[str]]]:
    """(features, expected factions) of every found event paired with an expected one."""
    return _samples(_read(articles))


def _scores(read: list[_Read], model: SideModel | None) -> list[ArticleScore]:
    """The articles' events scored as benchmarks/quality.py does, with the rules' sides alone or
    with the model's."""
    scores = []
    for r in read:
        events = r.events if model is None else with_learned_sides(
            r.events, r.mentions, r.article.text, r.article.published, model)
        scores.append(ArticleScore(r.article.article_id, r.article.language))
        score_events(events, r.expected, scores[-1])
    return scores


def _factions_right(scores: list[ArticleScore]) -> int:
    """The expected events whose factions come out right."""
    return sum(score.counts["faction"].right_expected for score in scores)


def cross_validate(articles: list[Article], folds: int) -> str:
    """The factions right on articles left out of training, rules alone and with the model."""
    read = _read(articles)
    rules = 0
    with_model: list[ArticleScore] = []
    for fold in range(folds):
        left_out = [r for r in read if article_number(r.article.article_id) % folds == fold]
        kept = [r for r in read if article_number(r.article.article_id) % folds != fold]
        model = SideModel(train(_samples(kept), l2=L2, iterations=ITERATIONS))
        rules += _factions_right(_scores(left_out, None))
        with_model += _scores(left_out, model)
    learned = _factions_right(with_model)
    expected = sum(len(r.expected) for r in read)
    return (f"{folds}-fold cross-validation on {len(read)} articles ({expected} expected events): factions right "
            f"with the rules' sides alone {rules} ({100 * rules / expected:.1f} %), with the sides of a model "
            f"trained on the other folds {learned} ({100 * learned / expected:.1f} %)\n"
            f"{format_sides(with_model)} (the folds left out)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--skip-range", metavar="FIRST-LAST",
                        help="leave out the articles numbered FIRST to LAST (to score them unseen)")
    parser.add_argument("--cross-validate", metavar="K", type=int,
                        help="print what the model gains on articles it was not trained on; write nothing")
    args = parser.parse_args(argv)
    if args.cross_validate is not None and args.cross_validate < 2:
        parser.error(f"--cross-validate {args.cross_validate}: needs two folds at least")
    articles = load_corpus(ARTICLES_DIR)
    if args.skip_range:
        first, _, last = args.skip_range.partition("-")
        articles = [a for a in articles if not int(first) <= article_number(a.article_id) <= int(last or first)]
    if args.cross_validate is not None:
        print(cross_validate(articles, args.cross_validate))
        return 0
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
