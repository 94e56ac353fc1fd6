"""A throwaway PostgreSQL cluster for the test session (issue 18).

`postgres` starts one cluster per session, in a temporary directory, listening on a Unix
socket only (no TCP), tuned for tests (no fsync); `pg_url` is a fresh empty database for one
test. PostgreSQL's `initdb` refuses to run as root: as root, the cluster runs as the
unprivileged `postgres` user (Debian's package creates it), otherwise as whoever runs the tests.

With `FOLLOWUP_TEST_DATABASE=postgresql` (`make test-pg`) every test gets a fresh database as
`FOLLOWUP_DATABASE_URL`, so every `Settings` the tests build, and every process they start with
the inherited environment, use PostgreSQL. A test that sets up more than one data directory asks
`fresh_database_url()` for each further one.

Without PostgreSQL installed the tests that need it are skipped, unless
`FOLLOWUP_REQUIRE_POSTGRES=1` (CI), where they fail and say what to install.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATABASE_ENV = "FOLLOWUP_TEST_DATABASE"  # "sqlite" (the default) or "postgresql"
REQUIRE_ENV = "FOLLOWUP_REQUIRE_POSTGRES"
SUPERUSER = "followup"
# Tuned for tests: nothing here needs to survive a power cut, and several servers and workers
# (each with its pool) run at once.
SETTINGS = {
    "listen_addresses": "''",  # Unix socket only
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "64MB",
    "timezone": "'Asia/Kathmandu'",  # not UTC: every time must come back as UTC anyway
    "log_min_messages": "warning",
    "log_lock_waits": "on",
}


def suite_database() -> str:
    """Which database the suite runs on: "sqlite" or "postgresql"."""
    name = os.environ.get(DATABASE_ENV, "").strip().lower() or "sqlite"
    if name not in ("sqlite", "postgresql"):
        raise pytest.UsageError(f"{DATABASE_ENV}={name!r}: use 'sqlite' or 'postgresql'")
    return name


def find_bindir() -> Path | None:
    """Where `initdb` and `pg_ctl` are: on PATH, else Debian's newest /usr/lib/postgresql/N."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    versions = Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")

    def version(path: Path) -> int:
        number = path.parent.parent.name
        return int(number) if number.isdigit() else 0

    for pg_ctl in sorted(versions, key=version, reverse=True):
        if (pg_ctl.parent / "initdb").exists():
            return pg_ctl.parent
    return None


class PostgresServer:
    """One running cluster: `new_database()` for each test that wants one."""

    def __init__(self, bindir: Path, root: Path, run_as: pwd.struct_passwd | None) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.socket_dir = root  # short: a Unix socket path has at most 107 characters
        self.log = root / "postgres.log"
        self._run_as = run_as
        self._names = itertools.count(1)
        self._lock = threading.Lock()
        self._started = False

    # The cluster ---------------------------------------------------------------------------

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        extra: dict[str, Any] = {}
        if self._run_as is not None:
            extra = {"user": self._run_as.pw_uid, "group": self._run_as.pw_gid, "extra_groups": []}
        return subprocess.run(
            [str(self.bindir / argv[0]), *argv[1:]],
            cwd=self.root,
            capture_output=True,
            text=True,
            check=check,
            stdin=subprocess.DEVNULL,
            timeout=120,
            **extra,
        )

    def start(self) -> None:
        if self._run_as is not None:
            os.chown(self.root, self._run_as.pw_uid, self._run_as.pw_gid)
        self.root.chmod(0o755)  # the tests' user (root, or the owner) reaches the socket
        init = self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--no-locale", "--no-sync", check=False,
        )  # fmt: skip
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{init.stdout}\n{init.stderr}")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# tests/pg.py\n")
            conf.write(f"unix_socket_directories = '{self.socket_dir}'\n")
            conf.writelines(f"{key} = {value}\n" for key, value in SETTINGS.items())
        started = self._run(
            "pg_ctl", "start", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
            check=False,
        )  # fmt: skip
        if started.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start:\n{started.stderr}\n{log[-3000:]}")
        self._started = True

    def stop(self) -> None:
        if self._started:
            self._started = False
            self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    # Databases -----------------------------------------------------------------------------

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}"

    def connect(self, database: str = "postgres") -> Any:
        """A psycopg connection (autocommit) to one of the cluster's databases."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), user=SUPERUSER, dbname=database, autocommit=True
        )

    def new_database(self) -> str:
        """A fresh empty database; its SQLAlchemy URL."""
        with self._lock:
            name = f"test_{os.getpid()}_{next(self._names)}"
        with contextlib.closing(self.connect()) as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database `new_database` made, and end the connections still open to it (a
        test's engines that nobody disposed of), so they do not add up to max_connections."""
        name = url.rpartition("/")[2].partition("?")[0]
        if self._started:
            with contextlib.closing(self.connect()) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged user the cluster runs as when the tests run as root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and no 'postgres' user exists to run PostgreSQL as")


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1). Install it: apt-get install postgresql")
    pytest.skip(f"{reason}; install it (apt-get install postgresql) to run these tests")


_active: PostgresServer | None = None


@pytest.fixture(scope="session")
def postgres(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """The session's PostgreSQL cluster, started on first use and stopped at the end."""
    global _active  # the one cluster of this session, for fresh_database_url
    bindir = find_bindir()
    if bindir is None:
        _unavailable("PostgreSQL is not installed (no initdb/pg_ctl found)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (the `postgres` extra)")
    assert bindir is not None
    root = Path(tempfile.mkdtemp(prefix="followup-pg-", dir="/tmp"))
    server = PostgresServer(bindir, root, _run_as())
    request.addfinalizer(server.stop)  # even if starting fails half-way, or the session does
    server.start()
    _active = server
    try:
        yield server
    finally:
        _active = None


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh empty PostgreSQL database for this test (dropped after it)."""
    url = postgres.new_database()
    yield url
    postgres.drop_database(url)


# The suite on PostgreSQL -----------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _suite_postgres(request: pytest.FixtureRequest) -> PostgresServer | None:
    """The cluster, when the suite runs on PostgreSQL (started before any module's fixtures)."""
    if suite_database() != "postgresql":
        return None
    server: PostgresServer = request.getfixturevalue("postgres")
    return server


@pytest.fixture(autouse=True)
def _suite_database(
    _suite_postgres: PostgresServer | None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """On PostgreSQL, a fresh database for every test, as `FOLLOWUP_DATABASE_URL`."""
    if _suite_postgres is None:
        yield
        return
    url = _suite_postgres.new_database()
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", url)
    yield
    _suite_postgres.drop_database(url)


def fresh_database_url() -> str | None:
    """The database for one more data directory of a test: a fresh PostgreSQL database when
    the suite runs on PostgreSQL, else None (the data directory's own SQLite file)."""
    if suite_database() != "postgresql":
        return None
    if _active is None:
        raise RuntimeError("the suite runs on PostgreSQL but its cluster is not running")
    return _active.new_database()


def on_postgresql() -> bool:
    return suite_database() == "postgresql"
