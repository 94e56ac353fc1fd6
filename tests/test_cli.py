"""The command line as a person meets it: real processes, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from followup import db

FOLLOWUP = [sys.executable, "-m", "followup"]


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    full_env.update(env or {})
    return subprocess.run(
        [*FOLLOWUP, *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_version_and_help() -> None:
    assert run("--version").stdout.strip().startswith("followup ")
    help_text = run("--help").stdout
    for command in ("serve", "demo", "sandbox", "auth", "status", "pair", "db"):
        assert command in help_text


def test_pair_prints_the_same_token_each_time(tmp_path: Path) -> None:
    first = run("pair", "--data-dir", str(tmp_path))
    second = run("pair", "--data-dir", str(tmp_path))
    assert first.returncode == 0
    assert first.stdout.strip() == second.stdout.strip() == (tmp_path / "api-token").read_text()


def test_data_dir_from_environment(tmp_path: Path) -> None:
    result = run("db", "upgrade", env={"FOLLOWUP_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["revision"] == db.head_revision()
    assert (tmp_path / "followup.db").exists()


def test_status_json_on_a_fresh_data_dir(tmp_path: Path) -> None:
    result = run("status", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accounts"] == []


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("serve",), {"FOLLOWUP_PORT": "eighty"}, "bad setting FOLLOWUP_PORT"),
        (("serve", "--host", "0.0.0.0"), {}, "refusing to listen on 0.0.0.0"),  # noqa: S104
        (("auth", "--client-secrets", "/nonexistent.json"), {}, "no client-secrets file"),
        (("db", "upgrade"), {"FOLLOWUP_DATABASE_URL": "sqlite:////proc/nope/x.db"}, "cannot open"),
    ],
)
def test_user_errors_are_one_line(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], message: str
) -> None:
    result = run(*args, env={"FOLLOWUP_DATA_DIR": str(tmp_path), **env})
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert f"port {port}" in result.stderr and "in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_answers_healthz_and_stops(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    process = subprocess.Popen(
        [*FOLLOWUP, "serve", "--port", str(port), "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "server did not answer in 30 s"
                time.sleep(0.1)
        assert answer.json()["status"] == "ok"
        token = (tmp_path / "api-token").read_text()
        status = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/status", headers={"Authorization": f"Bearer {token}"}
        )
        assert status.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_detect_and_classify_email_commands(tmp_path: Path) -> None:
    events = tmp_path / "events.json"
    events.write_text(
        json.dumps(
            {
                "items": [
                    {
                        "id": "e1",
                        "summary": "Phone screen – Stripe",
                        "organizer": {"email": "recruiting@stripe.com"},
                        "attendees": [{"email": "me@example.com", "self": True}],
                        "start": {"dateTime": "2026-11-20T10:00:00Z"},
                        "end": {"dateTime": "2026-11-20T10:30:00Z"},
                    },
                    {"id": "e2", "summary": "Dentist"},
                ]
            }
        )
    )
    detected = run("detect", str(events))
    assert detected.returncode == 0, detected.stderr
    lines = [json.loads(line) for line in detected.stdout.splitlines()]
    assert [(line["id"], line["interview"]) for line in lines] == [("e1", True), ("e2", False)]
    assert lines[0]["company"] == "Stripe"
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert run("detect", str(bad)).returncode == 2

    mail = tmp_path / "no.eml"
    mail.write_bytes(
        b"From: Talent <jobs@acme.example>\r\nTo: me@example.com\r\nSubject: Your application\r\n"
        b"\r\nThank you for interviewing with us. Unfortunately, we have decided to move forward"
        b" with other candidates whose experience more closely matches our needs.\r\n"
    )
    classified = run("classify-email", str(mail))
    assert classified.returncode == 0, classified.stderr
    verdict = json.loads(classified.stdout)
    assert (verdict["file"], verdict["kind"]) == (str(mail), "rejection")


def test_list_prints_follow_ups_as_a_table_and_as_json(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlmodel import Session

    from followup.models import Account, FollowUp, FollowUpKind, Interview

    engine = db.make_engine(f"sqlite:///{tmp_path / 'followup.db'}")
    db.upgrade(engine)
    start = datetime.now(UTC) - timedelta(hours=3)
    with Session(engine) as session:
        account = Account(email="me@example.com")
        session.add(account)
        session.flush()
        assert account.id is not None
        interview = Interview(
            account_id=account.id, calendar_id="primary", event_id="e1",
            title="Interview", starts_at=start, ends_at=start + timedelta(hours=1),
            company="[bold]Acme[/bold]", detected=True,
        )  # fmt: skip
        session.add(interview)
        session.flush()
        assert interview.id is not None
        session.add(
            FollowUp(
                account_id=account.id,
                interview_id=interview.id,
                kind=FollowUpKind.thank_you,
                slot="dana@acme.example",
                title="Thank-you to [red]Dana[/red]",
                recipient_email="dana@acme.example",
                due_at=start + timedelta(hours=2),
            )
        )
        session.commit()
    env = {"FOLLOWUP_DATA_DIR": str(tmp_path), "COLUMNS": "200"}
    table = run("list", env=env)
    assert table.returncode == 0, table.stderr
    assert "Thank-you to [red]Dana[/red]" in table.stdout  # shown as written, not as markup
    assert "[bold]Acme[/bold]" in table.stdout
    as_json = run("list", "--json", "--kind", "thank_you", env=env)
    (item,) = json.loads(as_json.stdout)["items"]
    assert item["status"] == "scheduled" and item["recipient"]["email"] == "dana@acme.example"
    assert json.loads(run("list", "--json", "--status", "sent", env=env).stdout)["items"] == []
    bad = run("list", "--status", "waiting", env=env)
    assert bad.returncode == 2 and "unknown value 'waiting'" in bad.stderr
