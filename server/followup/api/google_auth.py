"""The web sign-in: `/auth/google/start` → Google's consent page → `/auth/google/callback`.

The browser visits these routes, so they take no API token; a single-use `state` (kept in
`app.state`, 10 minutes) and PKCE protect the round trip instead.
"""

from __future__ import annotations

import html
import logging

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


def web_logins(request: Request) -> WebLogins:
    """The sign-ins in progress, created on first use."""
    logins: WebLogins | None = getattr(request.app.state, "google_logins", None)
    if logins is None:
        logins = request.app.state.google_logins = WebLogins()
    return logins


def _page(title: str, message: str, status: int = 200, *, retry: bool = False) -> HTMLResponse:
    again = f'<p><a href="{START_PATH}">Connect again</a></p>' if retry else ""
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} · followup</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;"
        "padding:0 1rem}</style></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>{again}</body></html>"
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
    redirect_uri = f"{settings.base_url}{CALLBACK_PATH}"
    url = web_logins(request).begin(config, redirect_uri)
    return RedirectResponse(url, status_code=303, headers={"Cache-Control": "no-store"})


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
    if account.needs_reauth:
        return _page("Connected, with missing permissions", account.reauth_reason or "", 200)
    return _page("Connected", f"Connected {account.email}. You can close this tab.")
