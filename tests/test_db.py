from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from followup import db
from followup.models import (
    Account,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    InterviewPerson,
    Person,
    PersonRole,
)


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'nested' / 'followup.db'}")
    db.upgrade(engine)
    return engine


def test_migrations_create_every_table_and_are_idempotent(engine: sa.Engine) -> None:
    names = set(sa.inspect(engine).get_table_names())
    assert {"account", "interview", "person", "interview_person", "followup", "syncstate"} <= names
    assert db.current_revision(engine) == db.head_revision() == db.HEAD == "0009"
    db.upgrade(engine)  # a second start changes nothing
    assert db.current_revision(engine) == "0009"


def test_migration_matches_the_models(engine: sa.Engine) -> None:
    """A model change without a migration fails here (autogenerate finds a difference)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_with_foreign_keys(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def _interview(account_id: int, start: datetime) -> Interview:
    return Interview(
        account_id=account_id,
        calendar_id="primary",
        event_id="evt1",
        title="Phone screen",
        starts_at=start,
        ends_at=start + timedelta(minutes=45),
    )


def test_rows_round_trip_with_aware_utc_times(engine: sa.Engine) -> None:
    paris = timezone(timedelta(hours=1))
    start = datetime(2026, 11, 20, 15, 0, tzinfo=paris)
    with db.session_scope(engine) as session:
        account = Account(email="me@example.com")
        session.add(account)
        session.flush()
        assert account.id is not None
        interview = _interview(account.id, start)
        person = Person(account_id=account.id, email="ana@acme.com", name="Ana")
        session.add_all([interview, person])
        session.flush()
        assert interview.id is not None and person.id is not None
        session.add(
            InterviewPerson(
                account_id=account.id,
                interview_id=interview.id,
                person_id=person.id,
                role=PersonRole.interviewer,
            )
        )
        session.add(
            FollowUp(
                account_id=account.id,
                interview_id=interview.id,
                person_id=person.id,
                kind=FollowUpKind.thank_you,
                due_at=interview.ends_at + timedelta(hours=1),
            )
        )
    with Session(engine) as session:
        stored = session.exec(select(Interview)).one()
        assert stored.starts_at == start
        assert stored.starts_at.tzinfo is not None
        assert stored.starts_at.utcoffset() == timedelta(0)
        follow_up = session.exec(select(FollowUp)).one()
        assert follow_up.state is FollowUpState.scheduled
        assert follow_up.kind is FollowUpKind.thank_you


def test_naive_datetimes_are_refused(engine: sa.Engine) -> None:
    with (
        pytest.raises(sa.exc.StatementError, match="naive datetime"),
        db.session_scope(engine) as session,
    ):
        account = Account(email="me@example.com")
        session.add(account)
        session.flush()
        assert account.id is not None
        session.add(_interview(account.id, datetime(2026, 11, 20, 15, 0)))
        session.flush()


def test_deleting_an_account_deletes_its_rows(engine: sa.Engine) -> None:
    with db.session_scope(engine) as session:
        account = Account(email="me@example.com")
        session.add(account)
        session.flush()
        assert account.id is not None
        session.add(_interview(account.id, datetime(2026, 11, 20, tzinfo=UTC)))
    with db.session_scope(engine) as session:
        session.delete(session.exec(select(Account)).one())
    with Session(engine) as session:
        assert session.exec(select(Interview)).all() == []


def test_unwritable_database_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    engine = sa.create_engine(f"sqlite:///{blocker / 'followup.db'}")
    with pytest.raises(db.DatabaseError, match="cannot open the database"):
        db.upgrade(engine)


def test_upgrading_from_the_first_schema_keeps_every_row(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    db.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO account (id, email, scopes, needs_reauth, created_at) "
            "VALUES (1, 'me@example.com', '', 0, '2026-11-01 10:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO interview (account_id, calendar_id, event_id, title, starts_at, ends_at,"
            " all_day, cancelled, detected, confidence, reason, notes, outcome, outcome_detected,"
            " created_at, updated_at) VALUES (1, 'primary', 'e1', 'Interview',"
            " '2026-11-02 10:00:00', '2026-11-02 11:00:00', 0, 0, 1, 0.9, 'r', 'my notes',"
            " 'pending', 0,"
            " '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO person (id, account_id, email, name)"
            " VALUES (7, 1, 'dana@quill.io', 'Dana')"
        )
        connection.exec_driver_sql(  # a child of interview: 0002 rebuilds that table
            "INSERT INTO interview_person (account_id, interview_id, person_id, role)"
            " VALUES (1, 1, 7, 'interviewer')"
        )
        connection.exec_driver_sql(
            "INSERT INTO followup (account_id, interview_id, person_id, kind, sequence, state,"
            " due_at, draft_id, created_at, updated_at) VALUES (1, 1, 7, 'thank_you', 1,"
            " 'drafted', '2026-11-02 12:00:00', 'r-42', '2026-11-01 10:00:00',"
            " '2026-11-01 10:00:00')"
        )
    db.upgrade(engine)
    with Session(engine) as session:
        row = session.exec(select(Interview)).one()
        # 0007 renamed it: the notes that went into drafts are the talking points.
        assert (row.talking_points, row.declined, row.title) == ("my notes", False, "Interview")
        assert row.private_notes == ""
        assert session.exec(select(Account)).one().sync_lock_until is None
        assert session.exec(select(InterviewPerson)).one().person_id == 7
        followup = session.exec(select(FollowUp)).one()
        assert (followup.slot, followup.person_id, followup.draft_id) == (
            "dana@quill.io",
            7,
            "r-42",
        )
        assert followup.state == FollowUpState.drafted and followup.note == ""
        assert followup.due_at == datetime(2026, 11, 2, 12, tzinfo=UTC)


def _revisions() -> list[str]:
    """Every migration, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(db.MIGRATIONS_DIR))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


_KNOWN_VALUES = {"kind": "thank_you", "state": "drafted", "role": "interviewer",
                 "outcome": "rejected", "resource": "calendar:primary"}  # fmt: skip


def _value(column: sa.Column[Any], n: int) -> object:
    """A value for row n (1 or 2) that is nobody's default."""
    if column.primary_key or column.foreign_keys:
        return n  # row n refers to its parents' row n
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.Integer):
        return 40 + n
    if isinstance(kind, sa.Float):
        return 0.25 * n
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 11, 2, 10, n, 30, 123456)
    if isinstance(kind, sa.LargeBinary):
        return b"\x00ciphertext-" + bytes([n])
    if column.name in _KNOWN_VALUES:
        return _KNOWN_VALUES[column.name]
    return f"{column.name}-{n}"[: getattr(kind, "length", None) or 100]


def _dump(engine: sa.Engine, table: str) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
        return [dict(row) for row in rows.mappings()]


@pytest.mark.parametrize("start", _revisions()[:-1])
def test_every_upgrade_step_keeps_every_row_of_every_table(tmp_path: Path, start: str) -> None:
    """From each older schema: fill every column of every table (two rows each, foreign keys
    pointing at real rows), upgrade to the head, and find every row with every value of every
    column that still exists. A new migration is covered without a new test."""
    engine = db.make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    db.upgrade(engine, start)
    old = sa.MetaData()
    old.reflect(engine)
    tables = [table for table in old.sorted_tables if table.name != "alembic_version"]
    with engine.begin() as connection:
        for table in tables:
            for n in (1, 2):
                connection.execute(table.insert().values(
                    {column.name: _value(column, n) for column in table.columns}))  # fmt: skip
    before = {table.name: _dump(engine, table.name) for table in tables}
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    new = sa.MetaData()
    new.reflect(engine)
    for table in tables:
        kept = [c.name for c in table.columns if c.name in new.tables[table.name].columns]
        after = _dump(engine, table.name)
        assert [{c: row[c] for c in kept} for row in after] == [
            {c: row[c] for c in kept} for row in before[table.name]
        ], table.name
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
