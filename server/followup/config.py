"""Settings: `FOLLOWUP_*` environment variables, a `.env` file, then defaults.

Nothing here touches the disk except `Settings.ensure_data_dir()`; the rest of
the program derives every path from one `Settings` instance built at the edge
(the CLI or a test) and handed down.
"""

from __future__ import annotations

import ipaddress
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

if TYPE_CHECKING:
    from followup.core.plan import PlanRules

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"  # noqa: S105 (a URL, not a secret)
GOOGLE_AUTH_URI = "https://accounts.google.com/o/oauth2/auth"

# Least privilege: read the calendar, read mail (threads, sent, replies), and
# write drafts. `gmail.compose` also allows sending, but no code path sends.
SCOPES: tuple[str, ...] = (
    "https://www.googleapis.com/auth/calendar.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.readonly",
)

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

# The browser extension's id, pinned by the `key` in extension/manifest.json. The API answers
# CORS for exactly this origin (plus FOLLOWUP_ALLOWED_ORIGINS), never "*".
EXTENSION_ID = "lgpkpdbnbkimnkdlgkncibekialfbppb"
EXTENSION_ORIGIN = f"chrome-extension://{EXTENSION_ID}"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("followup", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FOLLOWUP_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; defaults to a SQLite file in the data directory.",
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8765, ge=1, le=65535)
    allow_remote: bool = Field(
        default=False,
        description="Permit binding to a non-loopback address (the API is then reachable "
        "from the network, protected only by the token).",
    )
    api_token: SecretStr | None = None
    google_endpoint: str | None = Field(
        default=None,
        description="Root URL that both Google APIs and the OAuth endpoints are sent to "
        "(e.g. the sandbox, http://127.0.0.1:8766/). Unset means Google itself.",
    )
    client_secrets_file: Path | None = None
    sync_interval: int = Field(default=300, ge=10, description="Seconds between syncs.")
    sync_days_back: int = Field(default=60, ge=0, le=3650)
    sync_days_ahead: int = Field(default=180, ge=1, le=3650)
    background_sync: bool = Field(default=True, description="Sync on a timer inside `serve`.")
    calendars: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["primary"])
    allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    log_level: str = "INFO"

    # Multi-user mode (docs/DEPLOY.md): many people on one deployment, on PostgreSQL.
    multi_user: bool = Field(
        default=False,
        description="People sign in with Google through this server; each has their own "
        "data, profile, templates and extension tokens. `followup worker` processes tick the "
        "accounts (serve runs no sync loop). Needs PostgreSQL and a Web application OAuth "
        "client whose redirect URI is <public_url>/auth/google/callback.",
    )
    public_url: str | None = Field(
        default=None,
        description="The address people open (e.g. https://followup.example.edu), behind the "
        "reverse proxy; the OAuth redirect is derived from it. Defaults to base_url.",
    )
    allowed_domains: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Multi-user mode: only Google accounts at these domains may sign in "
        "(e.g. example.edu); empty: anyone the OAuth client lets in.",
    )
    google_requests_per_minute: int = Field(
        default=0,
        ge=0,
        description="The project's Google request budget, shared by every process of the "
        "deployment (0: no limit of followup's own).",
    )
    google_budget_window_seconds: float = Field(
        default=60, gt=0, le=3600, description="The budget's window: a minute (tests shorten it)."
    )
    worker_concurrency: int = Field(
        # At most 32: each running tick holds a database connection (db.POOL_OVERFLOW).
        default=4,
        ge=1,
        le=32,
        description="Ticks one `followup worker` runs at once.",
    )

    # Talking to Google (see google/services.py for what is retried).
    google_retries: int = Field(default=3, ge=0, le=10, description="Retries of a failed read.")
    google_backoff_seconds: float = Field(
        default=1.0, ge=0, le=60, description="First backoff; it doubles with each retry."
    )
    google_max_retry_after_seconds: float = Field(
        default=60, ge=0, le=3600, description="Longest Retry-After waited for inside a sync."
    )
    google_timeout_seconds: float = Field(default=30, gt=0, le=600)

    # The follow-up plan (PRODUCT.md's defaults).
    thank_you_after_hours: float = Field(default=1, ge=0, le=24 * 14)
    thank_you_late_hours: float = Field(default=48, gt=0, le=24 * 60)
    thank_you_stale_days: float = Field(default=7, gt=0, le=365)
    check_in_after_days: float = Field(default=7, gt=0, le=365)
    check_ins_max: int = Field(default=2, ge=0, le=10)
    update_every_days: float = Field(default=42, gt=0, le=3650)
    updates_max: int = Field(default=3, ge=0, le=20)
    update_after_rejection_days: float = Field(default=90, gt=0, le=3650)
    feedback_late_hours: float = Field(default=24, gt=0, le=24 * 60)
    word_limit: int = Field(default=150, ge=20, le=2000, description="Brevity limit of a draft.")

    @field_validator(
        "calendars", "allowed_origins", "allowed_hosts", "allowed_domains", mode="before"
    )
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("google_endpoint")
    @classmethod
    def _endpoint_slash(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value if value.endswith("/") else value + "/"

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    # Derived values -----------------------------------------------------

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'followup.db'}"

    @property
    def cors_origins(self) -> list[str]:
        return [EXTENSION_ORIGIN, *(o for o in self.allowed_origins if o != EXTENSION_ORIGIN)]

    @property
    def site_url(self) -> str:
        """Where people reach this server: the public URL, or the address it binds."""
        return (self.public_url or self.base_url).rstrip("/")

    @property
    def token_uri(self) -> str:
        return f"{self.google_endpoint}token" if self.google_endpoint else GOOGLE_TOKEN_URI

    @property
    def auth_uri(self) -> str:
        return f"{self.google_endpoint}o/oauth2/auth" if self.google_endpoint else GOOGLE_AUTH_URI

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def is_loopback(self) -> bool:
        """Only loopback *addresses* (and "localhost"): a name like 127.0.0.1.evil.example
        is resolved by DNS and may be anything."""
        if self.host in LOOPBACK_HOSTS:
            return True
        try:
            return ipaddress.ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False

    def plan_rules(self) -> PlanRules:
        from followup.core.plan import PlanRules

        return PlanRules(
            thank_you_after=timedelta(hours=self.thank_you_after_hours),
            thank_you_late=timedelta(hours=self.thank_you_late_hours),
            thank_you_stale=timedelta(days=self.thank_you_stale_days),
            check_in_after=timedelta(days=self.check_in_after_days),
            check_ins_max=self.check_ins_max,
            update_every=timedelta(days=self.update_every_days),
            updates_max=self.updates_max,
            update_after_rejection_every=timedelta(days=self.update_after_rejection_days),
            feedback_late=timedelta(hours=self.feedback_late_hours),
        )

    def templates_dir(self, account_id: int) -> Path:
        """Where a person's own templates go (one of the same name wins over the bundled one):
        the data directory's `templates/`, or in multi-user mode one folder per account."""
        if self.multi_user:
            return self.data_dir / "accounts" / str(account_id) / "templates"
        return self.data_dir / "templates"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.data_dir
