"""Per-method OAuth scopes, as Google enforces them.

Each Calendar and Gmail method accepts a token holding any one of the scopes its discovery
document lists for it; the documents are the ones bundled with google-api-python-client (the
same the real client is built from), so the sandbox never hand-types a scope list.

And one reported trap (googleapis/google-api-python-client#582, Google issue 115621456): a token
whose scopes include `gmail.metadata` is served as a metadata-only token even when it also holds
broader Gmail scopes, so Gmail refuses `q` on a list and the FULL and RAW formats.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from followup.sandbox.errors import GoogleError

GMAIL_METADATA = "https://www.googleapis.com/auth/gmail.metadata"
DISCOVERY_DOCUMENTS = ("calendar.v3.json", "gmail.v1.json")

# The discovery document says `q` "cannot be used when accessing the api using the
# gmail.metadata scope" on these two; drafts.list is added because it searches the same index.
METADATA_NO_QUERY = frozenset(
    {"gmail.users.messages.list", "gmail.users.threads.list", "gmail.users.drafts.list"}
)
# Methods whose `format` defaults to FULL, which a metadata token may not ask for.
METADATA_FORMATS = frozenset(
    {"gmail.users.messages.get", "gmail.users.threads.get", "gmail.users.drafts.get"}
)

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def _shape(method: str, path: str) -> tuple[str, str]:
    """A route's method and path with every `{name}` made alike, so that the sandbox's
    `/gmail/v1/users/{userId}/drafts/{draftId}` meets the document's `…/drafts/{id}`."""
    return method.upper(), _PLACEHOLDER.sub("{}", "/" + path.lstrip("/"))


@cache
def method_table() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(HTTP method, path shape) -> (discovery method id, the scopes any one of which it takes),
    for plain and media-upload paths."""
    folder = resources.files("googleapiclient") / "discovery_cache" / "documents"
    table: dict[tuple[str, str], tuple[str, frozenset[str]]] = {}
    for name in DISCOVERY_DOCUMENTS:
        document = json.loads((folder / name).read_text(encoding="utf-8"))
        for method in _methods(document):
            entry = (str(method["id"]), frozenset(method.get("scopes", [])))
            http = str(method["httpMethod"])
            table[_shape(http, document["servicePath"] + method["path"])] = entry
            upload = method.get("mediaUpload", {}).get("protocols", {}).get("simple", {})
            if upload.get("path"):
                table[_shape(http, upload["path"])] = entry
    return table


def _methods(resource: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(resource.get("methods", {}).values())
    for child in resource.get("resources", {}).values():
        found.extend(_methods(child))
    return found


def method_for(http_method: str, route_path: str) -> tuple[str, frozenset[str]] | None:
    """The discovery method a sandbox route serves (None for a path Google does not have)."""
    return method_table().get(_shape(http_method, route_path))


def check_scopes(
    http_method: str, route_path: str, granted: set[str], query: dict[str, str]
) -> None:
    """Raise Google's 403 when a token with `granted` scopes may not make this request."""
    method = method_for(http_method, route_path)
    if method is None:
        return
    method_id, accepted = method
    if granted.isdisjoint(accepted):
        raise GoogleError(
            403,
            "Request had insufficient authentication scopes.",
            "insufficientPermissions",
            headers={
                "WWW-Authenticate": (
                    'Bearer realm="https://accounts.google.com/", error="insufficient_scope", '
                    f'scope="{" ".join(sorted(accepted))}"'
                )
            },
            extra={"message": "Insufficient Permission"},  # Google's words in `errors[]`
        )
    if GMAIL_METADATA not in granted:
        return
    if method_id in METADATA_NO_QUERY and "q" in query:
        raise GoogleError(403, "Metadata scope does not support 'q' parameter", "forbidden")
    fmt = query.get("format", "full").lower()
    if method_id in METADATA_FORMATS and fmt in ("full", "raw"):
        raise GoogleError(403, f"Metadata scope doesn't allow format {fmt.upper()}", "forbidden")
