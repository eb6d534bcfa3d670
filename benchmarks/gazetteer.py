"""Gazetteer speed: load time and matching throughput (MB of text per second).

Targets (issue 2): load < 50 ms, matching >= 5 MB/s.
Usage: python benchmarks/gazetteer.py [--megabytes 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name would shadow the
# gazetteer package: take the folder off (nothing is added; the project is installed).
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

from gazetteer import load_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3b233a5ed31ee4d8.txt"
# Short texts in our own words, so the corpus is not French only.
EXTRA = (
    "Fighting resumed south of Tripoli near Ain Zara on Monday, while the Government of "
    "National Accord said its forces had pushed towards Tarhuna and the al-Watiya air base. "
    "In Benghazi, officials loyal to Khalifa Haftar denied losses around Sirte and al-Jufra. "
    "Libya's oil ports at Es Sider and Ras Lanuf stayed closed; Misrata's brigades moved east.\n"
    "قالت قوات حكومة الوفاق إنها تقدمت نحو سرت والجفرة، بينما شهدت طرابلس ومصراتة "
    "هدوءا حذرا، وأعلنت بلدية بنغازي عن وصول مساعدات إلى الكفرة وسبها.\n"
)


def time_load(runs: int) -> tuple[float, float]:
    """(median in-process load in ms, cold import + load in a new interpreter in ms)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_gazetteer()
        times.append((time.perf_counter() - start) * 1000)
    code = (
        "import time; t=time.perf_counter(); from gazetteer import load_gazetteer; "
        "load_gazetteer(); print((time.perf_counter()-t)*1000)"
    )
    cold = float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout)
    return statistics.median(times), cold


def time_matching(megabytes: float) -> tuple[float, float, int]:
    """(MB/s article by article, MB/s as one text, mentions found article by article)."""
    gazetteer = load_gazetteer()
    articles = [SEED.read_text(encoding="utf-8"), EXTRA * 4]
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in articles:
            corpus.append(text)
            size += len(text.encode("utf-8"))
    gazetteer.find_places(corpus[0])  # warm the word cache once, as a long run would
    start = time.perf_counter()
    found = sum(len(gazetteer.find_places(text)) for text in corpus)
    per_article = size / 1e6 / (time.perf_counter() - start)
    whole = "\n".join(corpus)
    start = time.perf_counter()
    gazetteer.find_places(whole)
    one_text = len(whole.encode("utf-8")) / 1e6 / (time.perf_counter() - start)
    return per_article, one_text, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    load_ms, cold_ms = time_load(args.runs)
    gazetteer = load_gazetteer()
    print(f"places: {len(gazetteer.places)}")
    print(f"load: {load_ms:.1f} ms (median of {args.runs}; target < 50 ms)")
    print(f"load in a fresh interpreter, imports included: {cold_ms:.1f} ms")
    per_article, one_text, found = time_matching(args.megabytes)
    print(f"matching, article by article: {per_article:.1f} MB/s ({found} mentions in "
          f"{args.megabytes:g} MB; target >= 5 MB/s)")
    print(f"matching, one {args.megabytes:g} MB text: {one_text:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
