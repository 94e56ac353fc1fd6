"""Google's OAuth 2.0 endpoints, enough for google-auth to refresh and for the sign-in flow.

- `POST /token`: `refresh_token` and `authorization_code` grants, answered like Google.
- Admin: mint tokens for a client without the browser dance, expire or revoke them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from followup.sandbox.deps import StateDep

DEFAULT_CLIENT_ID = "sandbox-client.apps.googleusercontent.com"
DEFAULT_CLIENT_SECRET = "sandbox-secret"  # noqa: S105 (the sandbox's well-known fake client)
DEFAULT_SCOPES = (
    "https://www.googleapis.com/auth/calendar.readonly "
    "https://www.googleapis.com/auth/gmail.compose "
    "https://www.googleapis.com/auth/gmail.readonly"
)
ACCESS_TOKEN_SECONDS = 3600


@dataclass
class OAuthStore:
    clients: dict[str, str] = field(
        default_factory=lambda: {DEFAULT_CLIENT_ID: DEFAULT_CLIENT_SECRET}
    )
    # refresh token -> {"client_id", "scope", "revoked"}
    refresh_tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    # access token -> {"client_id", "scope", "expires_at" (ISO 8601)}
    access_tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    # authorization code -> {"client_id", "redirect_uri", "scope", "code_challenge", ...}
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)

    def access_token_valid(self, token: str, now: datetime) -> bool:
        grant = self.access_tokens.get(token)
        return grant is not None and datetime.fromisoformat(grant["expires_at"]) > now

    def issue_access_token(
        self, client_id: str, scope: str, now: datetime, lifetime: int = ACCESS_TOKEN_SECONDS
    ) -> tuple[str, int]:
        token = "ya29.sandbox-" + secrets.token_urlsafe(24)
        expires = now + timedelta(seconds=lifetime)
        self.access_tokens[token] = {
            "client_id": client_id,
            "scope": scope,
            "expires_at": expires.isoformat(),
        }
        return token, lifetime

    def issue_refresh_token(self, client_id: str, scope: str) -> str:
        token = "1//sandbox-" + secrets.token_urlsafe(32)
        self.refresh_tokens[token] = {"client_id": client_id, "scope": scope, "revoked": False}
        return token

    def dump(self) -> dict[str, Any]:
        return {
            "clients": self.clients,
            "refresh_tokens": self.refresh_tokens,
            "access_tokens": self.access_tokens,
            "codes": self.codes,
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> OAuthStore:
        store = cls()
        store.clients.update(data.get("clients", {}))
        store.refresh_tokens = dict(data.get("refresh_tokens", {}))
        store.access_tokens = dict(data.get("access_tokens", {}))
        store.codes = dict(data.get("codes", {}))
        return store


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    """Token-endpoint errors are RFC 6749 shaped, not like API errors."""
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


router = APIRouter(tags=["oauth"])
admin_router = APIRouter(tags=["admin"])


@router.post("/token")
async def token(request: Request, state: StateDep) -> JSONResponse:
    form = await request.form()
    fields = {key: str(value) for key, value in form.items()}
    client_id = fields.get("client_id", "")
    client_secret = fields.get("client_secret", "")
    oauth = state.oauth
    if oauth.clients.get(client_id) != client_secret:
        return oauth_error("invalid_client", "The OAuth client was not found.", 401)
    grant_type = fields.get("grant_type")
    now = state.now()
    if grant_type == "refresh_token":
        grant = oauth.refresh_tokens.get(fields.get("refresh_token", ""))
        if grant is None or grant["revoked"] or grant["client_id"] != client_id:
            return oauth_error("invalid_grant", "Token has been expired or revoked.")
        access, lifetime = oauth.issue_access_token(client_id, grant["scope"], now)
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


def exchange_code(state: Any, fields: dict[str, str], client_id: str) -> JSONResponse:
    """The authorization-code grant (with PKCE when the code was issued with a challenge)."""
    return oauth_error("invalid_grant", "Authorization codes are not supported yet.")


class MintIn(BaseModel):
    client_id: str = DEFAULT_CLIENT_ID
    scope: str = DEFAULT_SCOPES
    expires_in: int = ACCESS_TOKEN_SECONDS


@admin_router.post("/tokens")
async def mint_tokens(body: MintIn, state: StateDep) -> dict[str, Any]:
    """Tokens for a client as if the user had consented: what demos and tests start from."""
    if body.client_id not in state.oauth.clients:
        state.oauth.clients[body.client_id] = DEFAULT_CLIENT_SECRET
    refresh = state.oauth.issue_refresh_token(body.client_id, body.scope)
    access, lifetime = state.oauth.issue_access_token(
        body.client_id, body.scope, state.now(), body.expires_in
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": lifetime,
        "scope": body.scope,
        "client_id": body.client_id,
        "client_secret": state.oauth.clients[body.client_id],
    }


@admin_router.post("/expire")
async def expire_access_tokens(state: StateDep) -> dict[str, Any]:
    """Every access token expires now; refresh tokens still work."""
    past = (state.now() - timedelta(seconds=1)).isoformat()
    for grant in state.oauth.access_tokens.values():
        grant["expires_at"] = past
    return {"expired": len(state.oauth.access_tokens)}


@admin_router.post("/revoke")
async def revoke_all(state: StateDep) -> dict[str, Any]:
    """Every refresh token dies (the next refresh answers invalid_grant), as when a user
    revokes access or a "Testing" app's 7 days run out."""
    for grant in state.oauth.refresh_tokens.values():
        grant["revoked"] = True
    state.oauth.access_tokens.clear()
    return {"revoked": len(state.oauth.refresh_tokens)}
