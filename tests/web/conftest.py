"""The web app's world: a real followup server on a loopback port (the sandbox behind it, a
real SQLite file), a browser session signed in by the printed link, and Debian's Chromium
(driven by the `playwright` package; no browser downloads) without the extension."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from followup import db
from followup.app import create_app
from followup.config import Settings
from followup.google.auth import upsert_account
from followup.web import signin_url
from tests.conftest import Sandbox
from tests.e2e.conftest import ARTIFACTS, axe, chromium, seed
from tests.support import serve_in_thread
from tests.world import World

ROOT = Path(__file__).resolve().parents[2]
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Site:
    url: str  # without the trailing slash
    app: FastAPI
    world: World

    def signin_link(self) -> str:
        return signin_url(self.app, self.url)

    def browser_client(self) -> httpx.Client:
        """A client that behaves like this site's own pages: signed in by the link, and
        sending the Origin a browser sends."""
        client = httpx.Client(base_url=self.url, timeout=30, headers={"Origin": self.url})
        answer = client.get(self.signin_link())
        assert answer.status_code == 303, answer.text
        return client


def csrf_of(page: str) -> str:
    found = CSRF.search(page)
    assert found, "no CSRF field on the page"
    return found.group(1)


@pytest.fixture
def site(sandbox: Sandbox, tmp_path: Path) -> Iterator[Site]:
    settings = Settings(
        data_dir=tmp_path, google_endpoint=sandbox.url, background_sync=False, port=8765
    )
    app = create_app(settings)
    with serve_in_thread(app) as url:
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
        base = url.rstrip("/")
        token = app.state.api_token
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
        ) as api:
            world = World(sandbox, app.state.tick_context, account_id, api)  # type: ignore[arg-type]
            app.state.tick_context = world.ctx
            yield Site(url=base, app=app, world=world)


@pytest.fixture
def seeded(site: Site) -> dict[str, str]:
    """Quillfeather (two thank-you drafts), Brightwave (a late one), Lumen (coming up) and
    an event named like an HTML tag."""
    return seed(site.world)


@pytest.fixture(scope="session")
def plain_browser(chromium: str, playwright_driver: Any) -> Iterator[Any]:
    browser = playwright_driver.chromium.launch(executable_path=chromium, headless=True)
    try:
        yield browser
    finally:
        browser.close()


def signed_in_page(browser: Any, site: Site, *, dark: bool = False, width: int = 1100) -> Any:
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme="dark" if dark else "light",
        reduced_motion="reduce",
    )
    page = context.new_page()
    page.goto(site.signin_link())
    return page


__all__ = ["ARTIFACTS", "ROOT", "Site", "axe", "chromium", "csrf_of", "signed_in_page"]
