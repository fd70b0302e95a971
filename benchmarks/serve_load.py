"""Load on the desk: concurrent clients on loopback against search, article and event pages.

    python benchmarks/serve_load.py                       # SQLite in a temporary folder
    python benchmarks/serve_load.py --postgres            # a fresh database on 127.0.0.1:5432
    python benchmarks/serve_load.py --articles 2000 --clients 4 --requests 100
    python benchmarks/serve_load.py --clients 8 --workers 2   # two server processes

The store is filled with ``--articles`` records: the examples/ pages (and the seed story
when ../shared is there) run once through the pipeline, then stored again and again
under distinct ids, urls, titles and dates, straight through the store's writer. The
desk runs as ``fivew serve`` in its own process; the clients are asyncio tasks in this
one, each sending a bounded number of requests. Prints p50/p99 latency per kind of page
and the errors; the target (issue 6) is p99 < 200 ms and no error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from fivew.article import Article
from fivew.pipeline import Options, extract_articles
from fivew.store import Store
from fivew.store.write import save_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples", ROOT.parent / "shared" / "seed"]
#: Target of issue 6.
P99_TARGET_MS = 200.0
#: Articles written per transaction while filling the store.
FILL_BATCH = 500
#: Seconds allowed for the server to answer its first request.
START_TIMEOUT_S = 60
#: Words searched for: common ones (many hits) and rare ones (few).
QUERIES = (
    "taliban",
    "panjshir",
    "kabul",
    "resistance",
    "airport",
    "talks",
    "border",
    "council",
    "evacuation",
    "fighting",
)
#: Share of each kind of page in the mix.
MIX = {"search": 0.4, "article": 0.4, "events": 0.2}
POSTGRES_ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/test"


def templates() -> list[dict[str, Any]]:
    """Records made by the real pipeline from the sample pages."""
    paths = [str(p) for p in SOURCES if p.exists()]
    found = [r for r in extract_articles(paths, Options()) if isinstance(r, Article)]
    if not found:
        sys.exit("no article could be made from examples/")
    return [r.to_json_dict() for r in found]


def fill(db: str, count: int) -> list[str]:
    """Store ``count`` copies of the templates under distinct ids; return the ids."""
    base = templates()
    ids: list[str] = []
    started = time.perf_counter()
    with Store(db) as store:
        for first in range(0, count, FILL_BATCH):
            with store._engine.begin() as connection:
                for n in range(first, min(first + FILL_BATCH, count)):
                    record = dict(base[n % len(base)])
                    record["id"] = f"{n:08x}{secrets.token_hex(4)}"
                    record["url"] = f"{record.get('url') or 'https://example.invalid/a'}?copy={n}"
                    record["title"] = f"{record.get('title') or 'untitled'} #{n}"
                    day = time.gmtime(1_600_000_000 + (n % 365) * 86_400)
                    record["published"] = time.strftime("%Y-%m-%d", day)
                    save_article(connection, Article.model_validate(record))
                    ids.append(record["id"])
        if store.dialect == "postgresql":
            # What autovacuum does soon after a bulk load; without it the planner
            # works from the statistics of an empty table.
            with store._engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
    print(f"stored {count} articles in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return ids


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def client(
    base: str,
    ids: list[str],
    event_types: list[str],
    requests: int,
    seed: int,
    results: list[tuple[str, float, bool]],
) -> None:
    chooser = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        for _ in range(requests):
            kind = chooser.choices(list(MIX), weights=list(MIX.values()))[0]
            if kind == "search":
                path = f"/articles?q={chooser.choice(QUERIES)}&page={chooser.randint(1, 3)}"
            elif kind == "article":
                path = f"/articles/{chooser.choice(ids)}"
            else:
                kind_filter = f"&event_type={chooser.choice(event_types)}" if event_types else ""
                path = f"/events?page={chooser.randint(1, 20)}{kind_filter}"
            started = time.perf_counter()
            try:
                response = await http.get(path)
                good = response.status_code == 200
            except httpx.HTTPError:
                good = False
            results.append((kind, (time.perf_counter() - started) * 1000, good))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def stored_ids(db: str) -> list[str]:
    from sqlalchemy import select

    from fivew.store.schema import articles

    with Store(db) as store, store._engine.connect() as connection:
        return list(connection.execute(select(articles.c.id)).scalars())


def run(db: str, args: argparse.Namespace) -> dict[str, Any]:
    ids = stored_ids(db) if args.reuse else []
    if len(ids) < args.articles:
        ids += fill(db, args.articles - len(ids))
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "fivew", "serve", "--db", db, "--port", str(port)]
        + ["--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                event_types = httpx.get(f"{base}/events.json?size=200", timeout=5).json()["rows"]
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit(
                        "the desk did not start: "
                        + (server.stderr.read().decode() if server.stderr else "")
                    )
                time.sleep(0.2)
        types = sorted({row["type"] for row in event_types if row["type"]})
        results: list[tuple[str, float, bool]] = []

        async def all_clients() -> None:
            await asyncio.gather(
                *(
                    client(base, ids, types, args.requests, seed, results)
                    for seed in range(args.clients)
                )
            )

        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        asyncio.run(all_clients())
        elapsed = time.perf_counter() - started
        load_after = os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
    report: dict[str, Any] = {
        "database": db.split("://")[0] if "://" in db else "sqlite",
        "articles": args.articles,
        "clients": args.clients,
        "workers": args.workers,
        "requests": len(results),
        "seconds": round(elapsed, 1),
        "requests_per_s": round(len(results) / elapsed, 1),
        "errors": sum(not good for _, _, good in results),
        # The conditions: timings on a shared machine follow what else runs on it.
        "cpus": os.cpu_count(),
        "load_average_1min": [round(load_before, 2), round(load_after, 2)],
    }
    for kind in [*MIX, "all"]:
        times = [ms for k, ms, _ in results if kind in (k, "all")]
        report[kind] = {
            "p50_ms": round(statistics.median(times), 1) if times else None,
            "p99_ms": round(percentile(times, 0.99), 1),
        }
    report["meets_target"] = report["errors"] == 0 and report["all"]["p99_ms"] < P99_TARGET_MS
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=150, help="requests per client")
    parser.add_argument(
        "--workers", type=int, default=1, help="server processes (fivew serve --workers)"
    )
    parser.add_argument("--postgres", action="store_true", help="use a fresh PostgreSQL database")
    parser.add_argument(
        "--reuse", metavar="DB", help="a store to fill only up to --articles and keep afterwards"
    )
    args = parser.parse_args()
    if args.reuse:
        print(json.dumps(run(args.reuse, args), indent=2))
        return
    if not args.postgres:
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(run(str(Path(folder) / "load.db"), args), indent=2))
        return
    import psycopg

    name = f"fivew_load_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
            print(json.dumps(run(url, args), indent=2))
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
