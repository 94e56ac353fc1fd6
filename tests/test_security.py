"""Who gets in (issue 6), filling what tests/test_app.py and tests/test_auth.py leave open.

Already proven elsewhere, not repeated here: no token / a wrong token / Basic on every route
(test_app.py), CORS for the pinned and configured origins on /api/v1/status (test_app.py), three
foreign Host names on /healthz (test_app.py), the web flow's state being single-use, expiring and
checked, and the code useless without the PKCE verifier (test_auth.py), tokens absent from disk
after a sign-in and a refresh (test_auth.py), no token or address logged during a sign-in
(test_auth.py), `serve --host 0.0.0.0` refused (test_cli.py).
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

import followup
from followup.api import deps
from followup.app import create_app
from followup.config import EXTENSION_ORIGIN, Settings
from followup.google.auth import WebLogins, load_client_config
from followup.sandbox.oauth import sandbox_client_config
from followup.sandbox.seed import seed_over_http
from followup.web import auth as web_auth
from tests.conftest import Sandbox
from tests.sandbox.test_oauth import consent
from tests.test_auth import BASE, make_settings, start_and_consent

PACKAGE = Path(followup.__file__).parent
PINNED = EXTENSION_ORIGIN
OTHER_EXTENSION = "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@pytest.fixture
def settings(tmp_path: Path, sandbox: Sandbox) -> Settings:
    return make_settings(tmp_path, sandbox)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url=BASE) as client:
        yield client


def app_of(client: TestClient) -> FastAPI:
    assert isinstance(client.app, FastAPI)
    return client.app


def api_operations(client: TestClient) -> list[tuple[str, str]]:
    """(METHOD, path with a sample id) for every /api/v1/ operation in the OpenAPI document."""
    paths = client.get("/openapi.json").json()["paths"]
    found = [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in paths.items()
        if path.startswith("/api/v1/")
        for method in operations
    ]
    assert len(found) >= 13, found
    return found


def bearer(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {app_of(client).state.api_token}"}


# The API token ----------------------------------------------------------------------------


# Routes anyone on this machine may call: liveness, the API's description, and the browser's
# sign-in round trip (protected by its single-use state and PKCE instead).
OPEN_ROUTES = {
    "/healthz",
    "/openapi.json",
    "/docs",
    "/docs/oauth2-redirect",
    "/redoc",
    "/auth/google/start",
    "/auth/google/callback",
}


def _dependency_calls(route: Any) -> set[Any]:
    seen: set[Any] = set()
    stack = [route.dependant] if hasattr(route, "dependant") else []
    while stack:
        dependant = stack.pop()
        seen.add(dependant.call)
        stack.extend(dependant.dependencies)
    return seen


def test_every_route_but_the_open_ones_needs_the_token(client: TestClient) -> None:
    """test_app.py enumerates the OpenAPI document; here the app's own route table is walked,
    so a route left out of the document (include_in_schema=False), mounted outside /api/v1, or
    mounted without the token cannot slip through either. The web app's routes are the other
    door: each needs the session cookie instead, and each state change its CSRF token too."""
    mounted = set()
    pages = set()
    for route in iter_route_contexts(app_of(client).routes):
        if route.path in OPEN_ROUTES or route.path in WEB_OPEN_ROUTES:
            continue
        calls = _dependency_calls(route)
        if not route.path.startswith("/api/v1/"):
            assert web_auth.require_session in calls, f"{route.path} takes no session"
            assert deps.api_caller not in calls, route.path
            for method in route.methods or ():
                if method not in ("GET", "HEAD"):
                    assert web_auth.require_csrf in calls, f"{method} {route.path}: no CSRF check"
                pages.add((method, route.path))
            continue
        assert deps.api_caller in calls, f"{route.path} takes no token"
        for method in route.methods or ():
            mounted.add((method, re.sub(r"\{[^}]+\}", "1", route.path)))
    assert mounted == set(api_operations(client))
    assert {(m, p) for m, p in pages} == set(web_operations(client)), "a page is not tested"


# The web app's door: a session cookie from the printed sign-in link ------------------------

# Open: the sign-in page itself (and the token form), and the stylesheet and script.
WEB_OPEN_ROUTES = {"/signin", "/static"}


def web_operations(client: TestClient) -> list[tuple[str, str]]:
    """(METHOD, route path) of every web page and form, as the route table names them."""
    return [
        (method, route.path)
        for route in iter_route_contexts(app_of(client).routes)
        if not route.path.startswith(("/api/", "/auth/", "/docs", "/redoc", "/openapi"))
        and route.path not in WEB_OPEN_ROUTES
        and route.path != "/healthz"
        for method in (getattr(route, "methods", None) or ())
    ]


def _sample(path: str) -> str:
    for name, value in (
        ("{table}", "interviews"),
        ("{action}", "mark-sent"),
        ("{interview_id}", "1"),
        ("{followup_id}", "1"),
        ("{review_id}", "1"),
        ("{kind}", "thank_you"),
        ("{token_id}", "1"),
    ):
        path = path.replace(name, value)
    return path


def _sign_in(client: TestClient) -> str:
    code = app_of(client).state.signin_code
    answer = client.get(f"/signin?code={code}", follow_redirects=False)
    assert answer.status_code == 303
    return client.cookies[web_auth.COOKIE]


def test_the_sign_in_link_works_once_and_sets_a_strict_http_only_cookie(
    client: TestClient,
) -> None:
    code = app_of(client).state.signin_code
    first = client.get(f"/signin?code={code}", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/"
    cookie = first.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert code not in cookie
    client.cookies.clear()
    again = client.get(f"/signin?code={code}", follow_redirects=False)
    assert again.status_code == 401 and "already used" in again.text
    assert "set-cookie" not in again.headers
    wrong = client.get(f"/signin?code={code[:-1]}x", follow_redirects=False)
    assert wrong.status_code == 401


def test_without_a_session_every_page_explains_how_to_sign_in(client: TestClient) -> None:
    forged = [
        "",
        "1.abc.def",
        f"{int(time.time())}.nonce.{'0' * 64}",
        web_auth.new_session("another server's token"),
        web_auth.new_session(app_of(client).state.api_token, 0, time.time() - 31 * 24 * 3600),
    ]
    for value in forged:
        client.cookies.clear()
        if value:
            client.cookies.set(web_auth.COOKIE, value)
        for method, path in web_operations(client):
            if method != "GET":
                continue
            answer = client.get(_sample(path), headers=bearer(client))  # the token is no cookie
            assert answer.status_code == 401, (value, path)
            assert "sign-in link" in answer.text and "followup pair" in answer.text


def test_with_a_session_every_page_opens(client: TestClient) -> None:
    _sign_in(client)
    for method, path in web_operations(client):
        if method == "GET":
            answer = client.get(_sample(path))
            assert answer.status_code in (200, 404), (path, answer.text)


def test_every_state_change_needs_the_csrf_token_and_this_sites_origin(
    client: TestClient,
) -> None:
    session = _sign_in(client)
    token = web_auth.csrf_token(app_of(client).state.api_token, session)
    attempts = [
        ({}, {}),  # no token
        ({}, {"csrf": "0" * 64}),  # a wrong one
        ({}, {"csrf": web_auth.csrf_token(app_of(client).state.api_token, "other")}),
        ({"Origin": "https://evil.example"}, {"csrf": token}),  # the right one, from elsewhere
        ({"Origin": "null"}, {"csrf": token}),
        ({"Sec-Fetch-Site": "cross-site"}, {"csrf": token}),
        ({"Origin": f"{BASE}.evil.example"}, {"csrf": token}),
    ]
    posts = [path for method, path in web_operations(client) if method == "POST"]
    assert len(posts) >= 8, posts
    for headers, form in attempts:
        for path in posts:
            answer = client.post(_sample(path), data=form, headers=headers, follow_redirects=False)
            assert answer.status_code == 403, (headers, form, path, answer.status_code)
            assert "refused" in answer.text or "reload the page" in answer.text
    # And the right token from this site's own page goes through (to the action's own answer).
    ok = client.post(
        "/followups/1/mark-sent", data={"csrf": token}, headers={"Origin": BASE},
        follow_redirects=False,
    )  # fmt: skip
    assert ok.status_code == 303


def test_the_session_cookie_opens_no_api_route(client: TestClient) -> None:
    session = _sign_in(client)
    token = web_auth.csrf_token(app_of(client).state.api_token, session)
    for method, path in api_operations(client):
        answer = client.request(method, path, headers={"X-CSRF-Token": token, "Origin": BASE})
        assert answer.status_code == 401, (method, path)


def test_pages_carry_a_strict_content_security_policy_and_no_inline_script(
    client: TestClient,
) -> None:
    _sign_in(client)
    for method, path in web_operations(client):
        if method != "GET" or path.startswith("/export/"):
            continue
        page = client.get(_sample(path))
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
        assert page.headers["x-frame-options"] == "DENY"
        assert page.headers["cache-control"] == "no-store"
        for script in re.findall(r"<script\b[^>]*>", page.text):
            assert 'src="/static/' in script, script
        assert not re.search(r"\son[a-z]+=|\sstyle=|<style", page.text), path
        assert "http://" not in page.text.replace(BASE, "") or path == "/settings"


@pytest.mark.parametrize(
    "variant",
    [
        "prefix",
        "longer",
        "case",
        "no-scheme",
        "query",
        "query-access-token",
        "cookie",
        "other-header",
        "empty",
    ],
)
def test_near_misses_of_the_token_are_refused_everywhere(client: TestClient, variant: str) -> None:
    token = app_of(client).state.api_token
    headers: dict[str, str] = {}
    params: dict[str, str] = {}
    cookies: dict[str, str] = {}
    if variant == "prefix":
        headers["Authorization"] = f"Bearer {token[:-1]}"
    elif variant == "longer":
        headers["Authorization"] = f"Bearer {token}x"
    elif variant == "case":
        headers["Authorization"] = f"Bearer {token.swapcase()}"
    elif variant == "no-scheme":
        headers["Authorization"] = token
    elif variant == "query":
        params["token"] = token
    elif variant == "query-access-token":
        params["access_token"] = token
    elif variant == "cookie":
        cookies["token"] = token
    elif variant == "other-header":
        headers["X-API-Token"] = token
    else:
        headers["Authorization"] = "Bearer "
    client.cookies.clear()
    for name, value in cookies.items():
        client.cookies.set(name, value)
    for method, path in api_operations(client):
        answer = client.request(method, path, headers=headers, params=params)
        assert answer.status_code == 401, (variant, method, path, answer.text)
        assert answer.headers["www-authenticate"] == "Bearer"


def _compares_tokens(tree: ast.AST) -> list[int]:
    """Lines where `==`/`!=`/`in` touches something named like the API token."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        names = {
            n.id if isinstance(n, ast.Name) else n.attr
            for n in ast.walk(node)
            if isinstance(n, ast.Name | ast.Attribute)
        }
        if any("api_token" in name or name in ("expected", "given") for name in names):
            lines.append(node.lineno)
    return lines


def test_the_token_is_compared_in_constant_time() -> None:
    """Source-level: the check uses compare_digest, and nothing in the package compares the
    API token with `==` (whose time depends on how many leading characters match)."""
    source = Path(deps.__file__).read_text()
    tree = ast.parse(source)
    check = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "api_caller"
    )
    calls = {ast.unparse(node.func) for node in ast.walk(check) if isinstance(node, ast.Call)}
    assert calls & {"secrets.compare_digest", "hmac.compare_digest"}, calls
    offenders = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if "sandbox" not in path.parts  # the stand-in for Google has no API token of ours
        and (lines := _compares_tokens(ast.parse(path.read_text())))
    }
    assert offenders == {}


def test_no_code_path_sends_or_deletes_mail() -> None:
    """`gmail.compose` would allow sending; followup only creates, updates and deletes its own
    drafts. Source-level: outside the sandbox (which implements Google's side), nothing calls
    Gmail's send, insert, import, trash, delete-message or modify methods."""
    forbidden = re.compile(
        r"drafts\(\)\s*\.\s*send\b"
        r"|(messages|threads)\(\)\s*\.\s*"
        r"(send|insert|import_|trash|delete|batchDelete|batchModify|modify)\b"
    )
    offenders = [
        f"{path.relative_to(PACKAGE)}: {match.group(0)}"
        for path in PACKAGE.rglob("*.py")
        if "sandbox" not in path.parts
        for match in forbidden.finditer(path.read_text())
    ]
    reads = [p for p in PACKAGE.rglob("*.py") if "drafts()" in p.read_text()]
    assert reads, "the scan found no Gmail calls at all"
    assert offenders == []


# A web page driving the server -------------------------------------------------------------

FOREIGN_ORIGINS = [
    "https://evil.example",
    "null",  # sandboxed iframes, file:// pages, some redirects
    "http://localhost:3000",  # another local web app
    "http://127.0.0.1:8765.evil.example",
    OTHER_EXTENSION,
    f"{PINNED}.evil.example",
    PINNED.replace("chrome-extension", "moz-extension"),
    PINNED.upper(),
]


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_preflight_from_any_other_origin_fails_on_every_route(
    client: TestClient, origin: str
) -> None:
    for method, path in api_operations(client):
        answer = client.options(
            path,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": "authorization,content-type",
            },
        )
        assert answer.status_code == 400, (origin, method, path)
        assert "access-control-allow-origin" not in answer.headers, (origin, path)
    # And an answer to a simple request (no preflight) is not readable by that page either.
    simple = client.get("/api/v1/status", headers={"Origin": origin, **bearer(client)})
    assert "access-control-allow-origin" not in simple.headers


def test_preflight_from_the_pinned_extension_works_on_every_route(client: TestClient) -> None:
    for method, path in api_operations(client):
        answer = client.options(
            path,
            headers={
                "Origin": PINNED,
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": "authorization,content-type",
            },
        )
        assert answer.status_code == 200, (method, path, answer.text)
        assert answer.headers["access-control-allow-origin"] == PINNED
        assert method in answer.headers["access-control-allow-methods"]
        assert "authorization" in answer.headers["access-control-allow-headers"].lower()
        assert answer.headers.get("access-control-allow-credentials") != "true"
    real = client.get("/api/v1/status", headers={"Origin": PINNED, **bearer(client)})
    assert real.status_code == 200
    assert real.headers["access-control-allow-origin"] == PINNED


REBINDING_HOSTS = [
    "127.0.0.1.evil.example",
    "127.0.0.1.evil.example:8765",
    "localhost.evil.example:8765",
    "evil.example:8765",
    "127.0.0.1:8765.evil.example",
    "",
]


@pytest.mark.parametrize("host", REBINDING_HOSTS)
def test_a_foreign_host_reaches_nothing(client: TestClient, host: str) -> None:
    """DNS rebinding: evil.example re-resolved to 127.0.0.1 makes the browser send requests
    here with `Host: evil.example`, as same-origin, so CORS does not stop them. The sign-in
    routes (no token) and the documents are refused too, not only the API."""
    headers = {"Host": host, **bearer(client)}
    targets = [
        ("GET", "/healthz"),
        ("GET", "/openapi.json"),
        ("GET", "/docs"),
        ("GET", "/auth/google/start"),
        ("GET", "/auth/google/callback?state=x&code=y"),
        ("GET", "/"),
        ("GET", "/signin?code=x"),
        ("GET", "/static/app.css"),
        ("POST", "/signin"),
        *api_operations(client),
    ]
    for method, path in targets:
        answer = client.request(method, path, headers=headers, follow_redirects=False)
        assert answer.status_code == 421, (host, method, path)
        assert "Host not allowed" in answer.json()["detail"]


def _raw_request(port: int, lines: list[str]) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode("latin-1")


def test_the_real_server_checks_the_host_on_the_wire(settings: Settings) -> None:
    """Through uvicorn, bytes on a socket: what a rebound browser really sends, plus a request
    with no Host at all (HTTP/1.0)."""
    from tests.support import serve_in_thread

    app = create_app(settings)
    token = app.state.api_token
    with serve_in_thread(app) as url:
        port = int(urlsplit(url).port or 0)
        auth = f"Authorization: Bearer {token}"
        rebound = _raw_request(
            port,
            [
                "GET /api/v1/status HTTP/1.1",
                "Host: 127.0.0.1.evil.example",
                auth,
                "Connection: close",
            ],
        )
        assert rebound.startswith("HTTP/1.1 421"), rebound[:200]
        no_host = _raw_request(port, ["GET /api/v1/status HTTP/1.0", auth])
        assert " 421 " in no_host.split("\r\n", 1)[0] or " 400 " in no_host.split("\r\n", 1)[0]
        own = _raw_request(
            port,
            ["GET /api/v1/status HTTP/1.1", f"Host: 127.0.0.1:{port}", auth, "Connection: close"],
        )
        assert own.startswith("HTTP/1.1 200"), own[:200]


# Where the server listens --------------------------------------------------------------------

FOLLOWUP = [sys.executable, "-m", "followup"]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _listening(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port`, from /proc/net/tcp{,6}."""
    found = set()
    for name in ("tcp", "tcp6"):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


class Server:
    """`followup serve` in a child process, stopped (by its pid) when the block ends."""

    def __init__(self, args: list[str], env: dict[str, str], port: int) -> None:
        self.port = port
        self.process = subprocess.Popen(
            [*FOLLOWUP, "serve", "--port", str(port), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.output = ""

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).raise_for_status()
                return self
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError(f"server did not start:\n{self.output}") from None
                time.sleep(0.1)

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
        out, _ = self.process.communicate(timeout=20)
        self.output += out or ""
        return self.output

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc/net/tcp")
def test_serve_listens_on_loopback_only_by_default(tmp_path: Path) -> None:
    port = _free_port()
    with Server(["--data-dir", str(tmp_path)], _env(), port):
        addresses = _listening(port)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, and nothing else


def test_a_remote_address_from_the_environment_is_refused_too(tmp_path: Path) -> None:
    result = subprocess.run(
        [*FOLLOWUP, "serve", "--data-dir", str(tmp_path)],
        env=_env(FOLLOWUP_HOST="0.0.0.0"),  # noqa: S104 (the point of the test)
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "refusing to listen on 0.0.0.0" in result.stderr
    assert "--allow-remote" in result.stderr


def test_allow_remote_binds_elsewhere_and_warns(tmp_path: Path) -> None:
    port = _free_port()
    args = ["--host", "0.0.0.0", "--allow-remote", "--data-dir", str(tmp_path)]  # noqa: S104
    with Server(args, _env(), port) as server:
        if Path("/proc/net/tcp").exists():
            assert _listening(port) == {"00000000"}  # every IPv4 address
    output = server.output
    assert "WARNING: listening on 0.0.0.0" in output
    assert "API token" in output


@pytest.mark.parametrize("host", ["127.0.0.1.evil.example", "127.attacker.example"])
def test_a_host_name_that_only_looks_like_loopback_needs_the_flag(
    tmp_path: Path, host: str
) -> None:
    assert Settings(_env_file=None, data_dir=tmp_path, host=host).is_loopback is False


def test_real_loopback_addresses_need_no_flag(tmp_path: Path) -> None:
    for host in ("127.0.0.1", "127.0.0.2", "localhost", "::1"):
        assert Settings(_env_file=None, data_dir=tmp_path, host=host).is_loopback, host
    for host in ("0.0.0.0", "192.168.1.20", "::", "example.com"):  # noqa: S104
        assert not Settings(_env_file=None, data_dir=tmp_path, host=host).is_loopback, host


# Secrets at rest ------------------------------------------------------------------------------


def _issued(sandbox: Sandbox) -> list[str]:
    """Every access and refresh token the sandbox has handed out in this test."""
    oauth = sandbox.state.oauth
    tokens = [*oauth.access_tokens, *oauth.refresh_tokens]
    assert tokens
    return tokens


def test_no_google_token_on_disk_after_a_sign_in_and_a_tick(
    client: TestClient, sandbox: Sandbox, settings: Settings
) -> None:
    """The database, its -wal and -shm while the server runs (nothing checkpointed yet), and
    every other file in the data directory, after a web sign-in and a sync that had to refresh
    the access token."""
    seed_over_http(sandbox.admin)
    client.get(start_and_consent(client, sandbox)).raise_for_status()
    sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()  # the tick must refresh
    synced = client.post("/api/v1/sync", headers=bearer(client))
    assert synced.status_code == 200, synced.text
    assert synced.json()["drafted"] > 0  # it really read the calendar and wrote drafts
    assert len(sandbox.state.oauth.access_tokens) >= 2  # the first and the refreshed one

    def scan() -> bytes:
        files = [p for p in settings.data_dir.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert "followup.db" in names
        return b"".join(p.read_bytes() for p in files)

    live = scan()
    assert (settings.data_dir / "followup.db-wal").exists()
    assert b"candidate@example.com" in live  # the scan does read what the database holds
    for token in _issued(sandbox):
        assert token.encode() not in live, token[:12]
    app_of(client).state.engine.dispose()  # checkpoint the WAL into the file, look again
    after = scan()
    for token in _issued(sandbox):
        assert token.encode() not in after, token[:12]


# Logs ---------------------------------------------------------------------------------------


def test_a_real_servers_log_carries_no_secret_address_or_mail_text(
    tmp_path: Path, sandbox: Sandbox
) -> None:
    """`followup serve` as a person runs it (its own logging set-up, INFO and up on the
    terminal): a web sign-in, syncs, the extension's calls, a Google outage and a revoked
    grant. Its whole output must hold no Google token, sign-in code or state, API token,
    e-mail address, or text from the mail and notes."""
    seed_over_http(sandbox.admin)
    mail_text = [m.snippet for m in sandbox.state.gmail.messages.values() if len(m.snippet) > 20]
    assert mail_text
    secrets_file = tmp_path / "client_secret.json"
    secrets_file.write_text(json.dumps(sandbox_client_config(sandbox.url)))
    data_dir = tmp_path / "data"
    port = _free_port()
    env = _env(
        FOLLOWUP_GOOGLE_ENDPOINT=sandbox.url,
        FOLLOWUP_CLIENT_SECRETS_FILE=str(secrets_file),
        FOLLOWUP_SYNC_INTERVAL="10",
    )
    base = f"http://127.0.0.1:{port}"
    notes = "Spoke about the Kestrel migration; Dana mentioned the Lisbon office."
    leaked_codes: list[str] = []
    with Server(["--data-dir", str(data_dir)], env, port) as server:
        token = (data_dir / "api-token").read_text().strip()
        auth = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, timeout=60) as api:
            start = api.get("/auth/google/start", follow_redirects=False)
            assert start.status_code == 303, start.text
            back = consent(sandbox.admin, start.headers["location"])
            callback = back.headers["location"]
            query = parse_qs(urlsplit(callback).query)
            leaked_codes += [query["code"][0], query["state"][0]]
            done = api.get(callback.replace(BASE, base))
            assert "Connected" in done.text, done.text
            # (the server's own tick may have started on connecting: a 409 is waited out)
            deadline = time.monotonic() + 60
            synced = api.post("/api/v1/sync", headers=auth)
            while synced.status_code == 409 and time.monotonic() < deadline:
                time.sleep(0.1)
                synced = api.post("/api/v1/sync", headers=auth)
            assert synced.status_code == 200, synced.text
            items = api.get("/api/v1/followups", headers=auth).json()["items"]
            interviews = api.get("/api/v1/interviews", headers=auth).json()
            assert items and interviews
            api.patch(
                f"/api/v1/interviews/{interviews[0]['id']}", json={"notes": notes}, headers=auth
            ).raise_for_status()
            drafted = [i for i in items if i["status"] == "drafted"]
            assert len(drafted) >= 2
            api.post(f"/api/v1/followups/{drafted[0]['id']}/regenerate", headers=auth)
            api.post(f"/api/v1/followups/{drafted[1]['id']}/skip", headers=auth)
            api.put(
                "/api/v1/profile",
                json={"full_name": "Casey Candidate", "signature": "Casey · casey@example.org"},
                headers=auth,
            ).raise_for_status()
            sandbox.admin.post(
                "/_sandbox/faults", json={"match": "GET /gmail/", "status": 503, "times": 50}
            ).raise_for_status()
            outage = api.post("/api/v1/sync", headers=auth)
            assert outage.status_code in (200, 502), outage.text
            sandbox.admin.delete("/_sandbox/faults").raise_for_status()
            sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
            sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()
            revoked = api.post("/api/v1/sync", headers=auth)
            assert revoked.status_code == 424, revoked.text
        output = server.stop()
    assert "followup" in output and "GET /api/v1/followups" in output  # the log was captured
    assert '"GET /auth/google/callback?… HTTP/1.1" 200' in output
    for secret in [*_issued(sandbox), *leaked_codes, token]:
        assert secret not in output, f"{secret[:10]}… in the log:\n{output}"
    assert EMAIL.findall(output) == [], output
    for text in [notes, *mail_text]:
        assert text[:40] not in output, text


# The OAuth web flow --------------------------------------------------------------------------


def _query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_pkce_challenge_is_the_s256_of_a_fresh_verifier(settings: Settings) -> None:
    """RFC 7636: challenge = BASE64URL(SHA256(verifier)), no padding; the verifier 43 to 128
    unreserved characters, new for every sign-in."""
    logins = WebLogins()
    config = load_client_config(settings)
    seen = set()
    for _ in range(5):
        query = _query(logins.begin(config, f"{BASE}/auth/google/callback"))
        verifier, _ = logins.finish(query["state"])
        assert re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier), verifier
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        assert query["code_challenge"] == base64.urlsafe_b64encode(digest).decode().rstrip("=")
        assert query["code_challenge_method"] == "S256"
        assert verifier not in query.values()  # only the challenge travels through the browser
        seen.add(verifier)
    assert len(seen) == 5


def test_the_redirect_uri_cannot_be_steered(client: TestClient, sandbox: Sandbox) -> None:
    """Query parameters, a different (allowed) Host name and forwarding headers all leave the
    redirect URI at the configured address; the callback ignores one offered to it as well."""
    fixed = f"{BASE}/auth/google/callback"
    start = client.get(
        "/auth/google/start",
        params={
            "redirect_uri": "https://evil.example/cb",
            "redirect": "https://evil.example/",
            "next": "https://evil.example/",
        },
        headers={
            "Host": "localhost:8765",
            "X-Forwarded-Host": "evil.example",
            "X-Forwarded-Proto": "https",
            "Forwarded": "host=evil.example;proto=https",
        },
        follow_redirects=False,
    )
    assert start.status_code == 303
    consent_url = start.headers["location"]
    assert consent_url.startswith(f"{sandbox.url}o/oauth2/auth?")
    assert _query(consent_url)["redirect_uri"] == fixed
    assert "evil.example" not in consent_url
    back = consent(sandbox.admin, consent_url).headers["location"]
    assert back.startswith(fixed + "?")
    # The exchange uses the stored redirect URI: with the offered one, Google (the sandbox)
    # would refuse the code ("redirect_uri does not match").
    done = client.get(back + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb")
    assert done.status_code == 200, done.text
    assert "Connected" in done.text


def test_a_state_cannot_carry_another_sign_ins_code(client: TestClient, sandbox: Sandbox) -> None:
    """Two sign-ins pending; the code Google gave the first, presented with the second's
    state, is redeemed with the second's verifier and refused; both are spent afterwards."""
    first = start_and_consent(client, sandbox)
    second = start_and_consent(client, sandbox)
    crossed = (
        f"{BASE}/auth/google/callback?code={_query(first)['code']}&state={_query(second)['state']}"
    )
    answer = client.get(crossed.replace(BASE, ""))
    assert answer.status_code == 400
    assert "invalid_grant" in answer.text
    again = client.get(first.replace(BASE, ""))  # the code was used up by the failed try
    assert again.status_code == 400
    status = client.get("/api/v1/status", headers=bearer(client)).json()
    assert status["accounts"] == []


def test_sign_in_pages_cannot_be_framed_or_cached(client: TestClient, sandbox: Sandbox) -> None:
    page = client.get(start_and_consent(client, sandbox))
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    start = client.get("/auth/google/start", follow_redirects=False)
    assert start.headers["cache-control"] == "no-store"
