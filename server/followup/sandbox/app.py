"""The sandbox ASGI app: Google's URL layout, plus an admin API under `/_sandbox/`."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followup.sandbox import calendar, gmail, oauth, page, users
from followup.sandbox.deps import StateDep
from followup.sandbox.errors import GoogleError, bad_request
from followup.sandbox.state import (
    CHAOS_KINDS,
    Chaos,
    ChaosKind,
    Fault,
    RequestRecord,
    SandboxState,
)

# Requests under these prefixes are "Google API requests": logged, and subject to faults.
API_PREFIXES = ("/calendar/", "/gmail/", "/upload/", "/token", "/batch")


class FaultIn(BaseModel):
    match: str = Field(description='Regular expression searched in "METHOD /path".')
    status: int = Field(ge=400, le=599)
    times: int = Field(default=1, ge=1)
    retry_after: float | None = Field(default=None, ge=0)
    after_effect: bool = Field(
        default=False, description="Do the work, then answer the error (a lost response)."
    )
    reason: str | None = Field(
        default=None,
        max_length=64,
        description='The error\'s reason (e.g. "userRateLimitExceeded" with a 403).',
    )


class ChaosIn(BaseModel):
    rate: float = Field(ge=0, le=1, description="Share of eligible requests that get a fault.")
    seed: int = Field(default=0, description="Same seed, same requests: same faults.")
    kinds: list[ChaosKind] = Field(
        default_factory=lambda: list(CHAOS_KINDS), min_length=1, description="Drawn evenly."
    )
    match: str | None = Field(
        default=None,
        description='Only Google API requests whose "METHOD /path" matches (default: all).',
    )
    retry_after_max: float = Field(
        default=1.0, ge=0, le=60, description="A 429's Retry-After is drawn in [0, this]."
    )
    timeout_seconds: float = Field(
        default=5.0, gt=0, le=120, description="How long a `timeout` holds its answer back."
    )


class ClockIn(BaseModel):
    advance_seconds: float | None = None
    offset_seconds: float | None = None


def create_sandbox_app(
    state: SandboxState | None = None, state_file: Path | None = None
) -> FastAPI:
    """Build the sandbox. With `state_file`, state is loaded from it and saved after each change."""
    if state is None:
        state = SandboxState.from_file(state_file) if state_file else SandboxState()
    app = FastAPI(
        title="followup Google sandbox",
        description="Calendar v3, Gmail v1 and OAuth endpoints for local use. See docs/sandbox.md.",
        docs_url="/_sandbox/docs",
        openapi_url="/_sandbox/openapi.json",
        redoc_url=None,
    )
    app.state.sandbox = state
    app.add_middleware(GoogleFront, state=state, state_file=state_file)

    @app.exception_handler(GoogleError)
    async def _google_error(_request: Request, exc: GoogleError) -> Response:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = first.get("loc", ())
        where = ".".join(str(part) for part in loc if part not in ("body", "query")) or "request"
        return bad_request(f"Invalid value for {where}: {first.get('msg', '')}").response()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        return GoogleError(exc.status_code, str(exc.detail)).response()

    app.include_router(calendar.router, prefix="/calendar/v3")
    app.include_router(gmail.router, prefix="/gmail/v1")
    app.include_router(gmail.upload_router, prefix="/upload/gmail/v1")
    app.include_router(oauth.router)
    app.include_router(calendar.admin_router, prefix="/_sandbox/calendar")
    app.include_router(gmail.admin_router, prefix="/_sandbox/gmail")
    app.include_router(oauth.admin_router, prefix="/_sandbox/oauth")
    app.include_router(page.router, prefix="/_sandbox")
    app.include_router(users.router, prefix="/_sandbox")

    @app.post("/_sandbox/reset", tags=["admin"])
    async def reset(state: StateDep) -> dict[str, Any]:
        """Back to the default user alone, empty; see docs/sandbox.md."""
        state.reset()
        return {"ok": True}

    @app.get("/_sandbox/requests", tags=["admin"])
    async def list_requests(state: StateDep) -> dict[str, Any]:
        return {"requests": [record.to_dict() for record in state.requests]}

    @app.delete("/_sandbox/requests", tags=["admin"])
    async def clear_requests(state: StateDep) -> dict[str, Any]:
        state.requests.clear()
        return {"ok": True}

    @app.get("/_sandbox/faults", tags=["admin"])
    async def list_faults(state: StateDep) -> dict[str, Any]:
        return {"faults": [fault.to_dict() for fault in state.faults]}

    @app.post("/_sandbox/faults", tags=["admin"])
    async def add_fault(body: FaultIn, state: StateDep) -> dict[str, Any]:
        try:
            fault = Fault(**body.model_dump())
        except Exception as exc:  # re.error: a bad regular expression
            raise bad_request(f"match is not a valid regular expression: {exc}") from exc
        return state.add_fault(fault).to_dict()

    @app.delete("/_sandbox/faults", tags=["admin"])
    async def clear_faults(state: StateDep) -> dict[str, Any]:
        state.faults.clear()
        return {"ok": True}

    @app.get("/_sandbox/chaos", tags=["admin"])
    async def get_chaos(state: StateDep) -> dict[str, Any]:
        if state.chaos is None:
            return {"active": False, "requests": 0, "injected": {}, "faults": 0}
        return state.chaos.to_dict()

    @app.post("/_sandbox/chaos", tags=["admin"])
    async def start_chaos(body: ChaosIn, state: StateDep) -> dict[str, Any]:
        try:
            state.chaos = Chaos(**{**body.model_dump(), "kinds": tuple(body.kinds)})
        except re.error as exc:
            raise bad_request(f"match is not a valid regular expression: {exc}") from exc
        return state.chaos.to_dict()

    @app.delete("/_sandbox/chaos", tags=["admin"])
    async def stop_chaos(state: StateDep) -> dict[str, Any]:
        """Stop; answers the final counts (kept for GET until the next POST or reset)."""
        if state.chaos is None:
            return {"active": False, "requests": 0, "injected": {}, "faults": 0}
        state.chaos.active = False
        return state.chaos.to_dict()

    @app.get("/_sandbox/clock", tags=["admin"])
    async def get_clock(state: StateDep) -> dict[str, Any]:
        return {"now": state.now().isoformat(), "offset_seconds": state.clock_offset}

    @app.post("/_sandbox/clock", tags=["admin"])
    async def set_clock(body: ClockIn, state: StateDep) -> dict[str, Any]:
        if body.offset_seconds is not None:
            state.clock_offset = body.offset_seconds
        if body.advance_seconds is not None:
            state.clock_offset += body.advance_seconds
        return {"now": state.now().isoformat(), "offset_seconds": state.clock_offset}

    return app


RATE_LIMIT_MESSAGES = {
    "rateLimitExceeded": "Rate Limit Exceeded",
    "userRateLimitExceeded": "User Rate Limit Exceeded",
}


def _error_response(status: int, retry_after: float | None, reason: str | None = None) -> Response:
    headers = {}
    if retry_after is not None:
        headers["Retry-After"] = str(int(retry_after) if retry_after.is_integer() else retry_after)
    if reason in RATE_LIMIT_MESSAGES:  # as Google words them, in the usageLimits domain
        message = RATE_LIMIT_MESSAGES[reason]
        return GoogleError(
            status, message, reason, domain="usageLimits", headers=headers
        ).response()
    return GoogleError(status, reason=reason, headers=headers).response()


class GoogleFront:
    """ASGI middleware in front of everything: Google API requests (`API_PREFIXES`) are logged
    and meet armed faults and chaos; the admin API never does. Saves the state file after a
    change when there is one.

    A plain ASGI middleware (not `@app.middleware`), because chaos needs the raw channel: to hold
    an answer back past the client's timeout, or to cut the connection half-way through one."""

    def __init__(self, app: ASGIApp, state: SandboxState, state_file: Path | None) -> None:
        self.app = app
        self.state = state
        self.state_file = state_file

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        if not path.startswith(API_PREFIXES):
            status = await _forward(self.app, scope, receive, send)
            if self.state_file is not None and method != "GET" and status < 400:
                self.state.save(self.state_file)
            return
        if method == "POST" and _header(scope, b"x-http-method-override"):
            try:
                scope, receive = await _method_override(scope, receive)
            except GoogleError as exc:
                await exc.response()(scope, receive, send)
                return
            method = scope["method"]
        state = self.state
        fault = state.take_fault(method, path)
        chaos = state.draw_chaos(method, path) if fault is None else None
        kind = chaos.kind if chaos is not None else None
        record = RequestRecord(
            method=method,
            path=path,
            query=scope.get("query_string", b"").decode("latin-1"),
            status=0,
            at="",
            chaos=kind,
            user=state.oauth.user_of(_bearer_token(scope)),
        )
        held: list[Message] = []
        if fault is not None and not fault.after_effect:
            answer: Response | None = _error_response(fault.status, fault.retry_after, fault.reason)
        elif chaos is not None and kind == "403":
            answer = _error_response(403, None, "userRateLimitExceeded")
        elif chaos is not None and kind in ("429", "500", "503"):
            answer = _error_response(int(chaos.kind), chaos.retry_after)
        else:
            if kind == "401":  # the token dies just before the request is checked
                state.invalidate_access_token(_bearer_token(scope))
            held = await _capture(self.app, scope, receive)
            answer = None
            if fault is not None:
                answer = _error_response(fault.status, fault.retry_after, fault.reason)
            elif kind == "lost":
                answer = _error_response(503, None)
        record.status = answer.status_code if answer is not None else held[0]["status"]
        record.at = state.now().isoformat()
        state.requests.append(record)
        if self.state_file is not None and method != "GET":
            state.save(self.state_file)
        if answer is not None:
            await answer(scope, receive, send)
        elif kind == "timeout":
            await _hold_back(state.chaos.timeout_seconds if state.chaos else 0.0, held, send)
        elif kind == "drop":
            await _cut_short(held, send)
        else:
            for message in held:
                await send(message)


async def _forward(app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> int:
    """Pass the request through; answers the response's status."""
    status = 500

    async def watch(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        await send(message)

    await app(scope, receive, watch)
    return status


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> list[Message]:
    """Run the request to the end and keep its answer (start, then one body message)."""
    messages: list[Message] = []

    async def keep(message: Message) -> None:
        messages.append(message)

    await app(scope, receive, keep)
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return [start, {"type": "http.response.body", "body": body, "more_body": False}]


async def _hold_back(seconds: float, held: list[Message], send: Send) -> None:
    """The work is done; the answer comes after the client has stopped waiting."""
    await asyncio.sleep(seconds)
    for message in held:
        await send(message)  # to a closed connection, usually: the server drops it


async def _cut_short(held: list[Message], send: Send) -> None:
    """The work is done; the answer starts (status line, Content-Length) and stops half-way.
    Returning without finishing makes uvicorn close the socket (it logs one error line)."""
    start, body = held[0], held[1]["body"]
    if not body:  # nothing to cut: promise a body (a 204 cannot have one) and send none
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        start = {**start, "status": 200, "headers": [*headers, (b"content-length", b"2")]}
    await send(start)
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})


def _header(scope: Scope, wanted: bytes) -> str:
    for name, value in scope.get("headers", []):
        if name.lower() == wanted:
            return str(value.decode("latin-1"))
    return ""


def _bearer_token(scope: Scope) -> str:
    scheme, _, token = _header(scope, b"authorization").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


OVERRIDABLE = frozenset({"GET", "DELETE", "PATCH", "PUT", "POST"})


async def _method_override(scope: Scope, receive: Receive) -> tuple[Scope, Receive]:
    """A POST carrying `X-HTTP-Method-Override` is served, and logged, as the method it names
    (one of Google's system parameters). google-api-python-client sends a GET whose URL would
    pass 2,048 characters this way, its query string moved into a form-encoded body: that body
    becomes the query string again."""
    wanted = _header(scope, b"x-http-method-override").strip().upper()
    if wanted not in OVERRIDABLE:
        raise bad_request(f"Invalid X-HTTP-Method-Override: {wanted[:20]!r}")
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    query = scope.get("query_string", b"")
    headers = list(scope.get("headers", []))
    form = _header(scope, b"content-type").split(";")[0].strip().lower()
    if form == "application/x-www-form-urlencoded":
        query = b"&".join(part for part in (query, body) if part)
        body = b""
        dropped = (b"content-type", b"content-length")
        headers = [(k, v) for k, v in headers if k.lower() not in dropped]
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return {**scope, "method": wanted, "query_string": query, "headers": headers}, replay
