"""One account's failure never stops the others, nor the server's loop."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from followup import db
from followup.app import create_app
from followup.config import Settings
from followup.context import Context
from followup.google.auth import upsert_account
from followup.models import Account, Interview
from followup.tick import background_loop
from tests.conftest import Sandbox
from tests.world import interview_event


def test_a_revoked_account_first_does_not_stop_the_next_one(
    sandbox: Sandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    settings = Settings(
        data_dir=tmp_path,
        google_endpoint=sandbox.url,
        background_sync=False,
        google_backoff_seconds=0.01,
    )
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1:8765"):
        ctx: Context = app.state.tick_context
        with db.session_scope(ctx.engine) as session:
            # An account whose grant Google no longer knows, synced before the good one.
            stale = {
                "token": "expired-access",
                "refresh_token": "revoked-refresh",
                "client_id": "followup-sandbox-client",
                "client_secret": "x",
                "expiry": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            }
            broken = Account(email="former.self@example.org")
            broken.token_encrypted = ctx.cipher.encrypt(json.dumps(stale).encode())
            session.add(broken)
            session.flush()
            good = upsert_account(session, sandbox.credentials(), ctx.cipher, settings)
            broken_id, good_id = broken.id, good.id
        assert broken_id is not None and good_id is not None and broken_id < good_id
        sandbox.admin.post(
            "/_sandbox/calendar/events",
            json=interview_event(datetime.now(UTC) + timedelta(days=2)),
        ).raise_for_status()

        async def one_pass() -> None:
            loop = asyncio.create_task(background_loop(ctx))
            for _ in range(200):
                await asyncio.sleep(0.1)
                with Session(ctx.engine) as session:
                    if session.exec(select(Interview)).first() is not None:
                        break
            loop.cancel()
            with pytest.raises(asyncio.CancelledError):
                await loop

        # A thread of its own: an earlier test (the browser's) may leave a loop in this one.
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, one_pass()).result()
        with Session(ctx.engine) as session:
            interviews = session.exec(select(Interview)).all()
            assert [i.account_id for i in interviews] == [good_id]
            stale_account = session.get(Account, broken_id)
            assert stale_account is not None and stale_account.needs_reauth
    logged = [r.getMessage() for r in caplog.records if r.levelno >= 20]
    assert any("needs attention" in line for line in logged)
    assert not [line for line in logged if "@" in line]
