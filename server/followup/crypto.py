"""Secrets in the data directory: the key that encrypts Google tokens at rest, the API token."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken

KEY_FILE = "secret.key"
API_TOKEN_FILE = "api-token"  # noqa: S105 (a file name)


def _write_private(path: Path, data: bytes) -> None:
    """Create `path` readable by its owner only (0600) without a window where it is wider."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _read_or_create(path: Path, make: bytes) -> bytes:
    with contextlib.suppress(FileExistsError):
        _write_private(path, make)
    return path.read_bytes().strip()


class MissingKey(RuntimeError):
    """Multi-user mode: the key that encrypts the stored tokens is not in this data directory."""


def _tokens_stored(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("account"):
            return False
        found = connection.execute(
            sa.text("SELECT 1 FROM account WHERE token_encrypted IS NOT NULL LIMIT 1")
        ).first()
    return found is not None


class TokenCipher:
    """Authenticated encryption (Fernet) of OAuth credentials stored in the database."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    @classmethod
    def load_or_create(cls, data_dir: Path) -> TokenCipher:
        return cls(_read_or_create(data_dir / KEY_FILE, Fernet.generate_key()))

    @classmethod
    def for_deployment(cls, data_dir: Path, multi_user: bool, engine: sa.Engine) -> TokenCipher:
        """The key, as `load_or_create`; but in multi-user mode a missing key is made only
        while the database holds no one's tokens. A worker started on a second machine
        before the key was copied there would otherwise encrypt new tokens with a key that
        no other process has, and every other process would fail to read them."""
        path = data_dir / KEY_FILE
        if multi_user and not path.exists() and _tokens_stored(engine):
            raise MissingKey(
                f"{path} is missing, but the database holds Google tokens encrypted with it. "
                "Copy secret.key from the server's data directory (mode 0600; "
                "docs/DEPLOY.md, section 5) and start again."
            )
        return cls.load_or_create(data_dir)

    def encrypt(self, plaintext: bytes) -> bytes:
        return self._fernet.encrypt(plaintext)

    def decrypt(self, ciphertext: bytes) -> bytes:
        """Raises `ValueError` when the data was not made with this key (e.g. a lost key file)."""
        try:
            return self._fernet.decrypt(ciphertext)
        except InvalidToken as exc:
            raise ValueError(
                "stored Google credentials cannot be decrypted with this data directory's key; "
                "run `followup auth` again"
            ) from exc


def load_or_create_api_token(data_dir: Path) -> str:
    """The token the extension and CLI present (`followup pair` prints it)."""
    return _read_or_create(data_dir / API_TOKEN_FILE, secrets.token_urlsafe(32).encode()).decode()
