"""Engine, sessions and migrations.

SQLite (the default) gets WAL, foreign keys and a busy timeout on every
connection; any other SQLAlchemy URL (PostgreSQL) is used as given.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be opened or migrated; the message says what to do."""


# Connections of one process (PostgreSQL): POOL_SIZE kept open when idle, at most
# POOL_SIZE + POOL_OVERFLOW at once. Every process counts against the server's
# max_connections (100 by default): see docs/DEPLOY.md.
POOL_SIZE = 5
POOL_OVERFLOW = 35


def make_engine(url: str) -> sa.Engine:
    kwargs: dict[str, Any] = {}
    is_sqlite = url.startswith("sqlite")
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        database = sa.engine.make_url(url).database
        if database and database != ":memory:":
            folder = Path(database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"cannot open the database: cannot create {folder} ({exc.strerror}). "
                    "Check FOLLOWUP_DATABASE_URL / FOLLOWUP_DATA_DIR."
                ) from exc
    else:
        # A connection the server closed (a restart, an idle timeout, a proxy) is found out
        # before a request uses it, not by the request failing.
        kwargs["pool_pre_ping"] = True
        # A connection per request or tick that runs at once: as many as the threads that may
        # hold one (serve's 40 threads for routes), few kept open when idle. SQLAlchemy's
        # default (5 + 10) would leave the 16th concurrent request waiting, then failing.
        kwargs["pool_size"] = POOL_SIZE
        kwargs["max_overflow"] = POOL_OVERFLOW
    engine = sa.create_engine(url, **kwargs)
    if is_sqlite:
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.driver == "psycopg":
        sa.event.listen(engine, "connect", _no_nul_in_text)
    return engine


def _no_nul_in_text(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL's text cannot hold a NUL character, and refuses the whole statement: one in
    an event title, a mail or a note typed by hand would fail every sync or request that
    writes it. Each is stored (and looked up) as U+FFFD instead, the mark of a character that
    could not be shown; SQLite keeps it as it is."""
    for dumper in _nul_free_dumpers():
        dbapi_connection.adapters.register_dumper(str, dumper)


@cache
def _nul_free_dumpers() -> tuple[type, ...]:
    """psycopg's default dumpers of str (binary, then text: the last is the default), made
    once (psycopg is only installed with the `postgres` extra)."""
    from psycopg.types.string import StrBinaryDumper, StrDumperUnknown

    class Binary(StrBinaryDumper):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd"))

    class Text(StrDumperUnknown):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd"))

    return Binary, Text


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# The newest migration (tests/test_db.py holds it to alembic's own answer). Knowing it lets
# every start skip importing alembic (a third of the start-up) when nothing is to be done.
HEAD = "0009"


def alembic_config(engine: sa.Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; safe to run on every start."""
    try:
        if revision == "head" and _stored_revision(engine) == HEAD:
            return
        from alembic import command

        with _one_at_a_time(engine):
            command.upgrade(alembic_config(engine), revision)
    except sa.exc.OperationalError as exc:
        raise DatabaseError(
            f"cannot open the database at {engine.url.render_as_string(hide_password=True)}: "
            f"{exc.orig}. Check FOLLOWUP_DATABASE_URL / the data directory's permissions."
        ) from exc


MIGRATION_LOCK = 0x666F6C6C6F75  # a PostgreSQL advisory lock: one process migrates at a time


@contextmanager
def _one_at_a_time(engine: sa.Engine) -> Iterator[None]:
    """PostgreSQL: the server and the workers of a deployment may start together; one of them
    migrates while the others wait, then find nothing left to do (alembic reads the revision
    again under the lock). SQLite serialises writers by itself."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with advisory_lock(engine, MIGRATION_LOCK):
        yield


@contextmanager
def advisory_lock(engine: sa.Engine, key: int) -> Iterator[sa.Connection]:
    """Hold a PostgreSQL session advisory lock (waiting for it) on a connection of its own,
    which the caller may use; released however the block ends."""
    with engine.connect() as connection:
        connection.execute(sa.select(sa.func.pg_advisory_lock(key)))
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            connection.execute(sa.select(sa.func.pg_advisory_unlock(key)))
            connection.commit()


def _stored_revision(engine: sa.Engine) -> str | None:
    """The schema's revision as alembic recorded it, read without alembic (None: none yet)."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    """The newest migration shipped with this version of followup."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# Every id column is an INTEGER: PostgreSQL refuses a larger number in a query (a
# DataError, a 500 to the caller) where SQLite simply finds nothing.
MAX_ROW_ID = 2**31 - 1
_Row = TypeVar("_Row", bound=SQLModel)


def get_row(session: Session, model: type[_Row], row_id: int) -> _Row | None:
    """The row with this id, or None; an id no row can have (a URL typed by hand) is
    simply not found, the same on both databases."""
    if not 1 <= row_id <= MAX_ROW_ID:
        return None
    return session.get(model, row_id)
