"""Running servers: the sandbox on its own, and the demo (sandbox + followup in one command)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import uvicorn

from followup.config import Settings

if TYPE_CHECKING:
    from sqlmodel import Session

    from followup.context import Context
    from followup.sandbox.seed import SeedSummary

log = logging.getLogger(__name__)

DEMO_NAME = "Casey Candidate"
DEMO_QUALIFICATIONS = (
    "I have spent seven years building backend services in Python and Go, most recently "
    "leading the event-ingestion platform at a logistics start-up. I care about systems "
    "that are observable, well tested and calm to operate."
)
DEMO_SIGNATURE = "Casey Candidate\ncasey.candidate.dev · +1 555 0142"


@contextmanager
def serve_in_thread(app: Any, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve an ASGI app from a background thread (a free port unless given); yields its
    base URL, ending in '/'. The server stops when the block ends."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"server on {host}:{port} did not start")
        time.sleep(0.01)
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound_port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def wait_forever() -> None:
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


def run_sandbox(*, host: str, port: int, state_file: Path | None, seed: bool) -> None:
    from followup.sandbox import create_sandbox_app
    from followup.sandbox.seed import seed_over_http

    with serve_in_thread(create_sandbox_app(state_file=state_file), host=host, port=port) as url:
        if seed:
            with httpx.Client(base_url=url, timeout=30) as admin:
                seed_over_http(admin)
        print(f"Google sandbox on {url}  (see {url}_sandbox/ ; admin API in docs/sandbox.md)")
        print("Press Ctrl-C to stop.")
        wait_forever()


def run_demo(settings: Settings, *, sandbox_port: int, seed: bool, reset: bool) -> None:
    """Sandbox in a thread, followup in the foreground. The sandbox's state is kept in the
    demo's data directory, so a second `followup demo` carries on where the first stopped."""
    from followup import db
    from followup.app import create_app
    from followup.google.auth import upsert_account
    from followup.sandbox import create_sandbox_app
    from followup.web import signin_url

    data_dir = settings.ensure_data_dir()
    state_file = data_dir / "sandbox.json"
    if reset:
        for name in ("sandbox.json", "followup.db", "followup.db-wal", "followup.db-shm"):
            (data_dir / name).unlink(missing_ok=True)
    fresh = not state_file.exists()
    sandbox_app = create_sandbox_app(state_file=state_file)
    application = create_app(settings)
    db.upgrade(application.state.engine)
    with serve_in_thread(sandbox_app, port=sandbox_port) as sandbox_url:
        with httpx.Client(base_url=sandbox_url, timeout=30) as admin:
            credentials = _sandbox_credentials(admin, settings)
            with db.session_scope(application.state.engine) as session:
                account = upsert_account(session, credentials, application.state.cipher, settings)
                email, account_id = account.email, account.id
            assert account_id is not None
            if fresh and seed:
                print("Seeding the sample week and taking followup's first look…", flush=True)
                seed_demo(admin, application.state.tick_context, account_id)
        print(
            "\nfollowup demo is running: no Google account needed.\n"
            f"  followup server  {settings.base_url}/   (API docs: {settings.base_url}/docs)\n"
            f"  sign in (web)    {signin_url(application, settings.base_url)}\n"
            f"  Google sandbox   {sandbox_url}_sandbox/   (the stand-in calendar and mailbox)\n"
            f"  API token        {application.state.api_token}\n"
            f"  signed in as     {email}\n"
            f"  data directory   {data_dir}\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        uvicorn.run(application, host=settings.host, port=settings.port, log_level="warning")


def seed_demo(admin: httpx.Client, ctx: Context, account_id: int) -> SeedSummary:
    """The demo's story: the sample week in the sandbox, the demo profile, and followup's
    first tick (the background loop carries on from there)."""
    from followup import db
    from followup.sandbox.seed import seed_over_http
    from followup.tick import run_tick

    summary = seed_over_http(admin)
    with db.session_scope(ctx.engine) as session:
        seed_profile(session, account_id)
    try:
        run_tick(ctx, account_id)
    except Exception:  # the background loop tries again; the story still unfolds
        log.exception("the demo's first tick failed; the background sync will retry")
    return summary


def seed_profile(session: Session, account_id: int) -> bool:
    """The demo user's profile (name, qualifications, signature), so drafts read well.
    An existing profile is left alone. True when one was added."""
    from sqlmodel import select

    from followup.models import Profile

    if session.exec(select(Profile).where(Profile.account_id == account_id)).first():
        return False
    session.add(
        Profile(
            account_id=account_id,
            full_name=DEMO_NAME,
            qualifications=DEMO_QUALIFICATIONS,
            signature=DEMO_SIGNATURE,
        )
    )
    return True


def _sandbox_credentials(admin: httpx.Client, settings: Settings) -> Any:
    """Tokens for the sandbox's built-in client, as if the user had clicked Allow."""
    from google.oauth2.credentials import Credentials

    grant = admin.post("/_sandbox/oauth/tokens", json={}).raise_for_status().json()
    return Credentials(
        token=grant["access_token"],
        refresh_token=grant["refresh_token"],
        token_uri=settings.token_uri,
        client_id=grant["client_id"],
        client_secret=grant["client_secret"],
        scopes=grant["scope"].split(),
    )
