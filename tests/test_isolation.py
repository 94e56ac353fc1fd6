"""Multi-user mode: one person can neither read nor change another's data, whatever ids they
send. Every API operation (from the OpenAPI document) and every web route (from the route
table) is tried with person A's credentials against person B's ids; a route added later and
left out of this file fails the enumeration check.

Each route is also tried on A's own ids, where it must *not* answer "not found": the 404s
on B's ids come from ownership, not from a route that finds nothing for anyone."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from followup import actions, apitokens, db, export
from followup.app import create_app
from followup.config import Settings
from followup.google.auth import upsert_account
from followup.models import (
    Account,
    ApiToken,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    InterviewPerson,
    MailReview,
    Person,
    PersonRole,
    Profile,
    SyncState,
    UndoRecord,
)
from followup.web import auth as web_auth
from tests.conftest import Sandbox
from tests.test_security import web_operations

BASE = "http://127.0.0.1:8765"
B_COMPANY = "Zephyrine Labs"
B_SECRET = "b-private-marker-91f3"


@dataclass
class Person_:
    account_id: int
    email: str
    token: str
    token_id: int
    interview_id: int
    followups: dict[str, int]  # by state/kind name
    review_id: int
    cookie: str


def _with_data(
    session: Session, account: Account, company: str, secret: str, now: datetime
) -> dict[str, Any]:
    """An interview that ended yesterday, its interviewer, one follow-up in each state a route
    acts on, a profile, a mail to review and an undo record: everything a route can reach."""
    assert account.id is not None
    interview = Interview(
        account_id=account.id,
        calendar_id="primary",
        event_id=f"ev-{account.id}",
        title=f"Interview with {company}",
        starts_at=now - timedelta(days=1, hours=1),
        ends_at=now - timedelta(days=1),
        company=company,
        detected=True,
        confidence=0.95,
        reason="test",
        talking_points=f"{company} talking points",
        private_notes=secret,
    )
    session.add(interview)
    session.flush()
    assert interview.id is not None
    domain = company.split()[0].lower()
    person = Person(account_id=account.id, email=f"lead@{domain}.example", name=f"{company} Lead")
    session.add(person)
    session.flush()
    assert person.id is not None
    session.add(
        InterviewPerson(
            account_id=account.id,
            interview_id=interview.id,
            person_id=person.id,
            role=PersonRole.interviewer,
        )
    )
    made: dict[str, int] = {}
    for name, kind, state in (
        ("scheduled", FollowUpKind.thank_you, FollowUpState.scheduled),
        ("sent", FollowUpKind.check_in, FollowUpState.scheduled),  # marked sent below
        ("nudge", FollowUpKind.nudge, FollowUpState.scheduled),
    ):
        row = FollowUp(
            account_id=account.id,
            interview_id=interview.id,
            person_id=person.id,
            kind=kind,
            slot=person.email if kind is not FollowUpKind.nudge else "linkedin",
            state=state,
            title=f"{name} for {company}",
            recipient_email=person.email,
            recipient_name=person.name,
            due_at=now - timedelta(hours=1),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        made[name] = row.id
    sent = session.get(FollowUp, made["sent"])
    assert sent is not None
    actions.mark_sent(session, sent, now)  # leaves an undo record, as the button does
    session.add(Profile(account_id=account.id, full_name=f"{company} Candidate"))
    review = MailReview(
        account_id=account.id,
        interview_id=interview.id,
        message_id=f"m-{account.id}",
        thread_id=f"t-{account.id}",
        sender=person.email,
        subject=f"Your application at {company}",
        reason="weak rejection wording",
        confidence=0.5,
        received_at=now - timedelta(hours=3),
    )
    session.add(review)
    session.flush()
    assert review.id is not None
    token_row, token = apitokens.create(session, account.id, f"{company} laptop", now)
    assert token_row.id is not None
    return {
        "interview_id": interview.id,
        "followups": made,
        "review_id": review.id,
        "token": token,
        "token_id": token_row.id,
    }


@pytest.fixture
def two(tmp_path: Path, sandbox: Sandbox) -> Iterator[tuple[TestClient, Person_, Person_]]:
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        google_endpoint=sandbox.url,
        background_sync=False,
        multi_user=True,
        google_backoff_seconds=0.01,
    )
    app = create_app(settings)
    with TestClient(app, base_url=BASE) as client:
        now = app.state.tick_context.clock()
        people = []
        with db.session_scope(app.state.engine) as session:
            # A is connected to the sandbox (so "sync now" really ticks); B has no Google
            # credentials at all: anything that tried to tick B would fail loudly.
            a = upsert_account(session, sandbox.credentials(), app.state.cipher, settings)
            b = Account(email="bea@other.example")
            session.add(b)
            session.flush()
            for account, company, secret in (
                (a, "Acme Corp", "a-private"),
                (b, B_COMPANY, B_SECRET),
            ):
                data = _with_data(session, account, company, secret, now)
                assert account.id is not None
                people.append(
                    Person_(
                        account_id=account.id,
                        email=account.email,
                        cookie=web_auth.new_session(app.state.api_token, account.id),
                        **data,
                    )
                )
        b_templates = settings.templates_dir(people[1].account_id)
        b_templates.mkdir(parents=True)
        (b_templates / "thank_you.j2").write_text("B's own template\n")
        yield client, people[0], people[1]


def _app(client: TestClient) -> FastAPI:
    assert isinstance(client.app, FastAPI)
    return client.app


def _snapshot(client: TestClient, who: Person_) -> dict[str, Any]:
    """Everything of one person's that a route could change."""
    app = _app(client)
    with Session(app.state.engine) as session:
        ids = [who.account_id]
        tables = export.collect(session, ids)
        rows = {
            model.__name__: sorted(
                json.dumps(row.model_dump(), default=str, sort_keys=True)
                for row in session.exec(select(model).where(col(model.account_id).in_(ids)))  # type: ignore[attr-defined]
            )
            for model in (
                Interview,
                Person,
                InterviewPerson,
                FollowUp,
                Profile,
                MailReview,
                ApiToken,
                UndoRecord,
                SyncState,
            )
        }
    folder = app.state.settings.templates_dir(who.account_id)
    files = {p.name: p.read_text() for p in folder.glob("*")} if folder.exists() else {}
    return {"export": tables, "rows": rows, "templates": files}


# The API ----------------------------------------------------------------------------------

API_BODIES: dict[tuple[str, str], Any] = {
    ("PATCH", "/api/v1/interviews/{interview_id}"): {
        "is_interview": False,
        "talking_points": "A was here",
        "private_notes": "A was here",
        "outcome": "rejected",
    },
    ("POST", "/api/v1/followups/{followup_id}/snooze"): {"hours": 5},
    ("PUT", "/api/v1/profile"): {"full_name": "A's name", "signature": "A"},
}
# Which of the person's follow-ups each action is tried on (one it would act on).
FOLLOWUP_FOR = {
    "snooze": "scheduled",
    "mark-sent": "scheduled",
    "done": "nudge",
    "skip": "scheduled",
    "regenerate": "scheduled",
    "not-an-interview": "scheduled",
    "undo": "sent",
}


def _api_operations(client: TestClient) -> list[tuple[str, str]]:
    paths = client.get("/openapi.json").json()["paths"]
    return [
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/api/")
        for method in operations
    ]


def _fill(path: str, who: Person_) -> str:
    action = path.rstrip("/").rsplit("/", 1)[-1]
    values = {
        "interview_id": who.interview_id,
        "followup_id": who.followups.get(FOLLOWUP_FOR.get(action, "scheduled"), 0),
        "review_id": who.review_id,
        "token_id": who.token_id,
        "kind": "thank_you",
        "table": "interviews",
    }
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), path)


def _call_api(client: TestClient, method: str, path: str, who: Person_, token: str) -> Any:
    return client.request(
        method,
        _fill(path, who),
        json=API_BODIES.get((method, path)),
        headers={"Authorization": f"Bearer {token}"},
    )


def test_every_api_operation_keeps_people_apart(two: tuple[TestClient, Person_, Person_]) -> None:
    client, a, b = two
    operations = _api_operations(client)
    assert set(API_BODIES) <= set(operations)
    before = _snapshot(client, b)
    for method, path in operations:
        answer = _call_api(client, method, path, b, a.token)
        assert B_COMPANY not in answer.text and B_SECRET not in answer.text, (method, path)
        assert b.email not in answer.text, (method, path)
        if re.search(r"\{\w+_id\}", path):
            assert answer.status_code == 404, (method, path, answer.status_code, answer.text)
            assert answer.json() == {"detail": answer.json()["detail"]}
    assert _snapshot(client, b) == before, "A changed B's data"

    # The control: the same operations on A's own ids are not "not found".
    for method, path in operations:
        answer = _call_api(client, method, path, a, a.token)
        assert answer.status_code not in (401, 403, 404), (method, path, answer.text)


def test_lists_status_and_profile_show_only_the_callers_own(
    two: tuple[TestClient, Person_, Person_],
) -> None:
    client, a, b = two
    for who, other_company in ((a, B_COMPANY), (b, "Acme Corp")):
        headers = {"Authorization": f"Bearer {who.token}"}
        interviews = client.get("/api/v1/interviews?include_dismissed=true", headers=headers)
        assert [i["id"] for i in interviews.json()] == [who.interview_id]
        followups = client.get("/api/v1/followups?status=scheduled,sent", headers=headers).json()
        assert {i["id"] for i in followups["items"]} == set(who.followups.values())
        assert followups["total"] == 3
        status = client.get("/api/v1/status", headers=headers).json()
        assert [s["email"] for s in status["accounts"]] == [who.email]
        assert status["counts"]["followups_pending"] == 2
        profile = client.get("/api/v1/profile", headers=headers).json()
        assert other_company not in profile["full_name"]
    # The list cache is per caller: B's page is never served to A.
    first = client.get("/api/v1/followups", headers={"Authorization": f"Bearer {a.token}"})
    again = client.get("/api/v1/followups", headers={"Authorization": f"Bearer {b.token}"})
    assert first.json() != again.json()


def test_tokens_are_personal_hashed_and_revocable(two: tuple[TestClient, Person_, Person_]) -> None:
    client, a, b = two
    app = _app(client)
    # Only the hash is stored.
    with Session(app.state.engine) as session:
        stored = session.exec(select(ApiToken.token_hash)).all()
    assert a.token not in stored and apitokens.digest(a.token) in stored
    # The single-user server token opens nothing in multi-user mode, nor does the cookie.
    server = {"Authorization": f"Bearer {app.state.api_token}"}
    assert client.get("/api/v1/status", headers=server).status_code == 401
    client.cookies.set(web_auth.COOKIE, a.cookie)
    assert client.get("/api/v1/status").status_code == 401
    client.cookies.clear()
    # A revoked token stops working at once; the other person's does not.
    with db.session_scope(app.state.engine) as session:
        assert apitokens.revoke(session, a.account_id, a.token_id, datetime.now(UTC))
        assert not apitokens.revoke(session, a.account_id, b.token_id, datetime.now(UTC))
    assert (
        client.get("/api/v1/status", headers={"Authorization": f"Bearer {a.token}"}).status_code
        == 401
    )
    assert (
        client.get("/api/v1/status", headers={"Authorization": f"Bearer {b.token}"}).status_code
        == 200
    )


# The web app ------------------------------------------------------------------------------

WEB_FORMS: dict[str, dict[str, str]] = {
    "/interviews/{interview_id}/decide": {"is_interview": "no"},
    "/interviews/{interview_id}/outcome": {"outcome": "rejected"},
    "/interviews/{interview_id}/notes": {"talking_points": "A", "private_notes": "A"},
    "/interviews/{interview_id}/edit": {"company": "A's", "role": "A's"},
    "/review/mail/{review_id}": {"answer": "rejection"},
    "/review/adopt": {"calendar_id": "primary", "event_id": "ev-2"},
    "/templates/{kind}": {"action": "save", "text": "A's template {{ recipient_name }}\n"},
    "/profile": {"full_name": "A", "qualifications": "A", "signature": "A"},
    "/settings/tokens": {"name": "A's browser"},
}


def _call_web(client: TestClient, method: str, path: str, target: Person_, me: Person_) -> Any:
    client.cookies.set(web_auth.COOKIE, me.cookie)
    url = _fill(path, target)
    form = dict(WEB_FORMS.get(path, {}))
    form["csrf"] = web_auth.csrf_token(_app(client).state.api_token, me.cookie)
    if method == "GET":
        return client.get(url, follow_redirects=False)
    return client.post(url, data=form, follow_redirects=False)


def _expand(operations: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The follow-up action route, once per action."""
    out = []
    for method, path in operations:
        if "{action}" in path:
            out += [(method, path.replace("{action}", action)) for action in FOLLOWUP_FOR]
        else:
            out.append((method, path))
    return out


def test_every_web_route_keeps_people_apart(two: tuple[TestClient, Person_, Person_]) -> None:
    client, a, b = two
    operations = _expand(web_operations(client))
    assert ("POST", "/settings/tokens/{token_id}/revoke") in operations
    # Pages that list things (before the forms below change A's data; a sync, for one,
    # cancels A's interview, which is not in the sandbox's calendar) show A's and never B's.
    client.cookies.set(web_auth.COOKIE, a.cookie)
    for page in ("/", "/interviews", "/review", "/templates", "/settings", "/export/followup.json"):
        text = client.get(page).text
        assert B_COMPANY not in text and B_SECRET not in text, page
    assert "Acme Corp" in client.get("/interviews").text

    # The control: A's own ids open.
    for page in (f"/interviews/{a.interview_id}", "/templates/thank_you"):
        assert client.get(page).status_code == 200, page

    before = _snapshot(client, b)
    for method, path in operations:
        if path == "/signout":
            continue  # signs A out; tried last
        answer = _call_web(client, method, path, b, a)
        text = answer.text
        assert B_COMPANY not in text and B_SECRET not in text and b.email not in text, path
        if re.search(r"\{\w+_id\}", path):
            if method == "GET":
                assert answer.status_code == 404, (method, path, answer.status_code)
            else:  # a form answers with a page saying so, or goes back with a message
                assert answer.status_code in (303, 404), (method, path, answer.status_code)
    assert _snapshot(client, b) == before, "A changed B's data through the web app"


def test_a_cookie_for_an_account_that_is_gone_signs_out(
    two: tuple[TestClient, Person_, Person_],
) -> None:
    client, a, _b = two
    with db.session_scope(_app(client).state.engine) as session:
        account = session.get(Account, a.account_id)
        session.delete(account)
    client.cookies.set(web_auth.COOKIE, a.cookie)
    answer = client.get("/interviews")
    assert answer.status_code == 401 and "Sign in with Google" in answer.text
    # A single-user cookie (account 0) opens nothing in multi-user mode.
    client.cookies.set(web_auth.COOKIE, web_auth.new_session(_app(client).state.api_token, 0))
    assert client.get("/").status_code == 401
