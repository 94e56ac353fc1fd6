from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from followup.config import Settings


def test_defaults_put_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'followup.db'}"
    assert settings.host == "127.0.0.1"
    assert settings.port == 8765
    assert settings.is_loopback


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FOLLOWUP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", "postgresql+psycopg://u@localhost/followup")
    monkeypatch.setenv("FOLLOWUP_CALENDARS", "primary, team@example.com")
    monkeypatch.setenv("FOLLOWUP_GOOGLE_ENDPOINT", "http://127.0.0.1:8766")
    settings = Settings()
    assert settings.data_dir == tmp_path
    assert settings.resolved_database_url.startswith("postgresql+psycopg://")
    assert settings.calendars == ["primary", "team@example.com"]
    assert settings.google_endpoint == "http://127.0.0.1:8766/"
    assert settings.token_uri == "http://127.0.0.1:8766/token"
    assert settings.auth_uri == "http://127.0.0.1:8766/o/oauth2/auth"


def test_dotenv_file_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("FOLLOWUP_PORT=9999\nFOLLOWUP_SYNC_INTERVAL=60\n")
    settings = Settings(data_dir=tmp_path)
    assert settings.port == 9999
    assert settings.sync_interval == 60


def test_google_defaults_when_no_endpoint(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.token_uri == "https://oauth2.googleapis.com/token"


@pytest.mark.parametrize(
    ("field", "value"),
    [("port", 0), ("port", 70000), ("google_endpoint", "ftp://x"), ("sync_interval", 1)],
)
def test_bad_values_are_refused(tmp_path: Path, field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Settings(data_dir=tmp_path, **{field: value})
