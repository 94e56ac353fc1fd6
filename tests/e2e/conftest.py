"""The browser world: Debian's Chromium (driven by the `playwright` package, no browser
downloads) with the unpacked extension loaded, a real followup server on a loopback port, the
Google sandbox behind it, and real follow-ups made by real ticks.

Browser tests skip only when no Chromium is found, and say which binaries were looked for;
with FOLLOWUP_REQUIRE_BROWSER=1 (set by .ci/run) a missing Chromium fails instead."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from bench.popup import CHROMIUM_NAMES, find_chromium

from followup import db
from followup.app import create_app
from followup.config import EXTENSION_ID, Settings
from followup.google.auth import upsert_account
from tests.conftest import Sandbox
from tests.support import serve_in_thread
from tests.world import World, interview_event

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_DIR = ROOT / "extension"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # a pinned devDependency (npm ci)
EXTENSION_URL = f"chrome-extension://{EXTENSION_ID}"


@pytest.fixture(scope="session")
def chromium() -> str:
    found = find_chromium()
    if found is None:
        why = (
            "NO CHROMIUM FOUND: browser tests need Debian's `chromium` (looked for "
            f"{', '.join(CHROMIUM_NAMES)} on PATH, or FOLLOWUP_CHROMIUM); "
            "install it with `apt-get install chromium`"
        )
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            pytest.fail(why + " (FOLLOWUP_REQUIRE_BROWSER=1: this is a failure, not a skip)")
        pytest.skip(why)
    return found


@pytest.fixture(scope="session")
def browser(
    chromium: str, tmp_path_factory: pytest.TempPathFactory, playwright_driver: Any
) -> Iterator[Any]:
    """One Chromium for the session, the extension loaded unpacked (its id pinned by the key)."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright_driver.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium,
        headless=True,  # Chromium's new headless mode, which runs extensions
        args=[
            f"--load-extension={EXTENSION_DIR}",
            f"--disable-extensions-except={EXTENSION_DIR}",
            "--no-first-run",
            "--no-default-browser-check",
        ],
        viewport={"width": 1100, "height": 760},
    )
    try:
        worker = service_worker(context)
        assert worker.url == f"{EXTENSION_URL}/service-worker.js"
        yield context
    finally:
        context.close()


def service_worker(context: Any) -> Any:
    for worker in reversed(context.service_workers):
        if worker.url.startswith(EXTENSION_URL):
            return worker
    return context.wait_for_event(
        "serviceworker", predicate=lambda w: w.url.startswith(EXTENSION_URL), timeout=15_000
    )


# The followup server, for real, on a loopback port ----------------------------------------


@dataclass
class Server:
    url: str  # without the trailing slash, as a user types it
    token: str
    world: World

    def items(self, **params: str) -> list[dict[str, Any]]:
        answer = self.world.api.get("/api/v1/followups", params=params)
        answer.raise_for_status()
        found: list[dict[str, Any]] = answer.json()["items"]
        return found

    def item(self, followup_id: int) -> dict[str, Any]:
        return next(i for i in self.items() if i["id"] == followup_id)

    def needing_you(self) -> list[dict[str, Any]]:
        return [i for i in self.items() if i["needs_you"]]


@pytest.fixture
def server(sandbox: Sandbox, tmp_path: Path) -> Iterator[Server]:
    """followup serving HTTP on a free port, on the sandbox, its clock the sandbox's (which
    runs at wall-clock time here: the browser's clock is the real one)."""
    settings = Settings(
        data_dir=tmp_path, google_endpoint=sandbox.url, background_sync=False, port=8765
    )
    app = create_app(settings)
    with serve_in_thread(app) as url:
        token = app.state.api_token
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
        base = url.rstrip("/")
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as api:
            world = World(sandbox, app.state.tick_context, account_id, api)  # type: ignore[arg-type]
            app.state.tick_context = world.ctx  # the API and "sync now" use the shared clock
            yield Server(url=base, token=token, world=world)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# A week of interviews --------------------------------------------------------------------

XSS = "<img src=x onerror=alert(1)>"


def seed(world: World, *, hostile: bool = True) -> dict[str, str]:
    """Real follow-ups in every section, made by real ticks at (about) the wall-clock time:

    - Quillfeather, ended 2 h ago: thank-you drafts to Dana and Omar (need you now);
    - Brightwave, ended 3 days ago: a late thank-you draft to Sam (needs you, late);
    - Lumen, in 2 days: thank-yous to come (coming up);
    - an event titled like an HTML tag, with an interviewer named like one: text, never markup.
    """
    now = world.now()
    events = {
        "quillfeather": world.add_event(
            **interview_event(now - timedelta(hours=2, minutes=45))  # type: ignore[arg-type]
        ),
        "brightwave": world.add_event(
            **interview_event(  # type: ignore[arg-type]
                now - timedelta(days=3),
                title="Onsite interview – Brightwave",
                interviewers=(("Sam Ortiz", "sam.ortiz@brightwave.dev"),),
                recruiter=("Lee Park", "lee.park@brightwave.dev"),
            )
        ),
        "lumen": world.add_event(
            **interview_event(  # type: ignore[arg-type]
                now + timedelta(days=2),
                title="Phone screen – Lumen Labs",
                interviewers=(("Ana Costa", "ana.costa@lumenlabs.io"),),
                recruiter=("Ray Chen", "ray.chen@lumenlabs.io"),
            )
        ),
    }
    if hostile:
        events["xss"] = world.add_event(
            **interview_event(  # type: ignore[arg-type]
                now - timedelta(hours=5),
                title=XSS,
                interviewers=((XSS, "kim.tag@tagworks.example"),),
                recruiter=("Tess Tag", "tess@tagworks.example"),
                description=f"Interview with Tagworks for the {XSS} role, via Greenhouse.",
            )
        )
    world.tick()
    return events


def axe(page: Any, selector: str | None = None) -> list[dict[str, Any]]:
    """axe-core (vendored from npm, pinned in package-lock.json; never from a CDN) on the
    page, or on one element of it: the violations, with the experimental "visible label is
    part of the accessible name" check switched on."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    found: list[dict[str, Any]] = page.evaluate(
        """async (selector) => {
            const context = selector ? document.querySelector(selector) : document;
            const result = await axe.run(context, {
              rules: { 'label-content-name-mismatch': { enabled: true } },
              resultTypes: ['violations'],
            });
            return result.violations.map(v => ({id: v.id, help: v.help,
              nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
        }""",
        selector,
    )
    return found


__all__ = ["ARTIFACTS", "AXE", "EXTENSION_URL", "FIXTURES", "XSS", "Server", "axe", "free_port"]
