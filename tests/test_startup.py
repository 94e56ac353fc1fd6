"""`followup serve` starts without the modules only a tick needs (issue 7: start-up time).

A fresh interpreter runs the real `serve` command (settings, the app, the migration check,
the app's lifespan and a /healthz answer) with uvicorn's network loop replaced by one ASGI
call, then reports which of the heavy modules got imported, and how many objects start-up
froze out of the garbage collector's sight. Not timed: it checks the cause
(what is imported), and `bench/run.py --only startup` measures the effect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from followup import db
from followup.config import Settings

# Loaded by the first tick, sync or Gmail action, not by a start: Google's API client and
# its transports, the composer's Jinja2, httpx (its command line pulls in rich and pygments),
# the migration tool when the schema is current, and our own engine room.
DEFERRED = (
    "alembic",
    "googleapiclient.discovery",
    "google.oauth2.credentials",
    "google.auth.transport.requests",
    "google_auth_httplib2",
    "httplib2",
    "requests",
    "httpx",
    "jinja2",
    "rich",
    "followup.tick",
    "followup.sync",
    "followup.drafting",
    "followup.watching",
    "followup.planning",
    "followup.sandbox",
)

SERVE = """
import asyncio, gc, json, sys
import uvicorn

answers = []
frozen = []

def run(app, **options):
    async def serve():
        async with app.router.lifespan_context(app):
            sent = []
            async def receive():
                return {"type": "http.request", "body": b"", "more_body": False}
            async def send(message):
                sent.append(message)
            scope = {
                "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                "method": "GET", "scheme": "http", "path": "/healthz", "raw_path": b"/healthz",
                "query_string": b"", "root_path": "",
                "headers": [(b"host", b"127.0.0.1")],
                "client": ("127.0.0.1", 1), "server": ("127.0.0.1", options["port"]),
            }
            await app(scope, receive, send)
            answers.append(sent[0]["status"])
            frozen.append(gc.get_freeze_count())
    asyncio.run(serve())

uvicorn.run = run
sys.argv = ["followup", "serve", "--port", sys.argv[1]]
from followup.cli import main
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
print(json.dumps({"answers": answers, "frozen": frozen, "loaded": sorted(sys.modules)}))
"""


def serve_once(data_dir: Path) -> tuple[list[int], set[str], list[int]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(FOLLOWUP_DATA_DIR=str(data_dir), FOLLOWUP_BACKGROUND_SYNC="false")
    done = subprocess.run(
        [sys.executable, "-c", SERVE, "18765"],
        env=env,
        cwd=data_dir,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["answers"], set(report["loaded"]), report["frozen"]


def heavy(loaded: set[str]) -> list[str]:
    return [name for name in DEFERRED if name in loaded]


def test_a_start_loads_nothing_only_a_tick_needs(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    engine = db.make_engine(settings.resolved_database_url)
    db.upgrade(engine)  # an existing data directory: the schema is current
    engine.dispose()

    answers, loaded, frozen = serve_once(tmp_path)

    assert answers == [200]
    assert "followup.app" in loaded and "fastapi" in loaded  # it did build and serve the app
    assert heavy(loaded) == []
    # What start-up loaded is out of the collector's sight (`app.settle_heap`): tens of
    # thousands of objects, not walked again by every full collection.
    assert frozen[0] > 20_000, frozen


def test_a_first_start_migrates_and_still_defers_the_rest(tmp_path: Path) -> None:
    answers, loaded, _ = serve_once(tmp_path)

    assert answers == [200]
    assert "alembic" in loaded  # an empty database is migrated before the first answer
    assert [name for name in heavy(loaded) if name != "alembic"] == []
    engine = db.make_engine(Settings(data_dir=tmp_path).resolved_database_url)
    assert db.current_revision(engine) == db.HEAD
    engine.dispose()
