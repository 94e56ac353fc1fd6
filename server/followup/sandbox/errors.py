"""Errors in the shape Google's APIs answer them, so the real client raises `HttpError` as usual."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    410: "GONE",
    412: "FAILED_PRECONDITION",
    413: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

DEFAULT_REASONS = {
    400: "invalid",
    401: "authError",
    403: "forbidden",
    404: "notFound",
    409: "duplicate",
    410: "deleted",
    429: "rateLimitExceeded",
    500: "backendError",
    503: "backendError",
}

DEFAULT_MESSAGES = {
    400: "Bad Request",
    401: "Request had invalid authentication credentials.",
    403: "Forbidden",
    404: "Not Found",
    410: "Gone",
    429: "Rate Limit Exceeded",
    500: "Backend Error",
    503: "The service is currently unavailable.",
}


class GoogleError(Exception):
    def __init__(
        self,
        code: int,
        message: str | None = None,
        reason: str | None = None,
        *,
        domain: str = "global",
        headers: dict[str, str] | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.code = code
        self.message = message or DEFAULT_MESSAGES.get(code, "Error")
        self.reason = reason or DEFAULT_REASONS.get(code, "unknown")
        self.domain = domain
        self.headers = headers or {}
        self.extra = extra or {}
        super().__init__(f"{code} {self.reason}: {self.message}")

    def body(self) -> dict[str, Any]:
        detail: dict[str, str] = {
            "message": self.message,
            "domain": self.domain,
            "reason": self.reason,
            **self.extra,
        }
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [detail],
                "status": STATUS_NAMES.get(self.code, "UNKNOWN"),
            }
        }

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.code, headers=self.headers)


def bad_request(message: str) -> GoogleError:
    return GoogleError(400, message, "invalid")


def not_found(message: str = "Not Found") -> GoogleError:
    return GoogleError(404, message, "notFound")
