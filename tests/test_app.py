"""Who gets in: the token on every API route, the Host check, CORS."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from followup.app import create_app
from followup.config import EXTENSION_ORIGIN, Settings

EXTRA_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path, allowed_origins=[EXTRA_ORIGIN])
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8765") as client:
        yield client


def _token(client: TestClient) -> str:
    token: str = client.app.state.api_token  # type: ignore[attr-defined]
    return token


def test_healthz_is_open(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_every_api_route_needs_the_token(client: TestClient) -> None:
    """Enumerated from the OpenAPI document, so a new route cannot slip through."""
    paths = client.get("/openapi.json").json()["paths"]
    api_routes = [
        (method, path)
        for path, operations in paths.items()
        if path.startswith("/api/v1/")
        for method in operations
    ]
    assert api_routes, "no /api/v1 routes found"
    for method, path in api_routes:
        url = path.replace("{", "").replace("}", "")  # any value will do: auth comes first
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}):
            answer = client.request(method.upper(), url, headers=headers)
            assert answer.status_code == 401, (method, path, headers)
            assert "followup pair" in answer.json()["detail"]


def test_status_with_the_token(client: TestClient) -> None:
    answer = client.get("/api/v1/status", headers={"Authorization": f"Bearer {_token(client)}"})
    assert answer.status_code == 200
    assert answer.json()["accounts"] == []


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io:8765"])
def test_foreign_host_header_is_refused(client: TestClient, host: str) -> None:
    answer = client.get("/healthz", headers={"Host": host})
    assert answer.status_code == 421
    assert "Host not allowed" in answer.json()["detail"]


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_own_names_are_accepted(client: TestClient, host: str) -> None:
    assert client.get("/healthz", headers={"Host": host}).status_code == 200


def test_cors_allows_exactly_the_extension_and_configured_origins(client: TestClient) -> None:
    preflight = {
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
    }
    for origin in (EXTENSION_ORIGIN, EXTRA_ORIGIN):
        good = client.options("/api/v1/status", headers={"Origin": origin, **preflight})
        assert good.headers["access-control-allow-origin"] == origin
    other = "chrome-extension://pppppppppppppppppppppppppppppppp"
    stranger = client.options("/api/v1/status", headers={"Origin": other, **preflight})
    assert "access-control-allow-origin" not in stranger.headers
    evil = client.options("/api/v1/status", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in evil.headers
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_api_token_is_generated_once_and_private(tmp_path: Path) -> None:
    first = create_app(Settings(data_dir=tmp_path)).state.api_token
    second = create_app(Settings(data_dir=tmp_path)).state.api_token
    assert first == second
    assert len(first) >= 40
    assert stat.S_IMODE((tmp_path / "api-token").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "secret.key").stat().st_mode) == 0o600


def test_api_token_from_settings_wins(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path, api_token="from-the-environment"))
    assert app.state.api_token == "from-the-environment"


def test_oversized_bodies_are_refused_before_they_are_read(client: TestClient) -> None:
    from followup.app import MAX_BODY_BYTES

    token = client.app.state.api_token  # type: ignore[attr-defined]
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    huge = b'{"notes": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}'
    answer = client.patch("/api/v1/interviews/1", content=huge, headers=auth)
    assert answer.status_code == 413

    def streamed() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"notes": "'
        for _ in range(MAX_BODY_BYTES // 1024 + 2):
            yield b"x" * 1024
        yield b'"}'

    chunked = client.patch("/api/v1/interviews/1", content=streamed(), headers=auth)
    assert chunked.status_code == 413
    small = client.patch("/api/v1/interviews/1", json={"notes": "ok"}, headers=auth)
    assert small.status_code == 404  # read, validated, and routed: no such interview
