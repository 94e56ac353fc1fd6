"""Placeholder: the Calendar store and routes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter


@dataclass
class CalendarStore:
    def dump(self) -> dict[str, Any]:
        return {}

    @classmethod
    def load(cls, data: dict[str, Any]) -> CalendarStore:
        return cls()

    def invalidate_tokens(self) -> None:
        pass


router = APIRouter()
admin_router = APIRouter()
