"""Event store at scale: 1,000,000 synthetic events, insert rate, file size, dashboard queries.

    .venv/bin/python benchmarks/store.py [--events N] [--db FILE]

Targets (issue 4): a filtered query < 300 ms and daily counts by faction < 300 ms.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from events.model import EVENT_TYPES, FACTIONS, EventFilter
from events.store import Store

TOWNS = [("Tripoli", 32.8872, 13.1913), ("Sirte", 31.2089, 16.5887), ("Misrata", 32.3754, 15.0925),
         ("Benghazi", 32.1167, 20.0667), ("Tarhuna", 32.435, 13.634), ("Sabha", 27.0377, 14.4283),
         ("Derna", 32.767, 22.6367), ("Gharyan", 32.1722, 13.0203)]
TABLE_LIMIT = 2000


def synthetic_events(count: int, *, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    pairs = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    kinds = rng.integers(0, len(pairs), count)
    towns = rng.integers(0, len(TOWNS), count)
    factions = np.array(list(FACTIONS))
    days = pd.Timestamp("2011-01-01") + pd.to_timedelta(rng.integers(0, 365 * 11, count), unit="D")
    lat = np.array([t[1] for t in TOWNS])[towns] + rng.normal(0, 0.05, count)
    lon = np.array([t[2] for t in TOWNS])[towns] + rng.normal(0, 0.05, count)
    fatalities = pd.array(np.where(rng.random(count) < 0.6, rng.integers(0, 40, count), -1),
                          dtype="Int64")
    fatalities[fatalities < 0] = pd.NA
    ids = np.char.add("ev-", np.char.zfill(np.arange(count).astype(str), 16))
    return pd.DataFrame({
        "event_id": ids, "article_id": np.char.add("art-", (np.arange(count) // 5).astype(str)),
        "event_type": [pairs[k][0] for k in kinds], "sub_event_type": [pairs[k][1] for k in kinds],
        "evidence": [f"Synthetic report {n} of fighting near {TOWNS[t][0]}." for n, t in
                     enumerate(towns)],
        "evidence_start": 0, "evidence_end": 40, "event_date": days.date,
        "time_precision": rng.integers(1, 4, count), "date_text": "", "period_start": None,
        "actor1": "", "assoc_actor1": "", "faction1": factions[rng.integers(0, len(factions), count)],
        "actor2": "", "assoc_actor2": "", "faction2": factions[rng.integers(0, len(factions), count)],
        "location": [TOWNS[t][0] for t in towns], "admin1": [TOWNS[t][0] for t in towns],
        "country": "Libya", "country_code": "LY", "latitude": lat, "longitude": lon,
        "geo_precision": rng.integers(1, 4, count), "place_id": "", "fatalities": fatalities,
        "injured": pd.array([pd.NA] * count, dtype="Int64"),
        "displaced": pd.array([pd.NA] * count, dtype="Int64"),
        "source": np.array(["Desk A", "Desk B", "Desk C"])[rng.integers(0, 3, count)],
        "url": "", "published": days.date, "language": "en", "confidence": rng.random(count),
        "reviewed": False, "origin": "extracted", "inferred_factions": "",
    })


def timed(label: str, call, *, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - started)
    shown = f"{len(result)} rows" if hasattr(result, "__len__") else f"= {str(result)[:40]}"
    print(f"{label:<52} {best * 1000:8.1f} ms  ({shown})")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="libyamap-bench-") as folder:
        db = args.db or Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        frame = synthetic_events(args.events)
        print(f"generated {len(frame):,} events in {time.perf_counter() - started:.1f} s")
        with Store.open(db) as store:
            started = time.perf_counter()
            store.insert_frame(frame)
            elapsed = time.perf_counter() - started
        print(f"inserted in {elapsed:.1f} s: {len(frame) / elapsed:,.0f} events/s")
        print(f"file size: {db.stat().st_size / 1e6:.0f} MB")
        some_id = frame["event_id"].iloc[len(frame) // 2]
        with Store.open(db) as store:  # a few corrections so the read path applies them
            for n in range(0, len(frame), max(1, len(frame) // 50)):
                store.correct(frame["event_id"].iloc[n], {"faction1": "lna"}, who="bench")
            store.reject(some_id, who="bench")
        year = EventFilter(factions=("lna",), date_from=date(2019, 1, 1), date_to=date(2019, 12, 31))
        with Store.open(db, read_only=True) as store:
            targets = {
                "filtered query (faction + year, table rows)": timed(
                    "filtered query: lna, 2019, first 2000 rows",
                    lambda: store.query_events(year, limit=TABLE_LIMIT)),
                "daily counts by faction": timed(
                    "daily counts by faction, 2019",
                    lambda: store.counts_by_period(EventFilter(date_from=year.date_from,
                                                               date_to=year.date_to), period="day")),
            }
            timed("count, lna 2019", lambda: store.count_events(year))
            timed("daily counts by faction, all 11 years",
                  lambda: store.counts_by_period(EventFilter(), period="day"))
            timed("bbox + type, first 2000 rows", lambda: store.query_events(
                EventFilter(bbox=(32.0, 12.5, 33.2, 13.5), event_types=("Battles",)),
                limit=TABLE_LIMIT))
            timed("text search 'report 4242', first 2000 rows", lambda: store.query_events(
                EventFilter(text="report 4242"), limit=TABLE_LIMIT))
            timed("facets", store.facets)
            timed("open read-only + count", lambda: _open_count(db))
        for label, seconds in targets.items():
            verdict = "ok" if seconds < 0.3 else "OVER the 300 ms target"
            print(f"target {label}: {seconds * 1000:.0f} ms, {verdict}")


def _open_count(db: Path) -> int:
    with Store.open(db, read_only=True) as store:
        return store.count_events(EventFilter())


if __name__ == "__main__":
    main()
