from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from google.oauth2.credentials import Credentials

from followup.google.services import build_calendar, build_gmail
from followup.sandbox import SandboxState, create_sandbox_app
from followup.sandbox.oauth import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from tests.support import serve_in_thread

# The session's PostgreSQL cluster (`postgres`, `pg_url`) and, with
# FOLLOWUP_TEST_DATABASE=postgresql, a fresh PostgreSQL database for every test.
pytest_plugins = ["tests.pg"]


@dataclass
class Sandbox:
    """A running sandbox: its URL, its state (for direct inspection) and an admin client."""

    url: str
    state: SandboxState
    admin: httpx.Client

    def credentials(self, **mint: Any) -> Credentials:
        """OAuth credentials minted by the sandbox, as after a user's consent (`user=<address>`
        for another user than the default one; an unknown one is created)."""
        grant = self.admin.post("/_sandbox/oauth/tokens", json=mint).raise_for_status().json()
        return Credentials(
            token=grant["access_token"],
            refresh_token=grant["refresh_token"],
            token_uri=f"{self.url}token",
            client_id=grant["client_id"],
            client_secret=grant["client_secret"],
            scopes=grant["scope"].split(),
        )

    def calendar(self, credentials: Credentials | None = None) -> Any:
        return build_calendar(credentials or self.credentials(), self.url)

    def gmail(self, credentials: Credentials | None = None) -> Any:
        return build_gmail(credentials or self.credentials(), self.url)

    def requests(self) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = self.admin.get("/_sandbox/requests").json()["requests"]
        return data

    def add_users(self, users: list[tuple[str, str]] | list[str]) -> None:
        """Create sandbox users: `(address, name)` pairs, or bare addresses (the sandbox makes
        a name from the address). Existing users are kept as they are."""
        body = [
            {"email": user} if isinstance(user, str) else {"email": user[0], "name": user[1]}
            for user in users
        ]
        self.admin.post("/_sandbox/users", json={"users": body}).raise_for_status()


@pytest.fixture(scope="session")
def _sandbox_server() -> Iterator[tuple[str, SandboxState]]:
    state = SandboxState()
    with serve_in_thread(create_sandbox_app(state)) as url:
        yield url, state


@pytest.fixture
def sandbox(_sandbox_server: tuple[str, SandboxState]) -> Iterator[Sandbox]:
    """A clean sandbox for each test (one server per session, reset between tests)."""
    url, state = _sandbox_server
    with httpx.Client(base_url=url, timeout=30) as admin:
        admin.post("/_sandbox/reset").raise_for_status()
        admin.delete("/_sandbox/faults").raise_for_status()
        yield Sandbox(url=url, state=state, admin=admin)


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Any]:
    """One Playwright driver for the whole session, shared by the extension's and the web
    app's browser tests: a second `sync_playwright()` while one runs refuses to start."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


__all__ = ["DEFAULT_CLIENT_ID", "DEFAULT_CLIENT_SECRET", "Sandbox"]
