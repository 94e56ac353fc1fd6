"""Multi-user mode: each person's API tokens for the browser extension.

A token is 32 random bytes, shown once when it is made; only its SHA-256 is stored. (A slow
password hash buys nothing here: nobody can guess 256 random bits, and the lookup must be
an index probe on every API request.)
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from followup import db
from followup.models import Account, ApiToken

PREFIX = "fu_"  # lets a leaked token be recognised (secret scanners, logs)
MAX_TOKENS = 20  # per person: more would be a mistake, not a need
# `last_used_at` is written at most this often, so reading the API writes little.
USE_RECORDED_EVERY = timedelta(minutes=5)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TooManyTokens(ValueError):
    pass


def create(session: Session, account_id: int, name: str, now: datetime) -> tuple[ApiToken, str]:
    """A new token for the account: the stored row and the token itself (shown once)."""
    live = session.exec(
        select(ApiToken).where(
            ApiToken.account_id == account_id, col(ApiToken.revoked_at).is_(None)
        )
    ).all()
    if len(live) >= MAX_TOKENS:
        raise TooManyTokens(f"You have {MAX_TOKENS} tokens already: revoke one you no longer use.")
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        account_id=account_id,
        name=name.strip()[:100] or "Browser extension",
        token_hash=digest(token),
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row, token


def listed(session: Session, account_id: int) -> list[ApiToken]:
    """The account's tokens that still work, newest first."""
    return list(
        session.exec(
            select(ApiToken)
            .where(ApiToken.account_id == account_id, col(ApiToken.revoked_at).is_(None))
            .order_by(col(ApiToken.id).desc())
        )
    )


def revoke(session: Session, account_id: int, token_id: int, now: datetime) -> bool:
    """Revoke one of the account's own tokens (another person's id changes nothing)."""
    row = db.get_row(session, ApiToken, token_id)
    if row is None or row.account_id != account_id or row.revoked_at is not None:
        return False
    row.revoked_at = now
    session.add(row)
    return True


def account_of(session: Session, token: str, now: datetime) -> int | None:
    """The account a live token belongs to, or None."""
    if not token.startswith(PREFIX):
        return None
    found = session.exec(
        select(ApiToken, Account.id)
        .join(Account, col(Account.id) == col(ApiToken.account_id))
        .where(ApiToken.token_hash == digest(token), col(ApiToken.revoked_at).is_(None))
    ).first()
    if found is None:
        return None
    row, account_id = found
    if row.last_used_at is None or now - row.last_used_at > USE_RECORDED_EVERY:
        row.last_used_at = now
        session.add(row)
        session.commit()
    return account_id
