"""FastAPI dependencies shared by the sandbox's routers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Query, Request

from followup.sandbox.errors import GoogleError
from followup.sandbox.scopes import check_scopes

if TYPE_CHECKING:
    from followup.sandbox.state import SandboxState
    from followup.sandbox.users import SandboxUser


def get_state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


StateDep = Annotated["SandboxState", Depends(get_state)]


def require_token(request: Request) -> SandboxUser:
    """Google APIs answer 401 unless the bearer token is one the sandbox issued and is live,
    and 403 unless its scopes allow the method (`scopes.check_scopes`). The request acts on
    the token's user, whom this answers."""
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
    grant = state.oauth.access_tokens[token]
    check_scopes(
        request.method,
        route_template(request),
        set(str(grant.get("scope", "")).split()),
        dict(request.query_params),
    )
    return state.user(grant["user"])


def admin_user(
    request: Request,
    user: Annotated[
        str | None, Query(description="An address (default: the default user; new: created).")
    ] = None,
) -> SandboxUser:
    """The user an admin route acts on: `?user=<address>`, else the default user."""
    return get_state(request).user(user)


def route_template(request: Request) -> str:
    """The matched route's path template with its router's prefix (`/gmail/v1/users/{userId}/
    drafts`): FastAPI's route knows only the part after the prefix, so the prefix is read from
    the raw path (where an encoded `/` in an id stays one segment)."""
    route = request.scope.get("route")
    template = str(getattr(route, "path", ""))
    raw = request.scope.get("raw_path") or request.url.path.encode()
    segments = raw.decode("latin-1").split("?")[0].split("/")
    prefix = "/".join(segments[: len(segments) - len(template.split("/")) + 1])
    return prefix + template


Authorized = Depends(require_token)
TokenUser = Annotated["SandboxUser", Depends(require_token)]
AdminUser = Annotated["SandboxUser", Depends(admin_user)]
