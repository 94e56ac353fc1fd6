"""Running a script against the rules of an old commit: what `train_model --unseen-cv` and
`train_event_model --unseen-cv` read parts with, as they came (before the rules were tuned on
them)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def run_at(commit: str, script: str, *args: str, stdin: str | None = None) -> str:
    """`script`'s standard output, run by this interpreter with `commit`'s server package
    (checked out in a temporary git worktree, removed afterwards)."""
    git = ["git", "-C", str(ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        checkout = Path(tmp) / commit
        add = ["worktree", "add", "-q", "--detach", str(checkout), commit]
        subprocess.run([*git, *add], check=True)
        try:
            done = subprocess.run(
                [sys.executable, "-c", script, *args],
                input=stdin,
                env={"PYTHONPATH": str(checkout / "server"), "PATH": "/usr/bin:/bin"},
                cwd=tmp,
                capture_output=True,
                text=True,
                check=True,
            )
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(checkout)], check=True)
    return done.stdout


@contextmanager
def thresholds(module: ModuleType, changed: dict[str, float]) -> Iterator[None]:
    """`module`'s constants set to `changed` for the block (the variants the tools try)."""
    saved = {name: getattr(module, name) for name in changed}
    for name, value in changed.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)
