"""FastAPI dependencies shared by the sandbox's routers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from followup.sandbox.errors import GoogleError

if TYPE_CHECKING:
    from followup.sandbox.state import SandboxState


def get_state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


StateDep = Annotated["SandboxState", Depends(get_state)]


def require_token(request: Request) -> None:
    """Google APIs answer 401 unless the bearer token is one the sandbox issued and is live."""
    state = get_state(request)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not state.oauth.access_token_valid(token, state.now()):
        raise GoogleError(
            401,
            "Request had invalid authentication credentials. Expected OAuth 2 access token, "
            "login cookie or other valid authentication credential.",
            "authError",
            headers={"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
            extra={"location": "Authorization", "locationType": "header"},
        )


Authorized = Depends(require_token)
