"""Extractor quality on the hand-made corpus: precision, recall and F1 per language.

Runs the real extractor over tests/data/articles/ and compares it with the hand-checked
expectations in tests/data/expected/ (one JSON file per article, same stem).

- place mentions: a found mention is right when its span overlaps an expected mention and its
  place lies within 25 km of the expected place. Foreign *countries* the extractor finds
  (Turkey, Egypt... named as actors) are not scored: the corpus annotates places, and only
  Libya itself among the countries.
- events: found and expected events of an article are paired one to one, same event type only,
  preferring pairs that also agree on place, date and factions. Then
  event type: paired events; event place: pairs whose place is within 25 km; date: pairs with
  the same event_date (both undated counts as the same); faction: pairs whose set of factions
  {faction1, faction2} (empty ones left out) is the same. Precision divides by the events found,
  recall by the events expected.

Targets (issue 3): place mentions >= 95%, event type and event place >= 80%, factions >= 90%.

--heldout scores the held-out articles instead (tests/data/heldout/, never used to tune the
rules). --agreement DIR scores a second analyst's annotation of the same articles (files of the
same shape in DIR, tests/data/heldout/expected_second/ for the held-out set) against the first,
with the same pairing: how far two careful annotators agree bounds what the extractor can score.
--rules-only leaves out the side model (extractor/learned_sides.py, trained on this corpus; its
figures on the corpus are on its training data, on the held-out set and a batch kept apart in
--dir DIR they are not).
Usage: python benchmarks/quality.py [--heldout | --dir DIR] [--rules-only] [--agreement DIR] [--misses FILE]
       [--lang fr] [--range 826-850]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its sibling benchmark
# `gazetteer.py` would shadow the gazetteer package: take the folder off.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = ROOT / "tests" / "data" / "articles"
EXPECTED_DIR = ROOT / "tests" / "data" / "expected"
HELDOUT_DIR = ROOT / "tests" / "data" / "heldout"
MATCH_KM = 25.0
METRICS = ("place mentions", "event type", "event place", "date", "faction")
TARGETS = {"place mentions": 0.95, "event type": 0.80, "event place": 0.80, "faction": 0.90}


@dataclass
class Counts:
    """Right answers among those found (for precision) and among those expected (for recall)."""

    right_found: int = 0
    found: int = 0
    right_expected: int = 0
    expected: int = 0

    def add(self, other: Counts) -> None:
        self.right_found += other.right_found
        self.found += other.found
        self.right_expected += other.right_expected
        self.expected += other.expected

    @property
    def precision(self) -> float:
        return self.right_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right_expected / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    article_id: str
    language: str
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in METRICS})
    misses: list[str] = field(default_factory=list)
    # the sides of the paired events, as the text states them or as the side model inferred
    # them: [right (a side of the expected event), given]
    sides: dict[str, list[int]] = field(default_factory=lambda: {"stated": [0, 0], "inferred": [0, 0]})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def near(lat: float | None, lon: float | None, exp_lat: float, exp_lon: float) -> bool:
    if lat is None or lon is None:
        return False
    return distance_km(lat, lon, exp_lat, exp_lon) <= MATCH_KM


def load_expected(article_id: str, expected_dir: Path = EXPECTED_DIR) -> dict:
    return json.loads((expected_dir / f"{article_id}.json").read_text(encoding="utf-8"))


def corpus_files(articles_dir: Path = ARTICLES_DIR) -> list[Path]:
    return sorted(articles_dir.glob("*.txt"))


def load_corpus(articles_dir: Path = ARTICLES_DIR) -> list:
    """The corpus as `Article` records, read by the extractor's own reader (metadata included)."""
    from extractor.articles import read_article_file

    articles = []
    for path in corpus_files(articles_dir):
        articles.extend(read_article_file(path))
    return articles


def article_number(article_id: str) -> int:
    """The number a corpus article's id starts with ("1017_tarhuna_2020" -> 1017)."""
    return int(article_id.partition("_")[0])


def _factions(f1: str, f2: str) -> frozenset[str]:
    return frozenset(f for f in (f1, f2) if f)


def score_places(found: Sequence, expected: Sequence[dict], score: ArticleScore) -> None:
    counts = score.counts["place mentions"]
    scored = [m for m in found if not (m.place.is_foreign and m.place.kind == "country")]
    used: set[int] = set()
    for mention in scored:
        match = next(
            (
                i
                for i, exp in enumerate(expected)
                if i not in used
                and exp["start"] < mention.end
                and mention.start < exp["end"]
                and near(mention.place.latitude, mention.place.longitude, exp["lat"], exp["lon"])
            ),
            None,
        )
        if match is None:
            score.misses.append(
                f"place FOUND-WRONG {mention.surface!r}@{mention.start} -> {mention.place.name} "
                f"({mention.place.place_id})"
            )
        else:
            used.add(match)
    for i, exp in enumerate(expected):
        if i not in used:
            score.misses.append(f"place MISSED {exp['mention']!r}@{exp['start']} ({exp['name']})")
    counts.add(Counts(len(used), len(scored), len(used), len(expected)))


def _event_text(event) -> str:
    date = event.event_date.isoformat() if event.event_date else None
    return (
        f"{event.event_type}/{event.sub_event_type} at {event.location or '?'} on {date} "
        f"[{event.faction1 or '-'} vs {event.faction2 or '-'}] "
        f"evidence={event.evidence[:90]!r}"
    )


def _expected_text(exp: dict) -> str:
    return (
        f"{exp['event_type']}/{exp['sub_event_type']} at {exp['place_name']} on "
        f"{exp['event_date']} [{exp['faction1'] or '-'} vs {exp['faction2'] or '-'}]"
    )


def pair_events(found: Sequence, expected: Sequence[dict]) -> tuple[list[tuple[int, int]], dict]:
    """Found and expected events of an article paired one to one, same event type only,
    preferring pairs that also agree on place, date, factions and sub-type: the pairs (found
    index, expected index) and each candidate pair's (place, date, factions, sub-type) checks."""
    checks = {}
    for i, event in enumerate(found):
        for j, exp in enumerate(expected):
            if event.event_type != exp["event_type"]:
                continue
            place_ok = near(event.latitude, event.longitude, exp["lat"], exp["lon"])
            date = event.event_date.isoformat() if event.event_date else None
            date_ok = date == exp["event_date"]
            faction_ok = _factions(event.faction1, event.faction2) == _factions(
                exp["faction1"], exp["faction2"]
            )
            sub_ok = event.sub_event_type == exp["sub_event_type"]
            checks[(i, j)] = (place_ok, date_ok, faction_ok, sub_ok)
    def weight(key: tuple[int, int]) -> float:
        place_ok, date_ok, faction_ok, sub_ok = checks[key]
        return 4 * place_ok + 2 * date_ok + faction_ok + 0.5 * sub_ok

    ranked = sorted(checks, key=weight, reverse=True)
    pairs: list[tuple[int, int]] = []
    used_found: set[int] = set()
    used_expected: set[int] = set()
    for i, j in ranked:
        if i not in used_found and j not in used_expected:
            pairs.append((i, j))
            used_found.add(i)
            used_expected.add(j)
    return pairs, checks


def score_events(found: Sequence, expected: Sequence[dict], score: ArticleScore) -> None:
    pairs, checks = pair_events(found, expected)
    used_found = {i for i, _ in pairs}
    used_expected = {j for _, j in pairs}
    n_found, n_exp = len(found), len(expected)
    right = {"event type": len(pairs), "event place": 0, "date": 0, "faction": 0}
    for i, j in pairs:
        place_ok, date_ok, faction_ok, _ = checks[(i, j)]
        right["event place"] += place_ok
        right["date"] += date_ok
        right["faction"] += faction_ok
        expected_sides = _factions(expected[j]["faction1"], expected[j]["faction2"])
        inferred = getattr(found[i], "sides_inferred", frozenset())  # (a second annotation's events: none)
        for side in _factions(found[i].faction1, found[i].faction2):
            tally = score.sides["inferred" if side in inferred else "stated"]
            tally[0] += side in expected_sides
            tally[1] += 1
        verdicts = (("place", place_ok), ("date", date_ok), ("factions", faction_ok))
        wrong = [name for name, ok in verdicts if not ok]
        if wrong:
            score.misses.append(
                f"event WRONG {'/'.join(wrong)}: expected {_expected_text(expected[j])}; "
                f"found {_event_text(found[i])}"
            )
    for j, exp in enumerate(expected):
        if j not in used_expected:
            score.misses.append(f"event MISSED {_expected_text(exp)}")
    for i, event in enumerate(found):
        if i not in used_found:
            score.misses.append(f"event SPURIOUS {_event_text(event)}")
    for metric, count in right.items():
        score.counts[metric].add(Counts(count, n_found, count, n_exp))


def score_extraction(extraction, expected: dict) -> ArticleScore:
    article = extraction.article
    score = ArticleScore(article.article_id, article.language)
    score_places(extraction.places, expected["places"], score)
    score_events(extraction.events, expected["events"], score)
    return score


def evaluate(
    articles: Iterable, *, n_process: int = 1, expected_dir: Path = EXPECTED_DIR, learned_sides: bool = True
) -> list[ArticleScore]:
    """Run the real extractor over `articles` and score each against its expected file.

    Merging across articles is off: several articles of the corpus report the same event in
    other languages, and each article is scored on its own events.
    """
    from extractor.pipeline import extract

    return [
        score_extraction(extraction, load_expected(extraction.article.article_id, expected_dir))
        for extraction in extract(list(articles), n_process=n_process, merge_across=False,
                                  learned_sides=learned_sides)
    ]


def annotation_events(expected: dict) -> list:
    """A second annotation's events in the shape the scoring reads from extracted events."""
    from datetime import date
    from types import SimpleNamespace

    return [
        SimpleNamespace(
            event_type=e["event_type"], sub_event_type=e["sub_event_type"], latitude=e["lat"],
            longitude=e["lon"], location=e["place_name"], faction1=e["faction1"],
            faction2=e["faction2"], evidence="",
            event_date=date.fromisoformat(e["event_date"]) if e["event_date"] else None,
        )
        for e in expected["events"]
    ]


def agreement(articles: Iterable, second_dir: Path, *, expected_dir: Path) -> list[ArticleScore]:
    """Score a second annotation (as if it were found) against the expected files; articles the
    second analyst did not annotate are left out."""
    scores = []
    for article in articles:
        if not (second_dir / f"{article.article_id}.json").exists():
            continue
        score = ArticleScore(article.article_id, article.language)
        second = load_expected(article.article_id, second_dir)
        score_events(annotation_events(second), load_expected(article.article_id, expected_dir)["events"], score)
        scores.append(score)
    return scores


def totals(scores: Iterable[ArticleScore]) -> dict[str, dict[str, Counts]]:
    """Counts per language and overall ("all")."""
    out: dict[str, dict[str, Counts]] = {}
    for score in scores:
        for lang in (score.language, "all"):
            bucket = out.setdefault(lang, {m: Counts() for m in METRICS})
            for metric, counts in score.counts.items():
                bucket[metric].add(counts)
    return out


def format_table(table: dict[str, dict[str, Counts]], n_articles: dict[str, int]) -> str:
    lines = [f"{'lang':5} {'metric':15} {'P':>6} {'R':>6} {'F1':>6}  {'found':>5} {'expect':>6}  target"]
    for lang in sorted(table, key=lambda lang: (lang == "all", lang)):
        lines.append(f"-- {lang} ({n_articles.get(lang, 0)} articles)")
        for metric in METRICS:
            c = table[lang][metric]
            if c.found == 0 and c.expected == 0:
                continue  # not scored here (places, when two annotations are compared)
            target = TARGETS.get(metric)
            verdict = ""
            if target is not None:
                ok = c.precision >= target and c.recall >= target
                verdict = f">= {target:.0%} {'ok' if ok else 'BELOW'}"
            lines.append(
                f"{lang:5} {metric:15} {c.precision:6.1%} {c.recall:6.1%} {c.f1:6.1%}  "
                f"{c.found:5d} {c.expected:6d}  {verdict}"
            )
    return "\n".join(lines)


def format_sides(scores: Iterable[ArticleScore]) -> str:
    """How often a side of a paired event is one of the expected event's, as the text states
    it and as the side model inferred it (the record's inferred_factions)."""
    parts = []
    for basis, label in (("stated", "stated by the text"), ("inferred", "inferred by the side model")):
        right = sum(score.sides[basis][0] for score in scores)
        given = sum(score.sides[basis][1] for score in scores)
        parts.append(f"{label} {given:,} ({right / given:.1%} right)" if given else f"{label} 0")
    return "sides of the paired events: " + ", ".join(parts)


def format_misses(scores: Iterable[ArticleScore]) -> str:
    out = []
    for score in scores:
        if score.misses:
            out.append(f"## {score.article_id} ({score.language})")
            out.extend(f"  {miss}" for miss in score.misses)
    return "\n".join(out) + "\n"


def _number_range(text: str) -> tuple[int, int]:
    first, _, last = text.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise SystemExit(f"--range: expected FIRST-LAST such as 826-850, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=Path, help="write every miss, article by article, here")
    parser.add_argument("--lang", help="only articles in this language (fr, en, ar)")
    parser.add_argument("--range", metavar="FIRST-LAST",
                        help="only articles numbered FIRST to LAST (a new batch, scored before its rules)")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="score the held-out articles (tests/data/heldout/), never used to tune the rules",
    )
    parser.add_argument("--dir", type=Path, metavar="DIR",
                        help="score the articles of DIR/articles against DIR/expected (a batch kept apart)")
    parser.add_argument("--rules-only", action="store_true",
                        help="sides as the rules give them, without the side model (extractor/learned_sides.py)")
    parser.add_argument("--agreement", type=Path, metavar="DIR",
                        help="score a second annotation in DIR against the expected files (no extraction)")
    args = parser.parse_args(argv)
    articles_dir, expected_dir = (
        (HELDOUT_DIR / "articles", HELDOUT_DIR / "expected")
        if args.heldout
        else (args.dir / "articles", args.dir / "expected") if args.dir
        else (ARTICLES_DIR, EXPECTED_DIR)
    )
    articles = [a for a in load_corpus(articles_dir) if not args.lang or a.language == args.lang]
    if args.range:
        first, last = _number_range(args.range)
        articles = [a for a in articles if first <= article_number(a.article_id) <= last]
    scores = (agreement(articles, args.agreement, expected_dir=expected_dir) if args.agreement
              else evaluate(articles, expected_dir=expected_dir, learned_sides=not args.rules_only))
    n_articles: dict[str, int] = {"all": len(scores)}
    for score in scores:
        n_articles[score.language] = n_articles.get(score.language, 0) + 1
    print(format_table(totals(scores), n_articles))
    if not args.agreement:
        print(format_sides(scores))
    if args.misses:
        args.misses.write_text(format_misses(scores), encoding="utf-8")
        print(f"misses written to {args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
