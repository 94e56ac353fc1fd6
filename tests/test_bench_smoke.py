"""`make bench` cannot rot: its quick mode (tiny sizes, one run) runs end to end and writes a
table with every figure. Not timed: the figures themselves are the benchmark's business."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench.run import FIGURES, QUICK
from bench.scale import QUICK_SCALE, WORKER_COUNTS

ROOT = Path(__file__).resolve().parents[1]


# (not timed, but it must end: on a loaded 2-core machine the quick run took 109 s)
@pytest.mark.timeout(330)
def test_the_quick_bench_writes_every_row(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = out.read_text()
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    for figure in FIGURES:
        for workers in WORKER_COUNTS if "{workers}" in figure else (0,):
            name = figure.format(
                events=f"{QUICK.events:,}",
                popup=QUICK.popup,
                accounts=f"{QUICK_SCALE.accounts:,}",
                workers=workers,
            )
            assert any(row.startswith(f"| {name} |") for row in rows), f"no row for {name!r}"
    assert "**Machine:**" in text and "**Command:**" in text and "**Date:**" in text
    assert "| **total** |" in text  # the interview's life, step by step
