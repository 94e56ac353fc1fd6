"""The web app, served by followup at `/`: its routes (pages.py), sign-in (auth.py), page
templates and static files. `install(app)` adds it to the server built by `create_app`."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from followup.web import auth, pages, template_pages

STATIC = Path(__file__).parent / "static"

# No inline script or style, nothing from elsewhere, no framing, forms only to this server.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make Origin "null"
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
# The API and its documents keep their own headers (Swagger UI needs its scripts).
NOT_THE_WEB_APP = ("/api/", "/docs", "/redoc", "/openapi.json", "/auth/google/", "/healthz")


def install(app: FastAPI) -> None:
    app.state.signin_codes = auth.SignInCodes()
    app.state.signin_code = app.state.signin_codes.issue()
    app.include_router(pages.router)
    app.include_router(template_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(auth.SignInNeeded)
    def sign_in_needed(request: Request, _exc: auth.SignInNeeded) -> Response:
        return pages.render(request, None, "signin.html", 401, problem=None)

    @app.exception_handler(auth.Refused)
    def refused(request: Request, exc: auth.Refused) -> Response:
        cookie = auth.session_of(request)
        return pages.render(request, cookie, "error.html", exc.status, message=exc.message)


def signin_url(app: FastAPI, base_url: str) -> str:
    """The link `followup serve` and `followup demo` print."""
    return auth.signin_link(base_url, app.state.signin_code)


class PageHeadersMiddleware:
    """The web app's pages: a strict Content-Security-Policy and no framing or caching."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(NOT_THE_WEB_APP):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in PAGE_HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k not in names]
                message["headers"] = kept + PAGE_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)
