"""The sandbox's whole world: one calendar owner's events, mailbox and OAuth grants.

All handlers are `async def` and never await while mutating, so the event loop
serialises every change: no locks needed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from followup.sandbox.calendar import CalendarStore
from followup.sandbox.gmail import GmailStore
from followup.sandbox.oauth import OAuthStore

DEFAULT_USER = "candidate@example.com"


@dataclass
class RequestRecord:
    method: str
    path: str
    query: str
    status: int
    at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "status": self.status,
            "at": self.at,
        }


@dataclass
class Fault:
    """An injected failure: the next `times` requests matching `match` get `status`."""

    match: str
    status: int
    times: int = 1
    retry_after: float | None = None
    after_effect: bool = False
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
        }


@dataclass
class SandboxState:
    user_email: str = DEFAULT_USER
    user_name: str = "Casey Candidate"
    time_zone: str = "UTC"
    clock_offset: float = 0.0  # seconds added to the wall clock (see POST /_sandbox/clock)
    calendar: CalendarStore = field(default_factory=CalendarStore)
    gmail: GmailStore = field(default_factory=GmailStore)
    oauth: OAuthStore = field(default_factory=OAuthStore)
    requests: list[RequestRecord] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    _fault_ids: int = 0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.clock_offset)

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

    # Lifecycle ------------------------------------------------------------

    def reset(self) -> None:
        """Back to an empty world. OAuth grants survive so connected clients stay connected."""
        oauth = self.oauth
        fresh = SandboxState(user_email=self.user_email, user_name=self.user_name)
        self.__dict__.update(fresh.__dict__)
        self.oauth = oauth
        self.calendar.invalidate_tokens()

    def dump(self) -> dict[str, Any]:
        return {
            "user_email": self.user_email,
            "user_name": self.user_name,
            "time_zone": self.time_zone,
            "clock_offset": self.clock_offset,
            "calendar": self.calendar.dump(),
            "gmail": self.gmail.dump(),
            "oauth": self.oauth.dump(),
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> SandboxState:
        state = cls(
            user_email=data.get("user_email", DEFAULT_USER),
            user_name=data.get("user_name", "Casey Candidate"),
            time_zone=data.get("time_zone", "UTC"),
            clock_offset=float(data.get("clock_offset", 0.0)),
        )
        state.calendar = CalendarStore.load(data.get("calendar", {}))
        state.gmail = GmailStore.load(data.get("gmail", {}))
        state.oauth = OAuthStore.load(data.get("oauth", {}))
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
