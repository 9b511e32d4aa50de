"""Seeding the reference service: how long the demo seed takes at 100k and 1M customers.

Run on demand (never part of the test suite)::

    uv run python bench/seed_bench.py            # 100,000 and 1,000,000 customers
    uv run python bench/seed_bench.py 50000      # any sizes

Each size seeds a fresh temporary SQLite file in a child process (so peak RSS is that run's)
and appends its figures to bench/RESULTS.md under "Seeding the reference service".
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402

HEADING = "## Seeding the reference service"

CHILD = r"""
import json, resource, sys, time
from datetime import datetime, UTC
from central_api import seed, storage
db, customers = sys.argv[1], int(sys.argv[2])
engine = storage.create_engine(db)
summary = seed.seed_demo(engine, customers=customers, now=datetime(2025, 3, 14, 15, tzinfo=UTC))
engine.dispose()
print(json.dumps({"seconds": summary.seconds, "rows": summary.total_rows,
                  "counts": summary.counts,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(customers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seed.sqlite3"
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(db), str(customers)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    result["db_mb"] = size / 1e6
    result["customers"] = customers
    return result


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100_000, 1_000_000]
    lines = []
    for customers in sizes:
        r = run(customers)
        line = (
            f"| {customers:,} | {r['seconds']:.1f} s | {r['rows']:,} | "
            f"{r['rows'] / r['seconds']:,.0f} | {r['db_mb']:,.0f} MB | "
            f"{r['peak_rss_mb']:,.0f} MB |"
        )
        print(line, flush=True)
        lines.append(line)
    _common.append_section(
        HEADING,
        "(3 stores, 500 products, 0.5 orders per customer, fresh SQLite file in WAL mode; "
        "rows include the change log).",
        ["| customers | seconds | rows | rows/s | db size | peak RSS |",
         "|---:|---:|---:|---:|---:|---:|", *lines])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
