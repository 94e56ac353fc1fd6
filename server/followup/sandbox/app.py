"""The sandbox ASGI app: Google's URL layout, plus an admin API under `/_sandbox/`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from followup.sandbox import calendar, gmail, oauth, page
from followup.sandbox.deps import StateDep
from followup.sandbox.errors import GoogleError, bad_request
from followup.sandbox.state import Fault, RequestRecord, SandboxState

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

    @app.middleware("http")
    async def google_front(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        path = request.url.path
        if not path.startswith(API_PREFIXES):
            response = await call_next(request)
            if state_file is not None and request.method != "GET" and response.status_code < 400:
                state.save(state_file)
            return response
        fault = state.take_fault(request.method, path)
        if fault is not None and not fault.after_effect:
            response = _fault_response(fault)
        else:
            response = await call_next(request)
            if fault is not None:
                response = _fault_response(fault)
        state.requests.append(
            RequestRecord(
                method=request.method,
                path=path,
                query=request.url.query,
                status=response.status_code,
                at=state.now().isoformat(),
            )
        )
        if state_file is not None and request.method != "GET":
            state.save(state_file)
        return response

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

    @app.post("/_sandbox/reset", tags=["admin"])
    async def reset(state: StateDep) -> dict[str, Any]:
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


def _fault_response(fault: Fault) -> Response:
    headers = {}
    if fault.retry_after is not None:
        seconds = fault.retry_after
        headers["Retry-After"] = str(int(seconds) if seconds.is_integer() else seconds)
    return GoogleError(fault.status, headers=headers).response()
