"""The sandbox's users: Google accounts, each with its calendars and mailbox.

The first one, `candidate@example.com`, is the default user: every admin request that names no
`?user=` acts on it. Google API requests act on their access token's user. See docs/sandbox.md,
"Many users".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from followup.sandbox.calendar import CalendarStore
from followup.sandbox.deps import StateDep
from followup.sandbox.errors import bad_request
from followup.sandbox.gmail import GmailStore

DEFAULT_USER = "candidate@example.com"
DEFAULT_NAME = "Casey Candidate"


def is_address(text: str) -> bool:
    """Enough of an e-mail address to name a user by (the sandbox keys users by it)."""
    local, at, domain = text.partition("@")
    return (
        bool(local and at and domain)
        and "@" not in domain
        and len(text) <= 254
        and not any(char.isspace() or not char.isprintable() for char in text)
    )


def check_address(email: str) -> str:
    if not is_address(email):
        raise bad_request(
            f"Not an e-mail address: {email[:80]!r}. A sandbox user is named by its address, "
            "like ada@uni.example."
        )
    return email


def check_name(name: str) -> str:
    """A display name goes into From headers: one printable line."""
    if not name.isprintable() or len(name) > 200:
        raise bad_request(
            f"A user's name is one printable line of at most 200 characters: {name[:80]!r}."
        )
    return name


def name_from_address(email: str) -> str:
    """A display name for a user created without one: `ada.lovelace@…` → "Ada Lovelace"."""
    local = email.partition("@")[0]
    return " ".join(word.capitalize() for word in re.split(r"[._+-]+", local) if word) or email


@dataclass(slots=True, eq=False)
class SandboxUser:
    """One Google account: its calendars and its mailbox. The stores are made on first use,
    so an idle user costs a few strings (deployments test with a thousand of them)."""

    email: str
    name: str
    time_zone: str = "UTC"
    # Where this mailbox's message-id sequence starts. Gmail ids are per mailbox, but two users
    # writing in the same millisecond would otherwise get the same ids, which hides bugs that
    # key mail by id alone; the default user starts at 0, as the sandbox always did.
    first_seq: int = 0
    _calendar: CalendarStore | None = None
    _gmail: GmailStore | None = None

    @property
    def calendar(self) -> CalendarStore:
        if self._calendar is None:
            self._calendar = CalendarStore(user_email=self.email)
        return self._calendar

    @calendar.setter
    def calendar(self, store: CalendarStore) -> None:
        self._calendar = store

    @property
    def gmail(self) -> GmailStore:
        if self._gmail is None:
            self._gmail = GmailStore(seq=self.first_seq)
        return self._gmail

    @gmail.setter
    def gmail(self, store: GmailStore) -> None:
        self._gmail = store

    def info(self) -> dict[str, str]:
        return {"email": self.email, "name": self.name}

    def dump(self) -> dict[str, Any]:
        data: dict[str, Any] = {**self.info(), "time_zone": self.time_zone}
        data["first_seq"] = self.first_seq
        if self._calendar is not None:
            data["calendar"] = self._calendar.dump()
        if self._gmail is not None:
            data["gmail"] = self._gmail.dump()
        return data

    @classmethod
    def load(cls, data: dict[str, Any]) -> SandboxUser:
        user = cls(
            email=str(data["email"]),
            name=str(data.get("name") or name_from_address(str(data["email"]))),
            time_zone=str(data.get("time_zone", "UTC")),
            first_seq=int(data.get("first_seq", 0)),
        )
        if "calendar" in data:
            user.calendar = CalendarStore.load(data["calendar"])
        if "gmail" in data:
            user.gmail = GmailStore.load(data["gmail"])
        return user


# Admin routes (mounted at /_sandbox) -------------------------------------------------------------

router = APIRouter(tags=["admin"])


class UserIn(BaseModel):
    email: str
    name: str | None = None


class UsersIn(BaseModel):
    users: list[UserIn]


@router.post("/users")
async def add_users(body: UsersIn, state: StateDep) -> dict[str, int]:
    """Create users (an existing one is kept as it is): `{"users": [{"email", "name"}, …]}`;
    without a name, one is made from the address."""
    created = state.add_users([(user.email, user.name) for user in body.users])
    return {"created": created, "users": len(state.users)}


@router.get("/users")
async def list_users(state: StateDep) -> dict[str, list[dict[str, str]]]:
    """Every user, the default one first."""
    return {"users": [user.info() for user in state.users.values()]}
