"""Dependencies shared by the API routers; all of it comes from `app.state` (see create_app)."""

from __future__ import annotations

import secrets
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, TypeVar

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlmodel import Session, SQLModel, col, select

from followup import db
from followup.config import Settings
from followup.crypto import TokenCipher


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> sa.Engine:
    engine: sa.Engine = request.app.state.engine
    return engine


def get_cipher(request: Request) -> TokenCipher:
    cipher: TokenCipher = request.app.state.cipher
    return cipher


def get_session(engine: Annotated[sa.Engine, Depends(get_engine)]) -> Iterator[Session]:
    """One session per request; the request boundary commits (services never do)."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.commit()


def get_now(request: Request) -> datetime:
    """The time, from the tick's clock (tests and the demo shift it)."""
    now: datetime = request.app.state.tick_context.clock()
    return now


_bearer = HTTPBearer(
    auto_error=False,
    description="The API token: `followup pair` prints it; in multi-user mode, each person "
    "makes their own in the web app (Settings).",
)


@dataclass(frozen=True)
class Caller:
    """Whose data a request may read and change: every route takes it (`CallerDep`), and no
    query about accounts' data runs without it.

    Single-user mode: the one person who holds the server's token sees every account they
    connected. Multi-user mode: exactly one account, the signed-in person's."""

    account_ids: tuple[int, ...]

    def owns(self, account_id: int | None) -> bool:
        return account_id is not None and account_id in self.account_ids

    @property
    def account_id(self) -> int:
        """The account that a per-person thing (the profile, templates) belongs to."""
        if not self.account_ids:
            raise HTTPException(409, NO_ACCOUNT)
        return self.account_ids[0]

    @property
    def owner(self) -> int:
        """Whose files (templates) to use: the account, or 0 while none is connected (only
        possible in single-user mode, where the files are everyone's)."""
        return self.account_ids[0] if self.account_ids else 0


_Row = TypeVar("_Row", bound=SQLModel)


def owned(session: Session, model: type[_Row], row_id: int, caller: Caller, what: str) -> _Row:
    """The row with this id if it is the caller's; another account's row is "not found",
    exactly as one that does not exist (its existence is not revealed either)."""
    row = db.get_row(session, model, row_id)
    if row is None or not caller.owns(getattr(row, "account_id", None)):
        raise HTTPException(404, detail=f"No {what} {row_id}.")
    return row


NO_ACCOUNT = "No Google account is connected: run `followup auth`."


def every_account(engine: sa.Engine) -> Caller:
    """Single-user mode: the holder of the server's token or session sees all its accounts."""
    from followup.models import Account

    with Session(engine) as session:
        ids = session.exec(select(Account.id).order_by(col(Account.id))).all()
    return Caller(tuple(i for i in ids if i is not None))


def api_caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The bearer token's owner (the API never accepts the web app's cookie)."""
    given = credentials.credentials if credentials else ""
    settings: Settings = request.app.state.settings
    engine: sa.Engine = request.app.state.engine
    if settings.multi_user:
        from followup import apitokens

        with Session(engine, expire_on_commit=False) as session:
            account_id = apitokens.account_of(session, given, get_now(request))
        if account_id is not None:
            return Caller((account_id,))
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing, wrong or revoked API token. Make one in the web app (Settings → "
            "Browser extension) and paste it into the extension's options.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    expected: str = request.app.state.api_token
    # Constant-time comparison: the answer time must not reveal how much of a guess was right.
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing or wrong API token. Run `followup pair` and use the token it prints.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # The accounts are read again only when the database changed (the page cache's signal,
    # read before them): the extension's polls, answered from the page cache, stay query-free.
    version = request.app.state.page_cache.version.current()
    known: tuple[Hashable, Caller] | None = getattr(request.app.state, "every_account", None)
    if version is not None and known is not None and known[0] == version:
        return known[1]
    caller = every_account(engine)
    request.app.state.every_account = (version, caller)
    return caller


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """Every error the API answers: what happened and what to do, in `detail`."""

    detail: str


class InvalidRequest(BaseModel):
    """A 422: FastAPI's list of field errors, or a sentence from the route itself."""

    detail: str | list[FieldError]


ERROR_MEANINGS = {
    400: "The body is not valid JSON",
    401: "Missing or wrong API token",
    404: "No such item",
    409: "Not possible now (already done, nothing connected, or a sync is running)",
    422: "The request is not valid",
    424: "Google access expired: re-authorise",
    502: "Google answered with an error or could not be reached",
}


def documented_errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error answers a router gives (tests/test_api_fuzz.py holds
    the API to exactly these)."""
    return {
        code: {
            "model": InvalidRequest if code == 422 else Problem,
            "description": ERROR_MEANINGS[code],
        }
        for code in codes
    }


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[sa.Engine, Depends(get_engine)]
CipherDep = Annotated[TokenCipher, Depends(get_cipher)]
SessionDep = Annotated[Session, Depends(get_session)]
NowDep = Annotated[datetime, Depends(get_now)]
CallerDep = Annotated[Caller, Depends(api_caller)]


REAUTHORISE = (
    "Google access expired: re-authorise (open /auth/google/start on this server), then try again."
)


@contextmanager
def google_failures_as_http(
    engine: sa.Engine | None = None, account_id: int | None = None
) -> Iterator[None]:
    """Around work that takes the account's lease and talks to Google (in a worker thread):
    its failures as the HTTP errors the API documents. Google's client is imported here, on
    first use, not when the server starts.

    A `RefreshError` is Google's client refreshing the access token by itself (on a 401 in
    the middle of a call) and being refused: given the engine and the account, that account
    is flagged `needs_reauth` (as a tick does), and either way the answer is the documented 424.
    """
    from google.auth.exceptions import RefreshError
    from googleapiclient.errors import HttpError

    from followup.google.auth import AuthError, ReauthRequired, refresh_failed, scopes_refused
    from followup.google.services import TRANSIENT_ERRORS
    from followup.models import Account
    from followup.sync import SyncBusy

    try:
        yield
    except SyncBusy as exc:
        raise HTTPException(409, "A sync is running; try again in a moment.") from exc
    except ReauthRequired as exc:
        raise HTTPException(424, REAUTHORISE) from exc
    except RefreshError as exc:
        failure: Exception = exc
        if engine is not None and account_id is not None:
            with Session(engine) as session:
                account = session.get(Account, account_id)
                if account is not None:
                    failure = refresh_failed(session, account, exc)
        if isinstance(failure, AuthError) and not isinstance(failure, ReauthRequired):
            raise HTTPException(
                502, f"Could not reach Google's sign-in service: {failure}"
            ) from exc
        raise HTTPException(424, REAUTHORISE) from exc
    except AuthError as exc:
        raise HTTPException(502, f"Could not reach Google's sign-in service: {exc}") from exc
    except HttpError as exc:
        if engine is not None and account_id is not None:
            with Session(engine) as session:
                account = session.get(Account, account_id)
                # A 403 for the sign-in's scopes: only a new consent helps (flagged there).
                if account is not None and scopes_refused(session, account, exc) is not None:
                    raise HTTPException(424, REAUTHORISE) from exc
        raise HTTPException(
            502, f"Google answered {exc.resp.status}; try again in a moment."
        ) from exc
    except TRANSIENT_ERRORS as exc:
        raise HTTPException(502, "Google did not answer in time; try again.") from exc
