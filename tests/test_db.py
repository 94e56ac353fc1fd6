from __future__ import annotations

import contextlib
from collections.abc import Iterator
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

# The schema's tests run on both databases: SQLite (the default) and PostgreSQL (tests/pg.py's
# cluster; skipped where PostgreSQL is not installed, failed in CI).
BACKENDS = ("sqlite", "postgresql")


def _empty(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> Iterator[sa.Engine]:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'nested' / 'followup.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    engine = db.make_engine(url)
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """An engine on an empty database, SQLite's or PostgreSQL's."""
    yield from _empty(request, tmp_path, request.param)


@pytest.fixture
def engine(empty: sa.Engine) -> sa.Engine:
    db.upgrade(empty)
    return empty


@pytest.fixture
def sqlite_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    for engine in _empty(request, tmp_path, "sqlite"):
        db.upgrade(engine)
        yield engine


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


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_engine: sa.Engine) -> None:
    with sqlite_engine.connect() as connection:
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


def test_upgrading_from_the_first_schema_keeps_every_row(empty: sa.Engine) -> None:
    engine = empty
    db.upgrade(engine, "0001")
    # Times as the old schema stored them: SQLite naive UTC text, PostgreSQL with their offset.
    utc = "+00" if engine.dialect.name == "postgresql" else ""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO account (id, email, scopes, needs_reauth, created_at) "  # noqa: S608 (constant)
            f"VALUES (1, 'me@example.com', '', false, '2026-11-01 10:00:00{utc}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO interview (account_id, calendar_id, event_id, title, starts_at, ends_at,"  # noqa: S608 (constant)
            " all_day, cancelled, detected, confidence, reason, notes, outcome, outcome_detected,"
            " created_at, updated_at) VALUES (1, 'primary', 'e1', 'Interview',"
            f" '2026-11-02 10:00:00{utc}', '2026-11-02 11:00:00{utc}', false, false, true,"
            " 0.9, 'r', 'my notes', 'pending', false,"
            f" '2026-11-01 10:00:00{utc}', '2026-11-01 10:00:00{utc}')"
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
            "INSERT INTO followup (account_id, interview_id, person_id, kind, sequence, state,"  # noqa: S608 (constant)
            " due_at, draft_id, created_at, updated_at) VALUES (1, 1, 7, 'thank_you', 1,"
            f" 'drafted', '2026-11-02 12:00:00{utc}', 'r-42', '2026-11-01 10:00:00{utc}',"
            f" '2026-11-01 10:00:00{utc}')"
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
def test_every_upgrade_step_keeps_every_row_of_every_table(empty: sa.Engine, start: str) -> None:
    """From each older schema: fill every column of every table (two rows each, foreign keys
    pointing at real rows), upgrade to the head, and find every row with every value of every
    column that still exists; then a new row goes into every table (a table rebuilt by a
    migration numbers on after the copied rows). A new migration is covered without a new
    test."""
    engine = empty
    db.upgrade(engine, start)
    old = sa.MetaData()
    old.reflect(engine)
    tables = [table for table in old.sorted_tables if table.name != "alembic_version"]
    with engine.begin() as connection:
        for table in tables:
            for n in (1, 2):
                # Numbered by the database (rows 1 and 2), as the program's rows are.
                connection.execute(table.insert().values({column.name: _value(column, n)
                    for column in table.columns if column.name != "id"}))  # fmt: skip
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
    _insert_one_more_row_everywhere(engine, new)
    _assert_consistent(engine)


def _insert_one_more_row_everywhere(engine: sa.Engine, metadata: sa.MetaData) -> None:
    """One more row in every table, numbered by the database, its foreign keys on its parents'
    new rows: the id it gets comes after the rows already there."""
    ids: dict[str, int] = {}
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version" or "id" not in table.c:
                continue
            values: dict[str, object] = {}
            for column in table.columns:
                if column.name == "id":
                    continue
                references = [fk.column.table.name for fk in column.foreign_keys]
                values[column.name] = ids[references[0]] if references else _value(column, 3)
            last = connection.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
            new_id = connection.execute(table.insert().values(values)).inserted_primary_key[0]
            assert new_id == last + 1, f"{table.name}: the new row got id {new_id} after {last}"
            ids[table.name] = new_id


def _assert_consistent(engine: sa.Engine) -> None:
    """No reference to a missing row, and (SQLite) an intact file."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            return
        # PostgreSQL enforces foreign keys itself; every one must exist and be validated.
        unchecked = connection.exec_driver_sql(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"
        ).fetchall()
        assert unchecked == []


def _step_down_and_up(engine: sa.Engine) -> list[str]:
    """Every migration that can be undone, undone one by one from the head and done again; the
    revisions passed through."""
    from alembic import command

    config = db.alembic_config(engine)
    seen = []
    revisions = _revisions()
    for revision in reversed(revisions[revisions.index(REVERSIBLE_FROM) : -1]):
        command.downgrade(config, revision)
        seen.append(db.current_revision(engine) or "")
    command.upgrade(config, "head")
    seen.append(db.current_revision(engine) or "")
    return seen


# 0003 rebuilt the follow-ups table and refuses to be undone (its downgrade says so).
REVERSIBLE_FROM = "0003"


def test_downgrades_and_upgrades_round_trip_to_the_same_schema(engine: sa.Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with Session(engine) as session:  # a row that every downgrade keeps
        session.add(Account(email="me@example.com"))
        session.commit()
    first = sa.MetaData()
    first.reflect(engine)
    assert _step_down_and_up(engine) == [*reversed(_revisions()[2:-1]), db.HEAD]
    again = sa.MetaData()
    again.reflect(engine)
    assert sorted(again.tables) == sorted(first.tables)
    for name, table in first.tables.items():
        assert [(c.name, str(c.type), c.nullable) for c in table.columns] == [
            (c.name, str(c.type), c.nullable) for c in again.tables[name].columns
        ], name
        assert {i.name for i in table.indexes} == {i.name for i in again.tables[name].indexes}
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []
    with Session(engine) as session:
        assert [a.email for a in session.exec(select(Account))] == ["me@example.com"]
    with pytest.raises(NotImplementedError, match="restore a backup"):
        from alembic import command

        command.downgrade(db.alembic_config(engine), "0002")


def test_the_data_version_moves_with_every_commit_and_only_then(engine: sa.Engine) -> None:
    """The list's page cache (api/pagecache.py) serves a page again while this stays put: it
    must move when any other connection commits, also a transaction begun before it was read."""
    from followup.api.pagecache import DataVersion

    version = DataVersion(engine)
    try:
        first = version.current()
        assert first is not None
        with Session(engine) as session:  # reading changes nothing
            session.exec(select(Account)).all()
        assert version.current() == first
        with engine.connect() as writer:
            row = {"email": "me@example.com", "scopes": "", "needs_reauth": False}
            writer.execute(sa.insert(Account).values(created_at=_NOW, **row))
            during = version.current()  # the write is not committed yet
            writer.commit()
        after = version.current()
        assert after != during
        assert version.current() == after
    finally:
        version.close()


_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_postgresql_serves_as_many_connections_at_once_as_serve_has_threads(pg_url: str) -> None:
    engine = db.make_engine(pg_url)
    try:
        with contextlib.ExitStack() as stack:
            held = [stack.enter_context(engine.connect()) for _ in range(40)]
            assert {c.execute(sa.text("SELECT pg_backend_pid()")).scalar() for c in held}
            assert engine.pool.checkedout() == 40  # type: ignore[attr-defined]
    finally:
        engine.dispose()


def test_postgresql_connections_the_server_closed_are_replaced(pg_url: str) -> None:
    """A restart or an idle timeout ends the pool's connections: the next request gets a new
    one instead of an error."""
    engine = db.make_engine(pg_url)
    try:
        with engine.connect() as connection:
            pid = connection.execute(sa.text("SELECT pg_backend_pid()")).scalar()
        args, kwargs = engine.dialect.create_connect_args(engine.url)  # outside the pool
        with contextlib.closing(engine.dialect.connect(*args, **kwargs)) as killer:
            cursor = killer.cursor()
            cursor.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killer.commit()
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT pg_backend_pid()")).scalar() != pid
    finally:
        engine.dispose()


def test_processes_starting_together_migrate_once_on_postgresql(pg_url: str) -> None:
    """The server and its workers start together: each runs the migrations; one does them
    while the others wait on the advisory lock, and none fails on a half-made schema."""
    from concurrent.futures import ThreadPoolExecutor

    engines = [db.make_engine(pg_url) for _ in range(4)]
    try:
        with ThreadPoolExecutor(len(engines)) as pool:
            list(pool.map(db.upgrade, engines))
        assert db.current_revision(engines[0]) == db.HEAD
    finally:
        for engine in engines:
            engine.dispose()
