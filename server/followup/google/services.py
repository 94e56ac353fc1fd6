"""The one place that builds Google service objects.

`FOLLOWUP_GOOGLE_ENDPOINT` sends both APIs elsewhere (the sandbox). Discovery
documents are the ones bundled with google-api-python-client, so building a
service needs no network. httplib2 is not thread-safe: build one service per
thread and never share it.
"""

from __future__ import annotations

from typing import Any

import google_auth_httplib2
import httplib2
from googleapiclient.discovery import build

HTTP_TIMEOUT_SECONDS = 30


def _authorized_http(credentials: Any) -> Any:
    return google_auth_httplib2.AuthorizedHttp(
        credentials, http=httplib2.Http(timeout=HTTP_TIMEOUT_SECONDS)
    )


def build_calendar(credentials: Any, endpoint: str | None = None) -> Any:
    options = {"api_endpoint": f"{endpoint}calendar/v3/"} if endpoint else None
    return build(
        "calendar",
        "v3",
        http=_authorized_http(credentials),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )


def build_gmail(credentials: Any, endpoint: str | None = None) -> Any:
    options = {"api_endpoint": endpoint} if endpoint else None
    return build(
        "gmail",
        "v1",
        http=_authorized_http(credentials),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )
