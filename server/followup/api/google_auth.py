"""The web sign-in: `/auth/google/start` → Google's consent page → `/auth/google/callback`.

The browser visits these routes, so they take no API token; a single-use `state` (kept in
`app.state`, 10 minutes) and PKCE protect the round trip instead.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import logging
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from followup.api.deps import CipherDep, Problem, SessionDep, SettingsDep
from followup.google.auth import (
    AuthError,
    ClientSecretsError,
    ConsentError,
    WebLogins,
    exchange_code,
    load_client_config,
    upsert_account,
)

log = logging.getLogger(__name__)

router = APIRouter(tags=["auth"])

CALLBACK_PATH = "/auth/google/callback"
START_PATH = "/auth/google/start"
LOGIN_COOKIE = "followup_login"
LOGIN_COOKIE_SECONDS = 600  # as long as a sign-in in progress lives (WebLogins)


def web_logins(request: Request) -> WebLogins:
    """The sign-ins in progress, created on first use."""
    logins: WebLogins | None = getattr(request.app.state, "google_logins", None)
    if logins is None:
        logins = request.app.state.google_logins = WebLogins()
    return logins


def _page(
    title: str,
    message: str,
    status: int = 200,
    *,
    retry: bool = False,
    continue_to: str | None = None,
    refresh: bool = False,
) -> HTMLResponse:
    again = f'<p><a href="{START_PATH}">Connect again</a></p>' if retry else ""
    onward = head = ""
    if continue_to is not None:
        target = html.escape(continue_to)
        if refresh:
            head = f'<meta http-equiv="refresh" content="0;url={target}">'
        onward = f'<p><a href="{target}">Continue to followup</a></p>'
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} · followup</title>{head}"
        "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;"
        "padding:0 1rem}</style></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>{again}{onward}"
        "</body></html>"
    )
    return HTMLResponse(
        body,
        status_code=status,
        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
    )


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


@router.get(
    START_PATH,
    summary="Begin connecting a Google account (redirects to Google's consent page)",
    status_code=303,
    response_class=RedirectResponse,
    responses={
        303: {"description": "To Google's consent page"},
        503: {
            "description": "No usable OAuth client yet: a page (or, asked for JSON, a detail) "
            "saying how to set one up",
            "content": {
                "text/html": {},
                "application/json": {"schema": Problem.model_json_schema()},
            },
        },
    },
)
def start(request: Request, settings: SettingsDep) -> Response:
    try:
        config = load_client_config(settings)
    except ClientSecretsError as exc:
        message = (
            f"followup has no usable Google OAuth client: {exc}. Run `followup auth "
            "--client-secrets FILE` once, or set FOLLOWUP_CLIENT_SECRETS_FILE and restart."
        )
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=503)
        return _page("Google is not set up yet", message, 503)
    redirect_uri = f"{settings.site_url}{CALLBACK_PATH}"
    url = web_logins(request).begin(config, redirect_uri)
    answer = RedirectResponse(url, status_code=303, headers={"Cache-Control": "no-store"})
    if settings.multi_user:
        # Bind the sign-in to this browser: a callback link made by someone else (their own
        # Google account's code) must not sign this browser in as them ("login CSRF"). Lax,
        # because Google's redirect back is a cross-site navigation.
        state = parse_qs(urlsplit(url).query)["state"][0]
        answer.set_cookie(
            LOGIN_COOKIE,
            _login_binding(request, state),
            max_age=LOGIN_COOKIE_SECONDS,
            path=CALLBACK_PATH,
            httponly=True,
            samesite="lax",
            secure=settings.site_url.startswith("https://"),
        )
    return answer


def _login_binding(request: Request, state: str) -> str:
    key = hashlib.sha256(b"followup login v1\x00" + request.app.state.api_token.encode()).digest()
    return hmac.new(key, state.encode(), hashlib.sha256).hexdigest()


@router.get(
    CALLBACK_PATH,
    summary="Where Google sends the browser back after consent",
    response_class=HTMLResponse,
    responses={
        200: {"description": "A page: connected"},
        400: {
            "description": "A page saying why nothing was connected (unknown or spent state, "
            "consent denied, failed exchange), with a link to start again",
            "content": {"text/html": {}},
        },
    },
)
def callback(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
    state: str = "",
    code: str = "",
    error: str = "",
) -> Response:
    if settings.multi_user and not hmac.compare_digest(
        request.cookies.get(LOGIN_COOKIE, "").encode(), _login_binding(request, state).encode()
    ):
        return _page(
            "Sign-in not valid",
            "This sign-in was not started in this browser (or took longer than 10 minutes).",
            400,
            retry=True,
        )
    try:
        verifier, redirect_uri = web_logins(request).finish(state)
    except ConsentError as exc:
        return _page("Sign-in link not valid", str(exc), 400, retry=True)
    if error:
        what = (
            "You did not allow followup to use your Google account (access_denied)."
            if error == "access_denied"
            else f"Google answered with an error: {error}."
        )
        return _page("Not connected", f"{what} Nothing was saved.", 400, retry=True)
    if not code:
        return _page("Not connected", "Google sent no sign-in code.", 400, retry=True)
    try:
        config = load_client_config(settings)
        credentials = exchange_code(
            config, code=code, redirect_uri=redirect_uri, code_verifier=verifier
        )
        account = upsert_account(session, credentials, cipher, settings)
    except AuthError as exc:
        session.rollback()
        return _page("Not connected", str(exc), 400, retry=True)
    if settings.multi_user:
        assert account.id is not None
        session.commit()  # before the cookie names it
        return _signed_in_page(request, account.email, account.id, account.reauth_reason)
    if account.needs_reauth:
        return _page("Connected, with missing permissions", account.reauth_reason or "", 200)
    return _page("Connected", f"Connected {account.email}. You can close this tab.")


def _signed_in_page(
    request: Request, email: str, account_id: int, problem: str | None
) -> HTMLResponse:
    """Multi-user mode: signed in. The session cookie is SameSite=Strict, which a browser does
    not send on the redirect chain that began at Google's page; this page's own link (and its
    refresh) is a same-site navigation, which sends it."""
    from followup.web import auth

    text = f"Signed in as {email}." + (f" {problem}" if problem else "")
    # With a problem to read (a missing permission), the page stays until the person goes on.
    answer = _page("Signed in", text, 200, continue_to="/", refresh=not problem)
    auth.set_session_cookie(request, answer, account_id)
    answer.delete_cookie(LOGIN_COOKIE, path=CALLBACK_PATH)
    return answer
