"""Google's OAuth 2.0 endpoints: the consent screen, the token endpoint, and an admin API.

- `GET /o/oauth2/auth`: the consent page ("Allow" / "Deny"), posting to `/o/oauth2/approve`,
  which redirects back to the client with `code` (or `error=access_denied`).
- `POST /token`: `authorization_code` (with PKCE) and `refresh_token` grants, answered like Google.
- Admin: register clients, mint tokens without the browser dance, expire or revoke them.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal
from urllib.parse import unquote_plus, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from followup.sandbox.deps import StateDep
from followup.sandbox.users import DEFAULT_USER, is_address, name_from_address

DEFAULT_CLIENT_ID = "sandbox-client.apps.googleusercontent.com"
DEFAULT_CLIENT_SECRET = "sandbox-secret"  # noqa: S105 (the sandbox's well-known fake client)
DEFAULT_SCOPES = (
    "https://www.googleapis.com/auth/calendar.readonly "
    "https://www.googleapis.com/auth/gmail.compose "
    "https://www.googleapis.com/auth/gmail.readonly"
)
ACCESS_TOKEN_SECONDS = 3600
CODE_SECONDS = 600
LOOPBACK_REDIRECT_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
PKCE_METHODS = frozenset({"S256", "plain"})

# What the consent page says each scope allows (Google's own wording, roughly).
SCOPE_DESCRIPTIONS = {
    "https://www.googleapis.com/auth/calendar.readonly": (
        "See and download any calendar you can access using your Google Calendar"
    ),
    "https://www.googleapis.com/auth/gmail.compose": "Manage drafts and send emails",
    "https://www.googleapis.com/auth/gmail.readonly": "View your email messages and settings",
}


def sandbox_client_config(endpoint: str) -> dict[str, Any]:
    """A client-secrets dict ("installed" app) for the sandbox's built-in client at `endpoint`,
    in the shape Google Cloud Console downloads (`followup auth --client-secrets` accepts it)."""
    root = endpoint if endpoint.endswith("/") else endpoint + "/"
    return {
        "installed": {
            "client_id": DEFAULT_CLIENT_ID,
            "project_id": "followup-sandbox",
            "auth_uri": f"{root}o/oauth2/auth",
            "token_uri": f"{root}token",
            "client_secret": DEFAULT_CLIENT_SECRET,
            "redirect_uris": ["http://localhost"],
        }
    }


def is_loopback_redirect(uri: str) -> bool:
    """http://127.0.0.1:*, http://localhost:*, http://[::1]:* (any port and path), as Google
    allows for installed apps."""
    try:
        parts = urlsplit(uri)
        _ = parts.port  # raises ValueError for a malformed port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in LOOPBACK_REDIRECT_HOSTS
        and not parts.username
        and not parts.password
        and not parts.fragment
    )


def pkce_matches(verifier: str, challenge: str, method: str) -> bool:
    if not 43 <= len(verifier) <= 128:
        return False
    if method == "S256":
        digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
        expected = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    else:
        expected = verifier
    return secrets.compare_digest(expected.encode(), challenge.encode())


@dataclass
class OAuthStore:
    # client id -> client secret
    clients: dict[str, str] = field(
        default_factory=lambda: {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET}
    )
    # client id -> redirect URIs registered for it (loopback ones are allowed to "installed")
    redirect_uris: dict[str, list[str]] = field(default_factory=dict)
    # client id -> its type as a client-secrets file names it: "installed" (Desktop app, any
    # loopback port) or "web" (Web application, registered URIs only); absent: "installed"
    client_types: dict[str, str] = field(default_factory=dict)
    # Every grant names the "user" (an address) it was given by: its tokens act on that user.
    # refresh token -> {"client_id", "scope", "revoked", "user"}
    refresh_tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    # access token -> {"client_id", "scope", "expires_at" (ISO 8601), "user"}
    access_tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    # authorization code -> {"client_id", "redirect_uri", "scope", "access_type",
    #                        "code_challenge", "code_challenge_method", "expires_at", "user"}
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def access_token_valid(self, token: str, now: datetime) -> bool:
        grant = self.access_tokens.get(token)
        return grant is not None and datetime.fromisoformat(grant["expires_at"]) > now

    def user_of(self, access_token: str) -> str | None:
        """The user an access token was issued for (expired or not), or None."""
        grant = self.access_tokens.get(access_token)
        return str(grant["user"]) if grant is not None else None

    def issue_access_token(
        self,
        client_id: str,
        scope: str,
        now: datetime,
        lifetime: int = ACCESS_TOKEN_SECONDS,
        *,
        user: str,
    ) -> tuple[str, int]:
        token = "ya29.sandbox-" + secrets.token_urlsafe(24)
        expires = now + timedelta(seconds=lifetime)
        self.access_tokens[token] = {
            "client_id": client_id,
            "scope": scope,
            "expires_at": expires.isoformat(),
            "user": user,
        }
        return token, lifetime

    def issue_refresh_token(self, client_id: str, scope: str, *, user: str) -> str:
        token = "1//sandbox-" + secrets.token_urlsafe(32)
        self.refresh_tokens[token] = {
            "client_id": client_id,
            "scope": scope,
            "revoked": False,
            "user": user,
        }
        return token

    def grants_of(self, user: str | None) -> tuple[list[dict[str, Any]], list[str]]:
        """The refresh grants and the access tokens of one user (None: of everyone)."""
        wanted = user.lower() if user is not None else None
        refresh = [
            grant
            for grant in self.refresh_tokens.values()
            if wanted is None or str(grant["user"]).lower() == wanted
        ]
        access = [
            token
            for token, grant in self.access_tokens.items()
            if wanted is None or str(grant["user"]).lower() == wanted
        ]
        return refresh, access

    def forget_users_except(self, user: str) -> None:
        """Drop every token and code of the other users (they no longer exist)."""
        for grants in (self.refresh_tokens, self.access_tokens, self.codes):
            for token in [t for t, g in grants.items() if str(g["user"]).lower() != user.lower()]:
                del grants[token]

    # Clients and codes ------------------------------------------------------

    def register_client(
        self,
        client_id: str,
        client_secret: str,
        redirect_uris: list[str] | None = None,
        client_type: str = "installed",
    ) -> None:
        """Create or replace a client (its secret, registered redirect URIs and type)."""
        self.clients[client_id] = client_secret
        self.redirect_uris[client_id] = list(redirect_uris or [])
        self.client_types[client_id] = client_type

    def client_type(self, client_id: str) -> str:
        return self.client_types.get(client_id, "installed")

    def redirect_allowed(self, client_id: str, redirect_uri: str) -> bool:
        """A Desktop app ("installed") client may use any loopback port; a Web application
        client only the URIs registered for it, exactly (Google: redirect_uri_mismatch)."""
        if redirect_uri in self.redirect_uris.get(client_id, []):
            return True
        return self.client_type(client_id) == "installed" and is_loopback_redirect(redirect_uri)

    def granted_scopes(self, client_id: str, user: str) -> set[str]:
        """Every scope the user has granted this client and not revoked: what Google adds to
        a new grant asked with `include_granted_scopes=true` (incremental authorization)."""
        return {
            scope
            for grant in self.refresh_tokens.values()
            if grant["client_id"] == client_id
            and not grant["revoked"]
            and str(grant["user"]).lower() == user.lower()
            for scope in str(grant["scope"]).split()
        }

    def issue_code(
        self,
        *,
        client_id: str,
        redirect_uri: str,
        scope: str,
        access_type: str,
        code_challenge: str,
        code_challenge_method: str,
        now: datetime,
        user: str,
    ) -> str:
        self._drop_expired_codes(now)
        code = "4/sandbox-" + secrets.token_urlsafe(32)
        self.codes[code] = {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": scope,
            "access_type": access_type,
            "code_challenge": code_challenge,
            "code_challenge_method": code_challenge_method,
            "expires_at": (now + timedelta(seconds=CODE_SECONDS)).isoformat(),
            "user": user,
        }
        return code

    def redeem_code(
        self, code: str, *, client_id: str, redirect_uri: str, code_verifier: str, now: datetime
    ) -> dict[str, Any] | str:
        """The code's grant, or why it is refused. A code is gone after its first use,
        whatever the outcome (so a leaked code cannot be retried with other guesses)."""
        grant = self.codes.pop(code, None)
        if grant is None:
            return "Malformed auth code."  # Google's words for unknown and reused codes
        if datetime.fromisoformat(grant["expires_at"]) <= now:
            return "Auth code expired."
        if grant["client_id"] != client_id:
            return "The auth code was issued to another client."
        if grant["redirect_uri"] != redirect_uri:
            return "redirect_uri does not match the one the code was issued for."
        if grant["code_challenge"]:
            if not code_verifier:
                return "Missing code verifier."
            if not pkce_matches(
                code_verifier, grant["code_challenge"], grant["code_challenge_method"]
            ):
                return "Invalid code verifier."
        return grant

    def _drop_expired_codes(self, now: datetime) -> None:
        for code, grant in list(self.codes.items()):
            if datetime.fromisoformat(grant["expires_at"]) <= now:
                del self.codes[code]

    def dump(self) -> dict[str, Any]:
        return {
            "clients": self.clients,
            "redirect_uris": self.redirect_uris,
            "client_types": self.client_types,
            "refresh_tokens": self.refresh_tokens,
            "access_tokens": self.access_tokens,
            "codes": self.codes,
        }

    @classmethod
    def load(cls, data: dict[str, Any], default_user: str = DEFAULT_USER) -> OAuthStore:
        """`default_user` owns the grants of files written when the sandbox had one user."""
        store = cls()
        store.clients.update(data.get("clients", {}))
        store.redirect_uris = {k: list(v) for k, v in data.get("redirect_uris", {}).items()}
        store.client_types = dict(data.get("client_types", {}))
        store.refresh_tokens = dict(data.get("refresh_tokens", {}))
        store.access_tokens = dict(data.get("access_tokens", {}))
        store.codes = dict(data.get("codes", {}))
        for grants in (store.refresh_tokens, store.access_tokens, store.codes):
            for grant in grants.values():
                grant.setdefault("user", default_user)
        return store


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    """Token-endpoint errors are RFC 6749 shaped, not like API errors."""
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


router = APIRouter(tags=["oauth"])
admin_router = APIRouter(tags=["admin"])


# The consent screen ---------------------------------------------------------

AUTH_PARAMS = (
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "access_type",
    "prompt",
    "code_challenge",
    "code_challenge_method",
    "include_granted_scopes",
    "login_hint",
)

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;"
    "color:#202124}h1{font-size:1.4rem}code{background:#f1f3f4;padding:0 .2rem}"
    "li{margin:.4rem 0}.buttons{display:flex;gap:1rem;margin-top:2rem}"
    "button{font-size:1rem;padding:.5rem 1.5rem;border-radius:4px;border:1px solid #dadce0;"
    "background:#fff;cursor:pointer}button.allow{background:#1a73e8;color:#fff;border:0}"
    ".note{color:#5f6368;font-size:.85rem}"
)


def _html_page(title: str, body: str, status: int = 200) -> HTMLResponse:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>"
    )
    # The consent page must not be framed (clickjacking) nor cached.
    headers = {
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "frame-ancestors 'none'",
        "Cache-Control": "no-store",
    }
    return HTMLResponse(page, status_code=status, headers=headers)


def _error_page(error: str, detail: str) -> HTMLResponse:
    body = (
        "<h1>Access blocked: this request is invalid</h1>"
        f"<p><strong>Error 400: {html.escape(error)}</strong></p>"
        f"<p>{html.escape(detail)}</p>"
        '<p class="note">Google sandbox (followup). No redirect was made.</p>'
    )
    return _html_page("Error 400: " + error, body, 400)


def _check_request(state: Any, params: dict[str, str]) -> HTMLResponse | None:
    """An error page when the authorization request must not be answered with a redirect."""
    client_id = params["client_id"]
    if not client_id or client_id not in state.oauth.clients:
        return _error_page("invalid_client", f"The OAuth client was not found: {client_id!r}.")
    redirect_uri = params["redirect_uri"]
    if not redirect_uri:
        return _error_page("invalid_request", "Missing required parameter: redirect_uri.")
    if not state.oauth.redirect_allowed(client_id, redirect_uri):
        if state.oauth.client_type(client_id) == "web":
            return _error_page(
                "redirect_uri_mismatch",
                f"{client_id} is a Web application client: it may only use the redirect URIs "
                f"registered for it, and {redirect_uri!r} is not one of them. Any loopback port "
                "works only for a Desktop app client.",
            )
        return _error_page(
            "redirect_uri_mismatch",
            f"The redirect URI {redirect_uri!r} is not a loopback address "
            "(http://127.0.0.1:PORT, http://localhost:PORT, http://[::1]:PORT) "
            "and is not registered for this client.",
        )
    if params["response_type"] != "code":
        return _error_page(
            "unsupported_response_type",
            f"Unsupported response_type {params['response_type']!r}: only 'code' is supported.",
        )
    if not params["scope"].split():
        return _error_page("invalid_request", "Missing required parameter: scope.")
    if params["code_challenge"] and params["code_challenge_method"] not in PKCE_METHODS:
        return _error_page(
            "invalid_request",
            f"Invalid code_challenge_method {params['code_challenge_method']!r} "
            "(use S256 or plain).",
        )
    if params["access_type"] not in ("", "online", "offline"):
        return _error_page("invalid_request", f"Invalid access_type {params['access_type']!r}.")
    hint = params["login_hint"]
    if hint and not is_address(hint):
        return _error_page(
            "invalid_request",
            f"login_hint {hint[:80]!r} is not an e-mail address: the sandbox signs users in by "
            "their address (leave login_hint out for the default user).",
        )
    return None


def _params(source: Any) -> dict[str, str]:
    params = {name: str(source.get(name, "") or "") for name in AUTH_PARAMS}
    if params["code_challenge"] and not params["code_challenge_method"]:
        params["code_challenge_method"] = "plain"  # RFC 7636's default
    return params


def _with_query(uri: str, query: dict[str, str]) -> str:
    return uri + ("&" if urlsplit(uri).query else "?") + urlencode(query)


@router.get("/o/oauth2/auth", response_class=HTMLResponse, summary="Consent screen")
async def consent_page(request: Request, state: StateDep) -> Response:
    params = _params(request.query_params)
    problem = _check_request(state, params)
    if problem is not None:
        return problem
    # Google's login_hint picks the account; an unknown one is created only on "Allow".
    hint = params["login_hint"]
    user = state.find_user(hint) if hint else state.default_user
    name, email = (user.name, user.email) if user is not None else (name_from_address(hint), hint)
    e = html.escape
    scopes = "".join(
        f"<li>{e(SCOPE_DESCRIPTIONS.get(scope, scope))}<br><code>{e(scope)}</code></li>"
        for scope in params["scope"].split()
    )
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{e(value)}">' for name, value in params.items()
    )
    offline = (
        "<p>It will keep this access when you are not using it (offline access).</p>"
        if params["access_type"] == "offline"
        else ""
    )
    body = (
        f"<h1><code>{e(params['client_id'])}</code> wants to access your Google Account</h1>"
        f"<p>Signed in as <strong>{e(name)}</strong> &lt;{e(email)}&gt;</p>"
        f"<p>This will allow it to:</p><ul>{scopes}</ul>{offline}"
        f'<form method="post" action="/o/oauth2/approve">{hidden}'
        '<div class="buttons">'
        '<button type="submit" name="decision" value="deny">Deny</button>'
        '<button type="submit" name="decision" value="allow" class="allow">Allow</button>'
        "</div></form>"
        f'<p class="note">Google sandbox (followup). You will be sent back to '
        f"<code>{e(params['redirect_uri'])}</code>.</p>"
    )
    return _html_page("Sign in - Google Accounts (sandbox)", body)


@router.post("/o/oauth2/approve", summary="The consent screen's Allow / Deny")
async def approve(request: Request, state: StateDep) -> Response:
    form = await request.form()
    params = _params(form)
    # The form's fields came back from the browser: check them all again.
    problem = _check_request(state, params)
    if problem is not None:
        return problem
    back: dict[str, str] = {}
    if str(form.get("decision", "")) == "allow":
        user = state.user(params["login_hint"] or None)
        scopes = list(dict.fromkeys(params["scope"].split()))
        if params["include_granted_scopes"] == "true":  # earlier grants ride along
            earlier = state.oauth.granted_scopes(params["client_id"], user.email)
            scopes += sorted(earlier - set(scopes))
        back["code"] = state.oauth.issue_code(
            client_id=params["client_id"],
            redirect_uri=params["redirect_uri"],
            scope=" ".join(scopes),
            access_type=params["access_type"] or "online",
            code_challenge=params["code_challenge"],
            code_challenge_method=params["code_challenge_method"],
            now=state.now(),
            user=user.email,
        )
        back["scope"] = " ".join(scopes)
    else:
        back["error"] = "access_denied"
    if params["state"]:
        back["state"] = params["state"]
    # 302 (not FastAPI's default 307): the browser must GET the redirect URI.
    return RedirectResponse(_with_query(params["redirect_uri"], back), status_code=302)


# The token endpoint -----------------------------------------------------------


@router.post("/token")
async def token(request: Request, state: StateDep) -> JSONResponse:
    form = await request.form()
    fields = {key: str(value) for key, value in form.items()}
    client_id, client_secret = client_credentials(request, fields)
    oauth = state.oauth
    known = oauth.clients.get(client_id)
    if known is None or not secrets.compare_digest(known.encode(), client_secret.encode()):
        return oauth_error("invalid_client", "The OAuth client was not found.", 401)
    grant_type = fields.get("grant_type")
    now = state.now()
    if grant_type == "refresh_token":
        grant = oauth.refresh_tokens.get(fields.get("refresh_token", ""))
        if grant is None or grant["revoked"] or grant["client_id"] != client_id:
            return oauth_error("invalid_grant", "Token has been expired or revoked.")
        access, lifetime = oauth.issue_access_token(
            client_id, grant["scope"], now, user=grant["user"]
        )
        return JSONResponse(
            {
                "access_token": access,
                "expires_in": lifetime,
                "scope": grant["scope"],
                "token_type": "Bearer",
            }
        )
    if grant_type == "authorization_code":
        return exchange_code(state, fields, client_id)
    return oauth_error("unsupported_grant_type", f"Invalid grant_type: {grant_type}")


def client_credentials(request: Request, fields: dict[str, str]) -> tuple[str, str]:
    """The client's id and secret, from the form (client_secret_post) or, as Google also
    accepts, an `Authorization: Basic` header (client_secret_basic, what requests-oauthlib
    sends)."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic" and value:
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except ValueError:
            return "", ""
        client_id, _, client_secret = decoded.partition(":")
        # RFC 6749 §2.3.1 form-encodes both before base64; most clients do not bother.
        return unquote_plus(client_id), unquote_plus(client_secret)
    return fields.get("client_id", ""), fields.get("client_secret", "")


def exchange_code(state: Any, fields: dict[str, str], client_id: str) -> JSONResponse:
    """The authorization-code grant (with PKCE when the code was issued with a challenge)."""
    now = state.now()
    grant = state.oauth.redeem_code(
        fields.get("code", ""),
        client_id=client_id,
        redirect_uri=fields.get("redirect_uri", ""),
        code_verifier=fields.get("code_verifier", ""),
        now=now,
    )
    if isinstance(grant, str):
        return oauth_error("invalid_grant", grant)
    access, lifetime = state.oauth.issue_access_token(
        client_id, grant["scope"], now, user=grant["user"]
    )
    answer: dict[str, Any] = {
        "access_token": access,
        "expires_in": lifetime,
        "scope": grant["scope"],
        "token_type": "Bearer",
    }
    if grant["access_type"] == "offline":
        answer["refresh_token"] = state.oauth.issue_refresh_token(
            client_id, grant["scope"], user=grant["user"]
        )
    return JSONResponse(answer, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


# Admin ------------------------------------------------------------------------


class ClientIn(BaseModel):
    client_id: str = Field(min_length=1)
    client_secret: str = Field(min_length=1)
    redirect_uris: list[str] = Field(default_factory=list)
    client_type: Literal["installed", "web"] = "installed"


@admin_router.post("/clients")
async def register_client(body: ClientIn, state: StateDep) -> dict[str, Any]:
    """Register (or replace) an OAuth client. A Desktop app ("installed", the default) may use
    any loopback redirect URI; a Web application ("web") only the ones listed."""
    state.oauth.register_client(
        body.client_id, body.client_secret, body.redirect_uris, body.client_type
    )
    return {
        "client_id": body.client_id,
        "redirect_uris": body.redirect_uris,
        "client_type": body.client_type,
    }


class MintIn(BaseModel):
    client_id: str = DEFAULT_CLIENT_ID
    scope: str = DEFAULT_SCOPES
    expires_in: int = ACCESS_TOKEN_SECONDS
    user: str | None = Field(default=None, description="Whose tokens (default: the default user).")


@admin_router.post("/tokens")
async def mint_tokens(body: MintIn, state: StateDep) -> dict[str, Any]:
    """Tokens for a client as if the user had consented: what demos and tests start from.
    An unknown `user` is created."""
    user = state.user(body.user)
    if body.client_id not in state.oauth.clients:
        state.oauth.clients[body.client_id] = DEFAULT_CLIENT_SECRET
    refresh = state.oauth.issue_refresh_token(body.client_id, body.scope, user=user.email)
    access, lifetime = state.oauth.issue_access_token(
        body.client_id, body.scope, state.now(), body.expires_in, user=user.email
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": lifetime,
        "scope": body.scope,
        "client_id": body.client_id,
        "client_secret": state.oauth.clients[body.client_id],
        "user": user.email,
    }


UserQuery = Annotated[
    str | None, Query(description="Only this user's tokens (default: every user's).")
]


@admin_router.post("/expire")
async def expire_access_tokens(state: StateDep, user: UserQuery = None) -> dict[str, Any]:
    """Every access token (of `user`, when given) expires now; refresh tokens still work."""
    past = (state.now() - timedelta(seconds=1)).isoformat()
    _, tokens = state.oauth.grants_of(user)
    for token in tokens:
        state.oauth.access_tokens[token]["expires_at"] = past
    return {"expired": len(tokens)}


@admin_router.post("/revoke")
async def revoke_all(state: StateDep, user: UserQuery = None) -> dict[str, Any]:
    """Every refresh token (of `user`, when given) dies (the next refresh answers
    invalid_grant) and its access tokens go, as when a user revokes access or a "Testing"
    app's 7 days run out."""
    grants, tokens = state.oauth.grants_of(user)
    for grant in grants:
        grant["revoked"] = True
    for token in tokens:
        del state.oauth.access_tokens[token]
    return {"revoked": len(grants)}
