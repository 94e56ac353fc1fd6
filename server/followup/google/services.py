"""The one place that builds Google service objects, and how they retry.

`FOLLOWUP_GOOGLE_ENDPOINT` sends both APIs elsewhere (the sandbox). Discovery
documents are the ones bundled with google-api-python-client, so building a
service needs no network. httplib2 is not thread-safe: build one service per
thread and never share it.

Retries live here, under the client, instead of in the client's own `num_retries`:
the client ignores `Retry-After` and cannot tell a read from a write. A read is
retried on 429 (or a 403 whose reason is a rate limit), 5xx, a timeout or a dropped
connection; a write only on those rate limits (Google says it did nothing). A write
whose answer was lost is not repeated: the next tick finds what it made (see drafting.py).
"""

from __future__ import annotations

import http.client
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import google.auth.exceptions
import httplib2

if TYPE_CHECKING:
    from followup.config import Settings
    from followup.google.budget import RequestBudget

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD"})
# What httplib2 raises when an answer never comes or comes cut short, and what google-auth
# raises when that happens to a token refresh.
TRANSIENT_ERRORS = (
    OSError,
    http.client.HTTPException,
    httplib2.HttpLib2Error,
    google.auth.exceptions.TransportError,
)


def describe_failure(exc: BaseException) -> str:
    """A failed Google call for the logs: its status or its kind, never its text (Google's
    errors quote the request URL, whose Gmail search may name a person)."""
    status = getattr(getattr(exc, "resp", None), "status", None)
    return (
        f"Google answered {status}" if status else f"Google did not answer ({type(exc).__name__})"
    )


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 3
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 60.0
    timeout_seconds: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    # The deployment's request budget (google/budget.py): every attempt takes one first.
    budget: RequestBudget | None = field(default=None, compare=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        from followup.google.budget import request_budget

        return cls(
            retries=settings.google_retries,
            backoff_seconds=settings.google_backoff_seconds,
            max_retry_after_seconds=settings.google_max_retry_after_seconds,
            timeout_seconds=settings.google_timeout_seconds,
            budget=request_budget(settings),
        )

    def backoff(self, attempt: int) -> float:
        """Exponential, with jitter so that several clients do not retry in step."""
        ceiling = self.backoff_seconds * (1 << attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def retry_after(headers: Any, now: datetime | None = None) -> float | None:
    """Seconds from a `Retry-After` header (a number or an HTTP date), or None."""
    value = headers.get("retry-after") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


class RetryingHttp:
    """An httplib2-shaped object that retries what is safe to retry (see the module doc)."""

    def __init__(self, http: Any, policy: RetryPolicy) -> None:
        self._http = http
        self._policy = policy

    def __getattr__(self, name: str) -> Any:  # credentials, timeout, … of the wrapped http
        return getattr(self._http, name)

    def request(self, uri: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
        policy = self._policy
        headers = kwargs.get("headers") or (args[1] if len(args) > 1 else None)
        safe = _method(method, headers) in SAFE_METHODS
        attempt = 0
        while True:
            last = attempt >= policy.retries
            if policy.budget is not None:
                policy.budget.take()  # waits while the deployment's budget is spent
            try:
                response, content = self._http.request(uri, method, *args, **kwargs)
            except TRANSIENT_ERRORS as exc:
                if not safe or last:
                    raise
                wait = policy.backoff(attempt)
                reason = type(exc).__name__
            else:
                status = int(response.status)
                if status == 403 and _rate_limited(content):
                    status = 429  # Google's other way of saying "slow down": nothing was done
                if status not in RETRY_STATUSES or last or (status != 429 and not safe):
                    return response, content
                asked = retry_after(response) if status == 429 else None
                if asked is not None and asked > policy.max_retry_after_seconds:
                    return response, content  # too long to wait inside a tick: next tick
                wait = asked if asked is not None else policy.backoff(attempt)
                reason = str(status)
            log.info("Google %s on %s; retry %d in %.2fs", reason, method, attempt + 1, wait)
            policy.sleep(wait)
            attempt += 1


RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})


def _rate_limited(content: Any) -> bool:
    """A 403 whose reason is a rate limit (Gmail's and Calendar's "Handle errors" guides);
    other 403s (no permission, a quota for the day) are final."""
    try:
        error = json.loads(content).get("error") or {}
        reasons = {str(e.get("reason")) for e in error.get("errors") or []}
    except (ValueError, TypeError, AttributeError):
        return False
    return not reasons.isdisjoint(RATE_LIMIT_REASONS)


def _method(method: str, headers: Any) -> str:
    """The method a request stands for: Google's client sends a long GET as a POST with
    `X-HTTP-Method-Override: GET`, which is still a read."""
    method = method.upper()
    if method == "POST" and headers:
        for name, value in dict(headers).items():
            if str(name).lower() == "x-http-method-override":
                return str(value).strip().upper()
    return method


def _authorized_http(credentials: Any, policy: RetryPolicy) -> RetryingHttp:
    import google_auth_httplib2  # with google-auth's transports: first needed by a tick

    inner = httplib2.Http(timeout=policy.timeout_seconds)
    return RetryingHttp(google_auth_httplib2.AuthorizedHttp(credentials, http=inner), policy)


def build_calendar(
    credentials: Any, endpoint: str | None = None, policy: RetryPolicy | None = None
) -> Any:
    from googleapiclient.discovery import build  # heavy; first needed by a tick, not at start

    options = {"api_endpoint": f"{endpoint}calendar/v3/"} if endpoint else None
    return build(
        "calendar",
        "v3",
        http=_authorized_http(credentials, policy or RetryPolicy()),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )


def build_gmail(
    credentials: Any, endpoint: str | None = None, policy: RetryPolicy | None = None
) -> Any:
    from googleapiclient.discovery import build  # heavy; first needed by a tick, not at start

    options = {"api_endpoint": endpoint} if endpoint else None
    return build(
        "gmail",
        "v1",
        http=_authorized_http(credentials, policy or RetryPolicy()),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )
