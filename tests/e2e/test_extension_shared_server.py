"""Issue 18, a shared (multi-user) followup server at an https address, in a real Chromium.

The server is real: followup in multi-user mode on a loopback port, a person's account on the
sandbox and an API token made by `followup.apitokens.create`. The browser reaches it at
https://followup.test: a context-level Playwright route forwards every request for that origin
to the real server (with `Host: followup.test`, as the reverse proxy in front of a deployment
does) and returns its real answer. In this Playwright (1.65) requests made by service workers,
the extension's included, go through context routes unless `service_workers="block"` (the
experimental switch of older versions is gone; PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK turns
it off); the tests check that the extension's requests came from its service worker.

Granting the optional host permission: `chrome.permissions.request` opens a native prompt that
headless Chromium cannot click through (no switch auto-accepts it; chrome://extensions'
developerPrivate.addHostPermission does not grant optional permissions). So the end-to-end
tests load a copy of the extension whose manifest also names https://followup.test/* among its
host_permissions (the permission granted at launch), every other byte as shipped: the options
page's Save click then asks Chrome, which answers "granted" at once, as it does for a person
who allowed it. The shipped extension itself is checked to make Chrome ask from that click."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, Route, expect

from followup import apitokens, db
from followup.app import create_app
from followup.config import Settings
from followup.google.auth import upsert_account
from tests.conftest import Sandbox
from tests.e2e.conftest import ARTIFACTS, AXE, EXTENSION_DIR, EXTENSION_URL, axe, seed
from tests.e2e.conftest import service_worker as worker_of
from tests.e2e.test_extension import OMAR, badge, by_email, gmail, open_page, pages, popup, wait_for
from tests.support import serve_in_thread
from tests.world import World

__all__ = ["pages"]

pytestmark = pytest.mark.slow

SHARED = "https://followup.test"
OPTIONS = f"{EXTENSION_URL}/options/options.html"


# A copy of the extension with the shared server's origin granted at launch ----------------


@pytest.fixture(scope="module")
def granted(
    chromium: str, tmp_path_factory: pytest.TempPathFactory, playwright_driver: Any
) -> Iterator[Any]:
    """Chromium with the extension as shipped but for one line of its manifest: the test
    origin among the host_permissions (what a person's "Allow" grants). Same key, same id."""
    copy = tmp_path_factory.mktemp("extension") / "extension"
    shutil.copytree(EXTENSION_DIR, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    assert manifest["optional_host_permissions"] == ["https://*/*"]
    manifest["host_permissions"].append(f"{SHARED}/*")
    (copy / "manifest.json").write_text(json.dumps(manifest, indent=2))
    context = playwright_driver.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile-shared")),
        executable_path=chromium,
        headless=True,
        args=[
            f"--load-extension={copy}",
            f"--disable-extensions-except={copy}",
            "--no-first-run",
            "--no-default-browser-check",
        ],
        viewport={"width": 1100, "height": 760},
    )
    try:
        assert worker_of(context).url == f"{EXTENSION_URL}/service-worker.js"
        yield context
    finally:
        context.close()


@pytest.fixture
def shared_pages(granted: Any) -> Iterator[list[Page]]:
    """Pages a test opened in the granted browser; closed after it. A dialog fails the test."""
    opened: list[Page] = []
    dialogs: list[str] = []

    def watch(page: Page) -> None:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    granted.on("page", watch)
    yield opened
    granted.remove_listener("page", watch)
    for page in opened:
        page.close()
    assert dialogs == [], f"a dialog was opened: {dialogs}"


# The shared server, for real, reached at https://followup.test ------------------------------


@dataclass
class SharedServer:
    token: str
    world: World
    app: Any
    account_id: int
    seen: list[tuple[str, str, bool, bool]] = field(default_factory=list)

    def items(self) -> list[dict[str, Any]]:
        answer = self.world.api.get("/api/v1/followups")
        answer.raise_for_status()
        found: list[dict[str, Any]] = answer.json()["items"]
        return found

    def item(self, followup_id: int) -> dict[str, Any]:
        return next(i for i in self.items() if i["id"] == followup_id)


@pytest.fixture
def shared(sandbox: Sandbox, tmp_path: Path, granted: Any) -> Iterator[SharedServer]:
    """followup in multi-user mode (SQLite here; PostgreSQL is what a deployment runs, and
    the API does not care), its public address https://followup.test, routed to it."""
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        google_endpoint=sandbox.url,
        background_sync=False,
        multi_user=True,
        public_url=SHARED,
        allowed_hosts=["followup.test"],
    )
    app = create_app(settings)
    with serve_in_thread(app) as url:
        with db.session_scope(app.state.engine) as session:
            account = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            assert account.id is not None
            account_id = account.id
            _, token = apitokens.create(session, account_id, "Chrome", datetime.now(UTC))
        assert re.fullmatch(r"fu_[A-Za-z0-9_-]{43}", token)
        base = url.rstrip("/")
        with (
            httpx.Client(base_url=base, timeout=30) as upstream,
            httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
            ) as api,
        ):
            world = World(sandbox, app.state.tick_context, account_id, api)  # type: ignore[arg-type]
            app.state.tick_context = world.ctx
            server = SharedServer(token=token, world=world, app=app, account_id=account_id)

            def forward(route: Route) -> None:
                request = route.request
                path = request.url.removeprefix(SHARED)
                headers = {
                    k: v for k, v in request.headers.items() if k.lower() not in {"host", "origin"}
                }
                headers["host"] = "followup.test"  # as the reverse proxy passes it on
                answer = upstream.request(
                    request.method, path, headers=headers, content=request.post_data_buffer
                )
                server.seen.append(
                    (
                        request.method,
                        path,
                        request.service_worker is not None,
                        request.headers.get("authorization") == f"Bearer {token}",
                    )
                )
                keep = {
                    k: v
                    for k, v in answer.headers.items()
                    if k.lower() not in {"content-length", "content-encoding", "transfer-encoding"}
                }
                route.fulfill(status=answer.status_code, headers=keep, body=answer.content)

            granted.route(f"{SHARED}/**", forward)
            try:
                yield server
            finally:
                granted.unroute(f"{SHARED}/**", forward)


def connect(browser: Any, opened: list[Page], address: str, token: str) -> Page:
    page = open_page(browser, opened, OPTIONS)
    expect(page.get_by_label("Server address")).to_have_value(re.compile(r"^https?://"))
    page.get_by_label("Server address").fill(address)
    page.get_by_label("Pairing token").fill(token)
    page.get_by_role("button", name="Save", exact=True).click()
    return page


# The whole extension against the shared server ----------------------------------------------


def test_options_badge_popup_undo_and_panel_work_against_a_shared_https_server(
    granted: Any, shared_pages: list[Page], shared: SharedServer
) -> None:
    seed(shared.world, hostile=False)
    page = open_page(granted, shared_pages, OPTIONS)
    expect(page.get_by_label("Server address")).to_have_value(re.compile(r"^http://127"))
    # Typed without a scheme and with a path: https is assumed for a host elsewhere.
    page.get_by_label("Server address").fill("followup.test/settings")
    expect(page.locator("#token-help")).to_contain_text("Settings → Browser extension")
    expect(page.get_by_role("link", name="open the web app")).to_have_attribute(
        "href", f"{SHARED}/"
    )
    page.get_by_label("Pairing token").fill(shared.token)
    page.get_by_role("button", name="Test connection").click()
    expect(page.locator("#result")).to_contain_text(
        "Connected to followup 0.1.0 as candidate@example.com"
    )
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#result")).to_have_text("Saved. The extension is connected.")
    expect(page.get_by_label("Server address")).to_have_value(SHARED)
    expect(page.get_by_label("Pairing token")).to_have_value("")
    expect(page.get_by_role("link", name="open the web app")).to_have_attribute(
        "href", f"{SHARED}/"
    )
    worker = worker_of(granted)
    stored = worker.evaluate("chrome.storage.local.get('settings')")["settings"]
    assert stored["server"] == SHARED and stored["token"] == shared.token

    # Every request went to https://followup.test, from the service worker, with the token
    # (the health check needs none).
    paths = {path.split("?")[0] for _, path, _, _ in shared.seen}
    assert {"/healthz", "/api/v1/status", "/api/v1/followups"} <= paths
    assert all(from_worker for _, _, from_worker, _ in shared.seen), shared.seen
    assert all(auth for _, path, _, auth in shared.seen if path.startswith("/api/"))

    # The badge counts what the shared server says needs the person.
    emails = [i for i in shared.items() if i["needs_you"] and i["kind"] != "nudge"]
    assert emails
    assert wait_for(lambda: badge(granted)[0] == str(len(emails)))

    # The popup lists them, says where from, and its one-click actions and undo work.
    view = popup(granted, shared_pages)
    expect(view.locator("#needs-you li.item[data-id]")).to_have_count(len(emails))
    expect(view.locator("#updated")).to_contain_text(f"from {SHARED}.")
    omar = by_email(shared)[OMAR]  # type: ignore[arg-type]
    view.get_by_role("button", name="Skip: Thank-you to Omar Haddad (Quillfeather)").click()
    ghost = view.locator(f'li.ghost[data-ghost-id="{omar["id"]}"]')
    expect(ghost).to_contain_text("Skipped")
    assert shared.item(omar["id"])["status"] == "skipped"
    ghost.get_by_role("button", name="Undo").click()
    expect(view.locator(f'li.item[data-id="{omar["id"]}"] .card-msg')).to_contain_text("Undone")
    assert shared.item(omar["id"])["status"] == "drafted"

    # The Gmail panel (its fetches handed to the service worker) shows the same.
    panel = gmail(granted, shared_pages).locator("#followup-extension-panel")
    expect(panel.locator("li[data-id]")).to_have_count(len(emails))

    # The token revoked in the web app: the popup says where to make a new one.
    with db.session_scope(shared.app.state.engine) as session:
        row = apitokens.listed(session, shared.account_id)[0]
        assert apitokens.revoke(session, shared.account_id, row.id or 0, datetime.now(UTC))
    view = popup(granted, shared_pages)
    view.get_by_role("button", name="Sync now").click()
    banner = view.locator("#banner")
    expect(banner).to_have_attribute("data-kind", "unauthorized")
    expect(banner).to_contain_text(
        "Wrong or revoked token — make a new one in the web app (Settings → Browser extension)"
    )
    expect(banner.get_by_role("button", name="Open options")).to_be_visible()
    assert "followup pair" not in banner.inner_text()
    assert axe(view) == []


def test_a_wrong_token_for_a_shared_server_is_not_saved_and_says_where_tokens_come_from(
    granted: Any, shared_pages: list[Page], shared: SharedServer
) -> None:
    page = connect(granted, shared_pages, SHARED, "fu_" + "x" * 43)
    result = page.locator("#result")
    expect(result).to_have_attribute("data-error", "unauthorized")
    expect(result).to_contain_text(
        "Not saved: Wrong or revoked token — make a new one in the web app"
    )
    expect(result.locator("code")).to_have_count(0)  # no `followup pair` here


def test_a_shared_server_that_does_not_answer_says_so_without_followup_serve(
    granted: Any, shared_pages: list[Page]
) -> None:
    def unreachable(route: Route) -> None:
        route.abort("connectionrefused")

    granted.route(f"{SHARED}/**", unreachable)
    try:
        page = connect(granted, shared_pages, SHARED, "fu_" + "y" * 43)
        result = page.locator("#result")
        expect(result).to_have_attribute("data-error", "offline")
        expect(result).to_contain_text(
            "Not saved: Can't reach followup at followup.test — check the address in options"
        )
        assert "followup serve" not in result.inner_text()
    finally:
        granted.unroute(f"{SHARED}/**", unreachable)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_options_page_for_a_shared_server_passes_axe_light_and_dark(
    granted: Any, shared_pages: list[Page], shared: SharedServer, scheme: str
) -> None:
    assert AXE.is_file(), "run `npm ci` (axe-core is a pinned devDependency)"
    page = connect(granted, shared_pages, SHARED, shared.token)
    expect(page.locator("#result")).to_have_text("Saved. The extension is connected.")
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    assert axe(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"options-shared-{scheme}.png"), full_page=True)
    # An address refused, too (the error state).
    page.get_by_label("Server address").fill("http://followup.test")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#result")).to_have_attribute("data-error", "insecure-server")
    expect(page.get_by_role("link", name="open the web app")).to_have_attribute(
        "href",
        f"{SHARED}/",  # the saved server's, while the box holds a refused address
    )
    assert axe(page) == []
    page.screenshot(path=str(ARTIFACTS / f"options-refused-{scheme}.png"), full_page=True)


# The extension as shipped (the session's browser): the address rules and Chrome's question ---


ADDRESSES = {
    "": "http://127.0.0.1:8765",
    "127.0.0.1:8765/": "http://127.0.0.1:8765",
    "http://localhost:9000/some/path": "http://localhost:9000",
    "https://followup.uni.example/": "https://followup.uni.example",
    "https://followup.uni.example:8443/app?x=1": "https://followup.uni.example:8443",
    "followup.uni.example": "https://followup.uni.example",
    "HTTPS://Followup.Uni.Example": "https://followup.uni.example",
    "https://127.0.0.1:8765": "https://127.0.0.1:8765",
}
REFUSED = {
    "http://followup.uni.example": "insecure-server",
    "http://192.168.1.20:8765": "insecure-server",
    "http://127.0.0.1.evil.example:8765": "insecure-server",
    "ftp://followup.uni.example": "bad-server",
    "https://user:secret@followup.uni.example": "bad-server",
    "http://": "bad-server",
}


def test_the_address_rules(browser: Any, pages: list[Page]) -> None:
    """lib/address.js, the module options and the service worker share, run in Chromium."""
    page = open_page(browser, pages, OPTIONS)
    found = page.evaluate(
        """async (cases) => {
            const m = await import('../lib/address.js');
            return cases.map((c) => {
              const p = m.parseServer(c);
              return p.ok ? [p.server, m.permissionFor(p.server)] : [p.kind, p.message];
            });
        }""",
        [*ADDRESSES, *REFUSED],
    )
    answers = dict(zip([*ADDRESSES, *REFUSED], found, strict=True))
    for typed, server in ADDRESSES.items():
        assert answers[typed][0] == server, typed
    # Only a shared server needs a permission of its own: one origin, any port.
    assert answers["127.0.0.1:8765/"][1] is None
    assert answers["http://localhost:9000/some/path"][1] is None
    assert answers["https://followup.uni.example:8443/app?x=1"][1] == (
        "https://followup.uni.example/*"
    )
    assert answers["https://127.0.0.1:8765"][1] == "https://127.0.0.1/*"
    for typed, kind in REFUSED.items():
        assert answers[typed][0] == kind, typed
    assert answers["http://followup.uni.example"][1].endswith("Use https://followup.uni.example.")


def settings_of(browser: Any) -> Any:
    return worker_of(browser).evaluate("chrome.storage.local.get('settings')").get("settings")


def test_plain_http_elsewhere_is_refused_and_https_makes_chrome_ask(
    browser: Any, pages: list[Page]
) -> None:
    before = settings_of(browser)
    page = open_page(browser, pages, OPTIONS)
    expect(page.get_by_label("Server address")).to_have_value(re.compile(r"^http://"))
    page.get_by_label("Server address").fill("http://followup.uni.example")
    page.get_by_label("Pairing token").fill("fu_" + "z" * 43)
    page.get_by_role("button", name="Save", exact=True).click()
    result = page.locator("#result")
    expect(result).to_have_attribute("data-error", "insecure-server")
    expect(result).to_have_text(
        "Not saved: Plain http is only for followup on this computer: a shared server must use"
        " https (your token would travel unencrypted otherwise). Use https://followup.uni.example."
    )
    assert settings_of(browser) == before

    # https: the Save click (a user gesture) makes Chrome ask for that one origin. Headless
    # Chromium shows its prompt where nobody can answer it: the question stays open.
    page.get_by_label("Server address").fill("https://followup.uni.example")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(result).to_have_text("Chrome asks whether followup may reach followup.uni.example…")
    expect(result).not_to_have_attribute("data-error", re.compile("."))
    assert not worker_of(browser).evaluate(
        "chrome.permissions.contains({origins: ['https://followup.uni.example/*']})"
    )
    assert settings_of(browser) == before


def test_a_shared_server_not_allowed_says_to_open_options(browser: Any, pages: list[Page]) -> None:
    """Settings naming a shared server whose permission was never granted (or was taken back in
    chrome://extensions): the extension does not fetch it, and says what to do."""
    worker = worker_of(browser)
    before = settings_of(browser)
    worker.evaluate(
        "async () => { await chrome.storage.local.set({settings: {server:"
        " 'https://followup.uni.example', token: 'fu_' + 'w'.repeat(43), pollMinutes: 1}});"
        " await chrome.storage.local.remove('snapshot'); }"
    )
    try:
        page = popup(browser, pages)
        banner = page.locator("#banner")
        expect(banner).to_have_attribute("data-kind", "permission")
        expect(banner).to_contain_text(
            "followup isn't allowed to reach followup.uni.example — open options and click Save,"
            " then allow it."
        )
        expect(banner.get_by_role("button", name="Open options")).to_be_visible()
        assert axe(page) == []
    finally:
        worker.evaluate(
            "async (settings) => { if (settings) await chrome.storage.local.set({settings});"
            " else await chrome.storage.local.remove('settings');"
            " await chrome.storage.local.remove('snapshot'); }",
            before,
        )


# The manifest's promises (no browser) --------------------------------------------------------


def test_the_manifest_asks_for_a_shared_server_only_when_the_person_allows_it() -> None:
    manifest = json.loads((EXTENSION_DIR / "manifest.json").read_text())
    # Loopback as before, granted at install; a shared server's origin only on request.
    assert manifest["host_permissions"] == [
        "http://127.0.0.1/*",
        "http://localhost/*",
        "https://mail.google.com/*",
    ]
    assert manifest["optional_host_permissions"] == ["https://*/*"]
    assert "optional_permissions" not in manifest
    # connect-src: loopback http and https anywhere; never plain http elsewhere, nothing else.
    policy = manifest["content_security_policy"]["extension_pages"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["connect-src"] == ["http://127.0.0.1:*", "http://localhost:*", "https:"]
    assert directives["default-src"] == ["'none'"] and directives["script-src"] == ["'self'"]
    assert "on your computer." not in manifest["description"]
    assert len(manifest["description"]) <= 132  # the Chrome Web Store's limit
