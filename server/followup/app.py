"""`create_app(settings)` builds the whole server; nothing is created at import time."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from followup import __version__, db, web
from followup.api import deps, followups, google_auth, interviews, profile, status, sync
from followup.api.pagecache import PageCache
from followup.config import LOOPBACK_HOSTS, Settings
from followup.context import Context
from followup.crypto import TokenCipher, load_or_create_api_token

MAX_BODY_BYTES = 256 * 1024


def create_app(settings: Settings) -> FastAPI:
    settings.ensure_data_dir()
    engine = db.make_engine(settings.resolved_database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(db.upgrade, engine)
        settle_heap()
        loop = None
        # Multi-user mode: `followup worker` processes tick the accounts (worker.py).
        if settings.background_sync and not settings.multi_user:
            loop = asyncio.create_task(_sync_loop(app.state.tick_context), name="sync-loop")
        yield
        if loop is not None:
            loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loop
        app.state.page_cache.version.close()
        engine.dispose()

    app = FastAPI(
        title="followup",
        version=__version__,
        description="Follow-ups for the interviews in your Google Calendar, drafted in Gmail.",
        lifespan=lifespan,
        # Larger bodies get 413 before anyone reads them; the largest real one (notes, a
        # profile) is a few KB.
        max_body_size=MAX_BODY_BYTES,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.page_cache = PageCache(engine)
    app.state.cipher = TokenCipher.for_deployment(settings.data_dir, settings.multi_user, engine)
    app.state.tick_context = Context(settings=settings, engine=engine, cipher=app.state.cipher)
    app.state.api_token = (
        settings.api_token.get_secret_value()
        if settings.api_token
        else load_or_create_api_token(settings.data_dir)
    )

    @app.get("/healthz", tags=["health"], summary="Liveness; needs no token")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    for router, errors in (
        (status.router, ()),
        (interviews.router, (400, 404, 422)),
        (followups.router, (400, 404, 409, 422, 424, 502)),
        (profile.router, (400, 409, 422)),
        (sync.router, (409, 424, 502)),
    ):
        app.include_router(
            router,
            prefix="/api/v1",
            dependencies=[Depends(deps.api_caller)],
            responses=deps.documented_errors(401, *errors),
        )
    app.include_router(google_auth.router)
    # The web app at `/` (sign-in by the link the server prints; session cookie, CSRF token).
    web.install(app)

    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.add_middleware(web.PageHeadersMiddleware)
    app.add_middleware(HostCheckMiddleware, allowed=allowed_hosts(settings))
    return app


async def _sync_loop(ctx: Context) -> None:
    background_loop = await asyncio.to_thread(_load_background_loop)
    await background_loop(ctx)


def _load_background_loop() -> Callable[[Context], Awaitable[None]]:
    # Imported here, in a worker thread: the tick brings Google's client, the detectors and
    # the composer (about half a second), and the server answers while they load.
    from followup.tick import background_loop

    settle_heap()
    return background_loop


def settle_heap() -> None:
    """Move what start-up loaded (modules, the app, Google's API descriptions) out of the
    garbage collector's sight: it lives as long as the server, and without this every full
    collection walks all of it again (about 0.1 s at 200,000 objects, often in the middle of
    a sync that allocates a page of events at a time)."""
    gc.collect()
    gc.freeze()


def allowed_hosts(settings: Settings) -> frozenset[str]:
    return frozenset({*LOOPBACK_HOSTS, settings.host, *settings.allowed_hosts})


class HostCheckMiddleware:
    """Refuse requests whose Host is not this server's own name: a DNS-rebinding page
    (evil.example resolving to 127.0.0.1) must not reach the API."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = _host_name(dict(scope["headers"]).get(b"host", b"").decode("latin-1"))
            if host not in self.allowed:
                body = b'{"detail":"Host not allowed: this server answers only to its own name."}'
                await send(
                    {
                        "type": "http.response.start",
                        "status": 421,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def _host_name(header: str) -> str:
    """'127.0.0.1:8765' → '127.0.0.1', '[::1]:8765' → '::1'. Anything else after the name
    than ':' and digits is not a port, so the whole header is the name (and is refused):
    '127.0.0.1:8765.evil.example' must not pass as 127.0.0.1."""
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        return name if rest == "" or (rest[:1] == ":" and rest[1:].isdigit()) else header
    if header.count(":") == 1:
        name, _, port = header.partition(":")
        return name if port.isdigit() else header
    return header
