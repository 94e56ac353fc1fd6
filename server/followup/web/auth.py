"""Who may use the web app: a browser that opened the sign-in link the server printed.

- `followup serve` / `followup demo` print `<base>/signin?code=…`: a one-time code (used up by
  the first sign-in; a restarted server prints a new one). Whoever lost it pastes the API
  token (`followup pair`) into the sign-in form instead.
- Signing in sets a session cookie: HttpOnly (no script reads it), SameSite=Strict (no other
  site's page sends it), signed with a key derived from the API token (so it survives a
  restart and dies with a new token), valid for 30 days.
- Every state change is a POST carrying the session's CSRF token (a hidden field, or the
  `X-CSRF-Token` header), and its `Origin` (when the browser sends one) must be this server.
- The API (`/api/v1/`) never accepts the cookie: it wants the bearer token, as before.
- Multi-user mode: people sign in with Google (api/google_auth.py); the cookie names their
  account, and every page shows that account's data only (`PageCaller`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Annotated

from fastapi import Depends, Request, Response
from sqlmodel import Session

from followup.api.deps import Caller, every_account
from followup.models import Account

COOKIE = "followup_session"
MAX_AGE_SECONDS = 30 * 24 * 3600
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


class SignInNeeded(Exception):
    """No valid session: the page explains how to sign in."""


class Refused(Exception):
    """A web request refused, with a sentence for the person (shown on an error page)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _key(api_token: str) -> bytes:
    return hashlib.sha256(b"followup web session v1\x00" + api_token.encode()).digest()


def _mac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def new_session(api_token: str, account_id: int = 0, now: float | None = None) -> str:
    """A cookie value: issued-at, whose (multi-user mode: the account; single-user: 0), a
    random nonce, and their signature."""
    body = (
        f"{int(now if now is not None else time.time())}.{account_id}.{secrets.token_urlsafe(16)}"
    )
    return f"{body}.{_mac(_key(api_token), body)}"


def session_account(api_token: str, value: str, now: float | None = None) -> int | None:
    """The account a valid cookie names (0 in single-user mode), or None if it is not valid."""
    parts = value.split(".")
    if len(parts) != 4:
        return None
    issued, account, nonce, signature = parts
    if not issued.isdigit() or not account.isdigit() or not nonce or not signature:
        return None
    expected = _mac(_key(api_token), f"{issued}.{account}.{nonce}")
    if not hmac.compare_digest(signature.encode(), expected.encode()):
        return None
    age = (now if now is not None else time.time()) - int(issued)
    return int(account) if 0 <= age <= MAX_AGE_SECONDS else None


def valid_session(api_token: str, value: str, now: float | None = None) -> bool:
    account = session_account(api_token, value, now)
    return account is not None


def csrf_token(api_token: str, session_value: str) -> str:
    return _mac(_key(api_token), f"csrf\x00{session_value}")


class SignInCodes:
    """One-time sign-in codes. The server makes one at start (printed in the link)."""

    def __init__(self) -> None:
        self._codes: set[str] = set()

    def issue(self) -> str:
        code = secrets.token_urlsafe(24)
        self._codes.add(code)
        return code

    def redeem(self, code: str) -> bool:
        for known in list(self._codes):
            if hmac.compare_digest(known.encode(), code.encode()):
                self._codes.discard(known)
                return True
        return False


def set_session_cookie(request: Request, response: Response, account_id: int) -> None:
    """Sign this browser in (`account_id`: whose; 0 in single-user mode)."""
    response.set_cookie(
        COOKIE,
        new_session(request.app.state.api_token, account_id),
        max_age=MAX_AGE_SECONDS,
        path="/",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https"
        or request.app.state.settings.site_url.startswith("https://"),
    )


def signin_link(base_url: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/signin?code={code}"


def session_of(request: Request) -> str | None:
    value = request.cookies.get(COOKIE, "")
    return value if value and valid_session(request.app.state.api_token, value) else None


def require_session(request: Request) -> str:
    """The page's session, or the sign-in explanation (401)."""
    value = session_of(request)
    if value is None:
        raise SignInNeeded
    return value


def page_caller(request: Request, session: Annotated[str, Depends(require_session)]) -> Caller:
    """Whose data a page shows: in multi-user mode the account its cookie names (an account
    deleted since is signed out); in single-user mode every account, as the API token sees."""
    engine = request.app.state.engine
    if not request.app.state.settings.multi_user:
        return every_account(engine)
    account_id = session_account(request.app.state.api_token, session) or 0
    with Session(engine) as db:
        if account_id == 0 or db.get(Account, account_id) is None:
            raise SignInNeeded
    return Caller((account_id,))


def same_origin(request: Request) -> bool:
    """The request comes from one of this server's own pages. Browsers send `Origin` on every
    POST; `Sec-Fetch-Site` when they know it. A missing `Origin` (a non-browser client) is
    judged by the CSRF token alone."""
    origin = request.headers.get("origin")
    if origin is not None:
        host = request.headers.get("host", "")
        if origin != f"{request.url.scheme}://{host}":
            return False
    return request.headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


async def require_csrf(request: Request, session: Annotated[str, Depends(require_session)]) -> str:
    """A state change from this server's own page, in a signed-in browser."""
    if not same_origin(request):
        raise Refused(403, "This request came from another site, so it was refused.")
    given = request.headers.get(CSRF_HEADER, "")
    if not given:
        form = await request.form()
        field = form.get(CSRF_FIELD, "")
        given = field if isinstance(field, str) else ""
    expected = csrf_token(request.app.state.api_token, session)
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise Refused(
            403, "This form is out of date or came from elsewhere: reload the page and try again."
        )
    return session


SessionCookie = Annotated[str, Depends(require_session)]
PageCaller = Annotated[Caller, Depends(page_caller)]
CheckedSession = Annotated[str, Depends(require_csrf)]
