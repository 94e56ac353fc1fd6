"""`Context`: what a tick needs, built once by `create_app` or the CLI.

Apart from `followup.tick` on purpose: building the server needs the context, and importing
the tick (Google's client, the detectors, the composer) is left to the first tick."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlalchemy as sa

    from followup.config import Settings
    from followup.crypto import TokenCipher


@dataclass(frozen=True)
class Context:
    """What a tick needs; built once by `create_app` or the CLI."""

    settings: Settings
    engine: sa.Engine
    cipher: TokenCipher
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
