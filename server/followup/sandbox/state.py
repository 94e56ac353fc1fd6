"""The sandbox's whole world: its users (each with calendars and a mailbox), the OAuth grants
they gave, and the global things (clock, request log, faults, chaos).

All handlers are `async def` and never await while mutating, so the event loop
serialises every change: no locks needed.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from followup.sandbox.calendar import CalendarStore
from followup.sandbox.gmail import GmailStore
from followup.sandbox.oauth import OAuthStore
from followup.sandbox.users import (
    DEFAULT_NAME,
    DEFAULT_USER,
    SandboxUser,
    check_address,
    check_name,
    name_from_address,
)

# What chaos can do to a Google API request (see docs/sandbox.md, "Chaos"):
# 429 (with a short Retry-After), 500, 503: answered at once, nothing done;
# timeout: done, but answered only after longer than the client waits;
# drop: done, then the connection is cut in the middle of the answer;
# lost: done, then answered 503 (a fault's `after_effect`);
# 401: the request's access token is expired first, so the client must refresh.
# "403" is Google's other rate limit: 403 with reason userRateLimitExceeded.
ChaosKind = Literal["429", "403", "500", "503", "timeout", "drop", "lost", "401"]
CHAOS_KINDS: tuple[ChaosKind, ...] = (
    "429",
    "403",
    "500",
    "503",
    "timeout",
    "drop",
    "lost",
    "401",
)


@dataclass
class RequestRecord:
    method: str
    path: str
    query: str
    status: int
    at: str
    chaos: str | None = None  # the chaos kind done to it, if any
    user: str | None = None  # the bearer token's user, if the token is one the sandbox issued

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "status": self.status,
            "at": self.at,
            "chaos": self.chaos,
            "user": self.user,
        }


@dataclass
class Fault:
    """An injected failure: the next `times` requests matching `match` get `status`."""

    match: str
    status: int
    times: int = 1
    retry_after: float | None = None
    after_effect: bool = False
    reason: str | None = None  # the error's reason; None: Google's usual one for the status
    id: int = 0
    pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.pattern = re.compile(self.match)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "match": self.match,
            "status": self.status,
            "times": self.times,
            "retry_after": self.retry_after,
            "after_effect": self.after_effect,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ChaosFault:
    """What chaos drew for one request."""

    kind: str
    retry_after: float | None = None  # seconds, for a 429


@dataclass
class Chaos:
    """Random faults on a fraction `rate` of the Google API requests matching `match`.

    Reproducible: one seeded generator, three draws per eligible request whatever the
    outcome, so the same requests in the same order meet the same faults."""

    rate: float
    seed: int
    kinds: tuple[str, ...] = CHAOS_KINDS
    match: str | None = None
    retry_after_max: float = 1.0
    timeout_seconds: float = 5.0
    active: bool = True
    requests: int = 0
    injected: dict[str, int] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = field(init=False, repr=False)
    _random: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = [kind for kind in self.kinds if kind not in CHAOS_KINDS]
        if unknown or not self.kinds:
            raise ValueError(f"kinds must be some of {', '.join(CHAOS_KINDS)}; got {unknown}")
        self.kinds = tuple(dict.fromkeys(self.kinds))
        self.pattern = re.compile(self.match) if self.match is not None else None
        self.injected = dict.fromkeys(self.kinds, 0)
        self._random = random.Random(self.seed)

    def draw(self, method: str, path: str) -> ChaosFault | None:
        """The fault for this request, or None (counted either way when it is eligible)."""
        if not self.active:
            return None
        if self.pattern is not None and not self.pattern.search(f"{method} {path}"):
            return None
        self.requests += 1
        roll, pick, wait = (self._random.random() for _ in range(3))
        # The token endpoint takes no bearer token: a 401 means nothing there.
        kinds = [k for k in self.kinds if k != "401" or not path.startswith("/token")]
        if roll >= self.rate or not kinds:
            return None
        kind = kinds[int(pick * len(kinds))]
        self.injected[kind] += 1
        retry_after = round(wait * self.retry_after_max, 2) if kind == "429" else None
        return ChaosFault(kind, retry_after)

    def to_dict(self) -> dict[str, Any]:
        return {
            "active": self.active,
            "rate": self.rate,
            "seed": self.seed,
            "kinds": list(self.kinds),
            "match": self.match,
            "retry_after_max": self.retry_after_max,
            "timeout_seconds": self.timeout_seconds,
            "requests": self.requests,
            "injected": dict(self.injected),
            "faults": sum(self.injected.values()),
        }


def _default_users() -> dict[str, SandboxUser]:
    return {DEFAULT_USER: SandboxUser(DEFAULT_USER, DEFAULT_NAME)}


@dataclass
class SandboxState:
    clock_offset: float = 0.0  # seconds added to the wall clock (see POST /_sandbox/clock)
    # By lower-cased address, in the order they came; the first one is the default user, whom
    # every request that names no user (and no token's user) acts on.
    users: dict[str, SandboxUser] = field(default_factory=_default_users)
    oauth: OAuthStore = field(default_factory=OAuthStore)
    requests: list[RequestRecord] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    chaos: Chaos | None = None  # the current (or last stopped) chaos, with its counts
    _fault_ids: int = 0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.clock_offset)

    # Users ----------------------------------------------------------------

    @property
    def default_user(self) -> SandboxUser:
        return next(iter(self.users.values()))

    def find_user(self, email: str) -> SandboxUser | None:
        return self.users.get(email.lower())

    def user(self, email: str | None = None, name: str | None = None) -> SandboxUser:
        """The user with this address (None: the default user), created when new."""
        if email is None:
            return self.default_user
        found = self.users.get(email.lower())
        if found is None:
            found = SandboxUser(
                check_address(email),
                check_name(name) if name else name_from_address(email),
                first_seq=zlib.crc32(email.lower().encode()) & 0xFFFFF,
            )
            self.users[email.lower()] = found
        return found

    def add_users(self, users: list[tuple[str, str | None]]) -> int:
        """Create the users not there yet (existing ones are kept as they are): how many."""
        for email, name in users:  # all or nothing
            check_address(email)
            check_name(name or "")
        before = len(self.users)
        for email, name in users:
            self.user(email, name)
        return len(self.users) - before

    # The default user's world, by its old names (one user was all there was).

    @property
    def user_email(self) -> str:
        return self.default_user.email

    @property
    def user_name(self) -> str:
        return self.default_user.name

    @property
    def time_zone(self) -> str:
        return self.default_user.time_zone

    @property
    def calendar(self) -> CalendarStore:
        return self.default_user.calendar

    @calendar.setter
    def calendar(self, store: CalendarStore) -> None:
        self.default_user.calendar = store

    @property
    def gmail(self) -> GmailStore:
        return self.default_user.gmail

    @gmail.setter
    def gmail(self, store: GmailStore) -> None:
        self.default_user.gmail = store

    # Faults ---------------------------------------------------------------

    def add_fault(self, fault: Fault) -> Fault:
        self._fault_ids += 1
        fault.id = self._fault_ids
        self.faults.append(fault)
        return fault

    def take_fault(self, method: str, path: str) -> Fault | None:
        """The first armed fault matching `METHOD /path`, with one use consumed."""
        key = f"{method} {path}"
        for fault in self.faults:
            if fault.pattern.search(key):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def draw_chaos(self, method: str, path: str) -> ChaosFault | None:
        return self.chaos.draw(method, path) if self.chaos is not None else None

    def invalidate_access_token(self, token: str) -> bool:
        """Expire one access token now (its refresh token still works). True if it was live."""
        grant = self.oauth.access_tokens.get(token)
        if grant is None:
            return False
        now = self.now()
        live = datetime.fromisoformat(grant["expires_at"]) > now
        grant["expires_at"] = (now - timedelta(seconds=1)).isoformat()
        return live

    # Lifecycle ------------------------------------------------------------

    def reset(self) -> None:
        """Back to an empty world with only the default user. Its OAuth grants survive so
        connected clients stay connected; the other users go, with their grants."""
        default = self.default_user
        self.oauth.forget_users_except(default.email)
        fresh = SandboxState(
            users={default.email.lower(): SandboxUser(default.email, default.name)},
            oauth=self.oauth,
        )
        self.__dict__.update(fresh.__dict__)
        self.calendar.invalidate_tokens()

    def dump(self) -> dict[str, Any]:
        # The default user keeps the top-level keys of the one-user files; the others follow.
        default, *others = self.users.values()
        return {
            "user_email": default.email,
            "user_name": default.name,
            "time_zone": default.time_zone,
            "clock_offset": self.clock_offset,
            "calendar": default.calendar.dump(),
            "gmail": default.gmail.dump(),
            "oauth": self.oauth.dump(),
            "users": [user.dump() for user in others],
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> SandboxState:
        default = SandboxUser.load(
            {
                "email": data.get("user_email", DEFAULT_USER),
                "name": data.get("user_name", DEFAULT_NAME),
                "time_zone": data.get("time_zone", "UTC"),
                "calendar": data.get("calendar", {}),
                "gmail": data.get("gmail", {}),
            }
        )
        users = [default, *(SandboxUser.load(item) for item in data.get("users", []))]
        state = cls(
            clock_offset=float(data.get("clock_offset", 0.0)),
            users={user.email.lower(): user for user in users},
            oauth=OAuthStore.load(data.get("oauth", {}), default_user=default.email),
        )
        return state

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-save leaves the previous file intact."""
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.dump(), indent=1, sort_keys=True), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def from_file(cls, path: Path) -> SandboxState:
        if not path.exists():
            return cls()
        return cls.load(json.loads(path.read_text(encoding="utf-8")))
