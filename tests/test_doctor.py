"""`followup doctor --live` against the sandbox under each `GmailBehaviour` switch: the doctor
must report what the switch does, so that the sandbox and a live account answer one contract.
The search poll runs on the sandbox's clock (its sleep advances that clock), so a lag of seconds
costs no waiting."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from googleapiclient.errors import HttpError

from followup import db
from followup.config import SCOPES, Settings
from followup.crypto import TokenCipher
from followup.doctor import SEARCH_BOUND_SECONDS, Report, check_gmail, table
from followup.google.auth import upsert_account
from followup.google.gmail import GoogleGmail
from followup.sandbox.scopes import GMAIL_METADATA
from tests.conftest import Sandbox
from tests.test_cli import run

ME = "candidate@example.com"

# What each switch must make the doctor say (None: not measured). A doctor never sends, and
# edits nothing in Gmail's web UI, so "send" and the re-threading switch change nothing it sees.
KEPT = {
    "message_id_kept_on_create": True,
    "key_kept_on_create": True,
    "searchable_after": 0.0,
    "search_timed_out": False,
    "found_by_our_message_id": True,
    "id_changes_on_update": True,
    "thread_kept_on_update": False,
    "message_id_kept_on_update": True,
    "key_kept_on_update": True,
    "cleaned_up": True,
}
REPLACED = {
    **KEPT,
    "message_id_kept_on_create": False,
    "found_by_our_message_id": False,
    "message_id_kept_on_update": False,
}
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "keep": ({"replace_message_id": "keep"}, KEPT),
    "replace on create": ({"replace_message_id": "create"}, REPLACED),
    "replace on send": ({"replace_message_id": "send"}, KEPT),
    "replace on both": ({"replace_message_id": "both"}, REPLACED),
    "search lag 2 s": ({"search_lag_seconds": 2}, {**KEPT, "searchable_after": 2.0}),
    "search lag past the bound": (
        {"search_lag_seconds": SEARCH_BOUND_SECONDS + 15},
        {
            **KEPT,
            "searchable_after": None,
            "search_timed_out": True,
            "found_by_our_message_id": None,
        },
    ),
    "re-thread on edit": ({"rethread_on_subject_edit": True}, KEPT),
    "all at once": (
        {"replace_message_id": "both", "search_lag_seconds": 5, "rethread_on_subject_edit": True},
        {**REPLACED, "searchable_after": 5.0},
    ),
}


class SandboxClock:
    """The doctor's sleep and clock, on the sandbox's clock."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.slept = 0.0

    def sleep(self, seconds: float) -> None:
        self.slept += seconds
        self.sandbox.admin.post("/_sandbox/clock", json={"advance_seconds": seconds})

    def now(self) -> float:
        answer = self.sandbox.admin.get("/_sandbox/clock").raise_for_status().json()
        return datetime.fromisoformat(answer["now"]).timestamp()


def drafts_left(sandbox: Sandbox) -> list[Any]:
    drafts: list[Any] = sandbox.admin.get("/_sandbox/gmail/mailbox").json()["drafts"]
    return drafts


@pytest.mark.parametrize("case", list(CASES))
def test_the_doctor_reports_what_each_switch_does(sandbox: Sandbox, case: str) -> None:
    switches, expected = CASES[case]
    sandbox.admin.post("/_sandbox/gmail/behaviour", json=switches).raise_for_status()
    clock = SandboxClock(sandbox)
    report = check_gmail(GoogleGmail(sandbox.gmail()), ME, sleep=clock.sleep, clock=clock.now)

    seen = {name: getattr(report, name) for name in expected}
    lag = seen.pop("searchable_after")
    wanted = dict(expected)
    wanted_lag = wanted.pop("searchable_after")
    assert seen == wanted
    if wanted_lag is None or wanted_lag == 0.0:
        assert lag == wanted_lag
    else:  # found on the first poll at or after the lag (wall time adds a little)
        assert wanted_lag <= lag < wanted_lag + 1
    assert drafts_left(sandbox) == []
    assert clock.slept <= SEARCH_BOUND_SECONDS + 1


def test_the_table_says_it_plainly(sandbox: Sandbox) -> None:
    sandbox.admin.post("/_sandbox/gmail/behaviour", json={"replace_message_id": "create"})
    report = check_gmail(GoogleGmail(sandbox.gmail()), ME)
    rows = {check: (seen, meaning) for check, seen, meaning in report.rows()}
    assert rows["Message-ID kept on create"][0] == "no: Gmail wrote its own"
    assert "X-Followup-Key" in rows["Message-ID kept on create"][1]
    assert rows["draft searchable (rfc822msgid:)"][0] == "after 0.0 s"
    assert rows["test draft deleted"][0] == "yes"
    assert table(report).row_count == len(rows)
    lagging = Report(key_kept_on_create=True, search_timed_out=True)
    assert {c: s for c, s, _ in lagging.rows()}["draft searchable (rfc822msgid:)"] == (
        f"not within {SEARCH_BOUND_SECONDS:.0f} s"
    )


def test_the_draft_is_deleted_when_a_step_fails(sandbox: Sandbox) -> None:
    sandbox.admin.post(
        "/_sandbox/faults",
        json={"match": "^PUT /gmail/v1/users/me/drafts/", "status": 500, "times": 10},
    ).raise_for_status()
    report = Report()
    with pytest.raises(HttpError):
        check_gmail(GoogleGmail(sandbox.gmail()), ME, report=report)
    assert report.key_kept_on_create is True  # measured before the failure
    assert report.id_changes_on_update is None
    assert report.cleaned_up
    assert drafts_left(sandbox) == []
    assert "the test draft was deleted" in report.failure("Gmail answered 500")


def test_a_draft_whose_create_answer_was_lost_is_found_and_deleted(sandbox: Sandbox) -> None:
    sandbox.admin.post(
        "/_sandbox/faults",
        json={"match": "^POST /gmail/v1/users/me/drafts$", "status": 503, "after_effect": True},
    ).raise_for_status()
    report = Report()
    with pytest.raises(HttpError):
        check_gmail(GoogleGmail(sandbox.gmail()), ME, report=report)
    assert report.cleaned_up
    assert drafts_left(sandbox) == []


def test_the_draft_is_deleted_on_ctrl_c(sandbox: Sandbox) -> None:
    sandbox.admin.post("/_sandbox/gmail/behaviour", json={"search_lag_seconds": 10})

    def interrupted(_seconds: float) -> None:
        raise KeyboardInterrupt

    report = Report()
    with pytest.raises(KeyboardInterrupt):
        check_gmail(GoogleGmail(sandbox.gmail()), ME, sleep=interrupted, report=report)
    assert report.cleaned_up
    assert drafts_left(sandbox) == []


def connect(sandbox: Sandbox, data_dir: Path, **mint: Any) -> dict[str, str]:
    """An account connected in `data_dir`; the environment that points followup at the
    sandbox."""
    settings = Settings(_env_file=None, data_dir=data_dir, google_endpoint=sandbox.url)
    engine = db.make_engine(settings.resolved_database_url)
    try:
        db.upgrade(engine)
        with db.session_scope(engine) as session:
            cipher = TokenCipher.load_or_create(data_dir)
            upsert_account(session, sandbox.credentials(**mint), cipher, settings)
    finally:
        engine.dispose()
    return {"FOLLOWUP_GOOGLE_ENDPOINT": sandbox.url, "COLUMNS": "150"}


def test_the_doctor_command_against_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    env = connect(sandbox, tmp_path)
    refused = run("doctor", "--data-dir", str(tmp_path), env=env)
    assert refused.returncode == 2
    assert "followup doctor --live" in refused.stderr

    done = run("doctor", "--live", "--data-dir", str(tmp_path), env=env)
    assert done.returncode == 0, done.stderr
    assert "Message-ID kept on create" in done.stdout
    assert "after 0.0 s" in done.stdout
    assert drafts_left(sandbox) == []
    requests = [f"{r['method']} {r['path']}" for r in sandbox.requests()]
    assert not any("send" in request for request in requests)


def test_the_doctor_command_with_a_gmail_metadata_grant(sandbox: Sandbox, tmp_path: Path) -> None:
    env = connect(sandbox, tmp_path, scope=f"{' '.join(SCOPES)} {GMAIL_METADATA}")
    done = run("doctor", "--live", "--data-dir", str(tmp_path), env=env)
    assert done.returncode == 2
    assert "gmail.metadata" in done.stderr and "followup auth" in done.stderr
    assert "the test draft was deleted" in done.stderr
    assert "not within" not in done.stdout  # the search was refused, not slow
    assert drafts_left(sandbox) == []
