"""schemathesis against the app's own OpenAPI document, with a valid token.

The app is the real one (a SQLite file, the real Google client over HTTP to the sandbox),
served by uvicorn on a loopback port and seeded with the demo's sample week, so ids exist,
drafts sit in the sandbox mailbox, and "skip", "regenerate" and "sync" reach Google for real.
Every operation in the document gets a bounded, deterministic number of generated requests,
valid and invalid; every answer must be no 5xx, match the documented status codes, content
type and schema, and, when it is a 4xx, say what went wrong (a JSON `detail` for the API, a
page with a sentence for the browser's sign-in routes).

(`schemathesis.pytest.from_fixture`, the way to parametrise over a fixture's app, breaks under
pytest 9.2: it reads the private `node._nodeid`. So the operations are walked here, each with
its own Hypothesis run, and one report names every failure.)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import Case, CheckFunction, GenerationMode
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.checks import positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema
from sqlmodel import Session, col, select

from followup import actions
from followup.models import FollowUp, FollowUpKind, FollowUpState, Interview
from followup.sandbox.oauth import sandbox_client_config
from followup.serving import seed_demo
from tests.support import serve_in_thread
from tests.world import World, world

__all__ = ["world"]

EXAMPLES = 30  # per operation and generation mode (valid, invalid)
BROWSER_PAGES = ("/auth/google/",)  # answered with HTML for a person, not JSON

MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
ACTIONS = "/api/v1/followups/{followup_id}"
# The actions on follow-ups run first, regenerate first: it rewrites drafts in Gmail before
# anything (a sync) changes them.
ACTIONS_FIRST = tuple(
    f"POST {ACTIONS}/{name}" for name in ("regenerate", "snooze", "mark-sent", "done", "skip")
)
# "A request that fits the schema is accepted" cannot hold where validity is not a schema matter:
# a callback's `state` must be one this server issued minutes ago.
BY_DESIGN = {"GET /auth/google/callback"}
# Where it fails because the document is looser than the route (see the xfail below).
DOCUMENT_TOO_LOOSE = {"GET /api/v1/followups", "POST /api/v1/followups/{followup_id}/snooze"}


@dataclass
class Target:
    url: str
    schema: OpenApiSchema
    token: str
    interviews: list[int]
    followups: dict[str, list[int]]  # operation label → the follow-ups its even ids fold onto
    sent: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    turns: Counter[str] = field(default_factory=Counter)


@pytest.fixture
def target(world: World) -> Iterator[Target]:
    app: Any = world.api.app
    settings_ = app.state.settings
    (settings_.data_dir / "client_secret.json").write_text(
        json.dumps(sandbox_client_config(world.sandbox.url))
    )
    seed_demo(world.sandbox.admin, world.ctx, world.account_id)
    with Session(world.ctx.engine) as session:
        interviews = list(session.exec(select(col(Interview.id)).order_by(col(Interview.id))))
        rows = session.exec(select(FollowUp).order_by(col(FollowUp.id))).all()
    shares = follow_up_shares(rows)
    assert all(shares.values()), shares
    document = world.api.get("/openapi.json").raise_for_status().json()
    with serve_in_thread(app) as url:
        loaded = schemathesis.openapi.from_dict(document)
        # Unknown query parameters are ignored, as HTTP APIs do; OpenAPI cannot say "no others"
        # for a query string, so sending them proves nothing.
        loaded.config.generation.update(allow_extra_parameters=False)
        yield Target(url.rstrip("/"), loaded, app.state.api_token, interviews, shares)


def follow_up_shares(rows: Sequence[FollowUp]) -> dict[str, list[int]]:
    """Which seeded follow-ups each action works on: ones it applies to (and no earlier action
    has ended) plus one that is over already (a 409). Regenerate and snooze leave a
    follow-up pending, so they share; mark-sent, done and skip each get their own."""

    def ids(*states: FollowUpState, kind: FollowUpKind | None = None) -> list[int]:
        return [
            r.id
            for r in rows
            if r.id is not None and r.state in states and (kind is None or r.kind is kind)
        ]

    drafted = ids(FollowUpState.drafted)
    nudges = ids(FollowUpState.scheduled, kind=FollowUpKind.nudge)
    mail = [i for i in ids(FollowUpState.scheduled) if i not in nudges]
    finished = [r.id for r in rows if r.id is not None and r.state not in actions.PENDING][:1]
    half = len(drafted) // 2
    by_action = {
        "regenerate": drafted,
        "snooze": drafted + mail,
        "mark-sent": drafted[:half],
        "done": nudges[:2],
        "skip": drafted[half:] + mail + nudges[2:],
    }
    shares = {f"POST {ACTIONS}/{name}": [*share, *finished] for name, share in by_action.items()}
    shares[""] = [r.id for r in rows if r.id is not None]  # anything else: any of them
    return shares


def fold_ids(case: Case, target: Target) -> None:
    """Point even generated ids at rows that exist, so the routes' real work is fuzzed too (a
    drafted follow-up re-drafted, snoozed, marked sent, skipped…); odd ones stay as generated
    (mostly 404s)."""
    label = f"{case.method} {case.path}"
    followups = target.followups.get(label, target.followups[""])
    for name, pool in (("interview_id", target.interviews), ("followup_id", followups)):
        value = (case.path_parameters or {}).get(name)
        if type(value) is int and value % 2 == 0:
            assert case.path_parameters is not None
            case.path_parameters[name] = pool[target.turns[label] % len(pool)]
            target.turns[label] += 1


def says_what_went_wrong(path: str, response: Response) -> None:
    status = response.status_code
    if not 400 <= status < 500:
        return
    content_type = (response.headers.get("content-type") or [""])[0]
    text = response.content.decode("utf-8", "replace")
    if path.startswith(BROWSER_PAGES):
        assert content_type.startswith("text/html"), (path, status, content_type)
        assert re.search(r"<h1>[^<]+</h1><p>[^<]{10,}", text), (path, text[:300])
        return
    assert content_type.startswith("application/json"), (path, status, text[:300])
    detail = response.json().get("detail")
    if isinstance(detail, str):
        assert len(detail.split()) >= 3, (path, status, detail)  # a sentence, not a code
    else:  # FastAPI's validation errors: where, and what is wrong there
        assert isinstance(detail, list) and detail, (path, status, detail)
        for item in detail:
            assert isinstance(item.get("msg"), str) and item["msg"], (path, status, item)
            assert isinstance(item.get("loc"), list), (path, status, item)


def fuzz(
    target: Target,
    case_strategy: st.SearchStrategy[Case],
    *,
    examples: int = EXAMPLES,
    only: CheckFunction | None = None,
) -> None:
    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=case_strategy)
    def run(case: Case) -> None:
        fold_ids(case, target)
        label = f"{case.method} {case.path}"
        loose = label in BY_DESIGN | DOCUMENT_TOO_LOOSE
        response = case.call_and_validate(
            base_url=target.url,
            headers={"Authorization": f"Bearer {target.token}"},
            checks=[only] if only else None,
            excluded_checks=[positive_data_acceptance] if loose and not only else None,
        )
        target.sent[label] += 1
        target.statuses[f"{label} {response.status_code}"] += 1
        says_what_went_wrong(case.path, response)

    run()


def test_every_operation_survives_fuzzing(
    target: Target, capsys: pytest.CaptureFixture[str]
) -> None:
    operations = sorted(
        (result.ok() for result in target.schema.get_all_operations()),
        key=lambda op: ACTIONS_FIRST.index(op.label) if op.label in ACTIONS_FIRST else 99,
    )
    assert len(operations) >= 15
    failures: list[str] = []
    for operation in operations:
        passes = {mode.value: operation.as_strategy(generation_mode=mode) for mode in MODES}
        if operation.label == f"POST {ACTIONS}/snooze":
            # The document cannot say "until or hours" (see the xfail below), so a body the
            # route takes is rare among generated ones: once more with one, ids still generated.
            passes["hours: 30"] = operation.as_strategy(body={"hours": 30})
        for name, strategy in passes.items():
            try:
                fuzz(target, strategy)
            except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
                assert name == GenerationMode.NEGATIVE.value, operation.label
            except (AssertionError, BaseExceptionGroup) as exc:  # one report names them all
                failures.append(f"{operation.label} ({name}): {exc}")
    total = sum(target.sent.values())
    by_status = Counter(int(line.rsplit(" ", 1)[1]) for line in target.statuses.elements())
    with capsys.disabled():  # the figure issue 6 asks for, visible in a normal run
        print(f"\nAPI fuzz: {total} requests over {len(operations)} operations, {dict(by_status)}")
    assert not failures, "\n\n".join(failures)
    for operation in operations:  # each did its real work at least once, not only refuse
        answered = {
            int(line.rsplit(" ", 1)[1])
            for line in target.statuses
            if line.startswith(f"{operation.label} ")
        }
        if operation.label not in BY_DESIGN:
            assert any(code < 400 for code in answered), (operation.label, answered)


def test_what_the_document_allows_is_accepted(target: Target) -> None:
    """schemathesis's "schema-valid request accepted" check, on the operations the main test
    spares it (DOCUMENT_TOO_LOOSE). Passes once the document says what the routes want (an enum
    or pattern on the filters; "until" or "hours" required in a snooze)."""
    failures = []
    for label in sorted(DOCUMENT_TOO_LOOSE):
        method, path = label.split(" ", 1)
        operation = target.schema[path][method]
        try:
            fuzz(target, operation.as_strategy(), examples=10, only=positive_data_acceptance)
        except (AssertionError, BaseExceptionGroup) as exc:
            failures.append(f"{label}: {exc}")
    assert not failures, "\n\n".join(failures)
