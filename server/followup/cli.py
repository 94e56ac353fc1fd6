"""The `followup` command. Every failure a person can fix is one clear line on stderr, exit 2."""

from __future__ import annotations

import copy
import errno
import functools
import json
import logging
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from pydantic import ValidationError

from followup import __version__
from followup.config import Settings

if TYPE_CHECKING:
    import sqlalchemy as sa

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="followup",
    help="Timely, personal follow-ups for the interviews in your Google Calendar, as Gmail drafts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

log = logging.getLogger("followup")

DataDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Where the database, keys and tokens live [env: FOLLOWUP_DATA_DIR].",
        file_okay=False,
    ),
]


class UserError(Exception):
    """Something the user can fix; the message says how."""


def fail(message: str) -> typer.Exit:
    typer.secho(f"followup: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(2)


def friendly(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the errors a person can act on into one line instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from followup.crypto import MissingKey
        from followup.db import DatabaseError

        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            raise fail(_describe_settings_error(exc)) from None
        except (UserError, DatabaseError, MissingKey) as exc:
            raise fail(str(exc)) from None
        except Exception as exc:
            from followup.google.auth import AuthError

            if isinstance(exc, AuthError):
                raise fail(str(exc)) from None
            raise

    return wrapper


def _describe_settings_error(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        name = ".".join(str(p) for p in error["loc"])
        parts.append(f"FOLLOWUP_{name.upper()}: {error['msg']}")
    return "bad setting " + "; ".join(parts)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and .env, with command-line options on top."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})


def open_database(data_dir: Path | None) -> tuple[Settings, sa.Engine]:
    """Settings plus a migrated database, for the commands that work on the data directly."""
    from followup import db

    settings = load_settings(data_dir=data_dir)
    settings.ensure_data_dir()
    engine = db.make_engine(settings.resolved_database_url)
    db.upgrade(engine)
    return settings, engine


def check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UserError(
                    f"port {port} on {host} is in use (is followup already running?); "
                    f"stop the other process or choose another with --port"
                ) from None
            raise UserError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def check_bind_address(settings: Settings) -> None:
    if settings.is_loopback:
        return
    if not settings.allow_remote:
        raise UserError(
            f"refusing to listen on {settings.host}: the API would be reachable from the network. "
            "Use 127.0.0.1, or pass --allow-remote if you really mean it."
        )
    typer.secho(
        f"WARNING: listening on {settings.host}; anyone who can reach it and has the API token "
        "can read your follow-ups. Add its name to FOLLOWUP_ALLOWED_HOSTS to reach it by name.",
        err=True,
        fg=typer.colors.YELLOW,
    )


@app.command()
@friendly
def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on [default: 127.0.0.1].")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port [default: 8765].")] = None,
    allow_remote: Annotated[
        bool, typer.Option("--allow-remote", help="Permit a non-loopback --host.")
    ] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Run the followup server (API for the extension, background sync)."""
    import uvicorn

    from followup import db
    from followup.app import create_app
    from followup.web import signin_url

    settings = load_settings(
        host=host, port=port, data_dir=data_dir, allow_remote=allow_remote or None
    )
    check_bind_address(settings)
    check_port_free(settings.host, settings.port)
    application = create_app(settings)
    db.upgrade(application.state.engine)
    typer.echo(f"followup {__version__} on {settings.base_url}  (data: {settings.data_dir})")
    if settings.multi_user:
        typer.echo(
            f"multi-user mode: people sign in with Google at {settings.site_url}/ ; "
            "`followup worker` processes run the syncs"
        )
    else:
        link = signin_url(application, settings.base_url)
        typer.echo(f"sign in (web)  {link}  (opens the web app; the link works once)")
    uvicorn.run(
        application,
        host=settings.host,
        port=settings.port,
        log_level="info",
        log_config=access_log_without_queries(),
    )


class DropQueryString(logging.Filter):
    """uvicorn's access lines without the query string: the sign-in callback's carries Google's
    authorization code and the sign-in state, which do not belong in a terminal or a log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        # uvicorn logs '%s - "%s %s HTTP/%s" %d' with (client, method, path?query, version, status)
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str):
            path, asked, _ = args[2].partition("?")
            record.args = (args[0], args[1], path + ("?…" if asked else ""), *args[3:])
        return True


def access_log_without_queries() -> dict[str, Any]:
    """uvicorn's own logging set-up, with DropQueryString on the access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["drop_query"] = {"()": DropQueryString}
    config["handlers"]["access"]["filters"] = ["drop_query"]
    return config


@app.command()
@friendly
def sandbox(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8766,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback only).")] = "127.0.0.1",
    state: Annotated[
        Path | None,
        typer.Option(help="Load the sandbox from this JSON file and save every change to it."),
    ] = None,
    seed: Annotated[bool, typer.Option("--seed", help="Add the sample week on start.")] = False,
) -> None:
    """Run the local Google stand-in (Calendar v3, Gmail v1, OAuth) on its own."""
    from followup.serving import run_sandbox

    if host not in ("127.0.0.1", "localhost", "::1"):
        raise UserError("the sandbox listens on loopback only (127.0.0.1, localhost or ::1)")
    check_port_free(host, port)
    run_sandbox(host=host, port=port, state_file=state, seed=seed)


@app.command()
@friendly
def demo(
    port: Annotated[int, typer.Option(help="Port of the followup server.")] = 8765,
    sandbox_port: Annotated[int, typer.Option(help="Port of the Google sandbox.")] = 8766,
    data_dir: DataDirOpt = None,
    empty: Annotated[bool, typer.Option("--empty", help="Seed nothing.")] = False,
    reset: Annotated[bool, typer.Option("--reset", help="Forget an earlier demo's data.")] = False,
) -> None:
    """Run followup against its built-in Google sandbox, seeded with a sample week."""
    from followup.serving import run_demo

    base = load_settings(data_dir=data_dir)
    # Keep the demo away from a real account's data unless a directory is named.
    demo_dir = data_dir or base.data_dir / "demo"
    settings = load_settings(
        data_dir=demo_dir,
        port=port,
        google_endpoint=f"http://127.0.0.1:{sandbox_port}/",
        host="127.0.0.1",
    )
    check_port_free("127.0.0.1", sandbox_port)
    check_port_free("127.0.0.1", port)
    run_demo(settings, sandbox_port=sandbox_port, seed=not empty, reset=reset)


@app.command()
@friendly
def auth(
    client_secrets: Annotated[
        Path,
        typer.Option(
            "--client-secrets",
            help="The OAuth client JSON downloaded from Google Cloud (Desktop app type).",
        ),
    ],
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the sign-in URL instead of opening it.")
    ] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Connect a Google account (opens Google's consent page)."""
    from followup.google.auth import run_installed_flow

    if not client_secrets.is_file():
        raise UserError(
            f"no client-secrets file at {client_secrets}: download it from Google Cloud Console "
            "(APIs & Services → Credentials → your OAuth client → Download JSON)"
        )
    settings, _engine = open_database(data_dir)
    account = run_installed_flow(settings, client_secrets, open_browser=not no_browser)
    typer.echo(f"Connected {account.email}. Start the server with `followup serve`.")


@app.command()
@friendly
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Show the connected account, the last sync and counts."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from followup import db
    from followup.api.deps import every_account
    from followup.status import collect_status

    settings, engine = open_database(data_dir)
    with db.session_scope(engine) as session:  # the operator, at the machine: every account
        report = collect_status(session, settings, every_account(engine).account_ids)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    console = Console()
    console.print(f"followup {report.version} · Google: {report.google}")
    if not report.accounts:
        console.print("No Google account connected: run `followup auth --client-secrets FILE`.")
    for account in report.accounts:
        state = "[red]needs re-authorisation[/red]" if account.needs_reauth else "[green]ok[/green]"
        console.print(f"Account {escape(account.email)}: {state}")
        if account.reauth_reason:
            console.print(f"  {escape(account.reauth_reason)} — run `followup auth` again.")
        console.print(f"  last sync: {account.last_sync_at or 'never'}")
    table = Table("interviews", "follow-ups scheduled", "drafted", "sent")
    counts = report.counts
    table.add_row(
        *(
            str(n)
            for n in (
                counts.interviews,
                counts.followups_pending,
                counts.followups_drafted,
                counts.followups_sent,
            )
        )
    )
    console.print(table)


@app.command()
@friendly
def pair(
    data_dir: DataDirOpt = None,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo", help="The token of `followup demo` (which keeps its data in <data dir>/demo)."
        ),
    ] = False,
) -> None:
    """Print the API token to paste into the extension's options.

    After `followup demo` this is the demo's token: the one the running server accepts (asked
    on FOLLOWUP_PORT), else the demo's when followup itself was never started here."""
    settings = load_settings(data_dir=data_dir)
    if settings.api_token:
        token, source = settings.api_token.get_secret_value(), ""
    else:
        token, source = _pairing_token(settings, demo)
    if sys.stdout.isatty() or source:
        typer.echo(f"Paste this token into the followup extension's options{source}:", err=True)
    typer.echo(token)


def _pairing_token(settings: Settings, demo: bool) -> tuple[str, str]:
    """(token, where it comes from) without ever making a second token file: the demo's
    token lives in the demo's data directory, followup's own in the data directory."""
    from followup.crypto import API_TOKEN_FILE, load_or_create_api_token

    demo_dir = settings.data_dir / "demo"
    if demo:
        return load_or_create_api_token(demo_dir), " (the demo's)"
    own, demos = settings.data_dir / API_TOKEN_FILE, demo_dir / API_TOKEN_FILE
    found = [
        (path.read_text().strip(), note)
        for path, note in ((own, ""), (demos, " (the demo's)"))
        if path.is_file()
    ]
    if len(found) == 2:  # both: the one the server running now accepts
        for token, note in found:
            if _accepted(settings, token):
                return token, " (the running demo's)" if note else ""
    if found:
        return found[0]
    return load_or_create_api_token(settings.ensure_data_dir()), ""


def _accepted(settings: Settings, token: str) -> bool:
    """Does a followup server on this machine's port accept this token?"""
    import httpx

    try:
        answer = httpx.get(
            f"http://127.0.0.1:{settings.port}/api/v1/status",
            headers={"Authorization": f"Bearer {token}"},
            timeout=2,
        )
    except httpx.HTTPError:
        return False
    return answer.status_code == 200


@app.command()
@friendly
def sync(data_dir: DataDirOpt = None) -> None:
    """Sync the calendar now (a full sync the first time), with progress and a summary."""
    from googleapiclient.errors import HttpError
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from followup.context import Context
    from followup.crypto import TokenCipher
    from followup.google.services import TRANSIENT_ERRORS
    from followup.sync import SyncBusy
    from followup.tick import account_ids, run_tick

    settings, engine = open_database(data_dir)
    ctx = Context(settings, engine, TokenCipher.load_or_create(settings.data_dir))
    accounts = account_ids(ctx, include_reauth=True)
    if not accounts:
        raise UserError("no Google account is connected: run `followup auth --client-secrets FILE`")
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    for account_id in accounts:
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task("Reading the calendar…", total=None)

            def progress(read: int) -> None:
                bar.update(task, description=f"Reading the calendar… {read} events")  # noqa: B023

            try:
                summary = run_tick(ctx, account_id, progress)
            except SyncBusy:
                raise UserError("a sync is already running (the server's?); try later") from None
            except HttpError as exc:
                raise UserError(f"Google answered {exc.resp.status}: {exc.reason}") from None
            except TRANSIENT_ERRORS as exc:
                raise UserError(f"Google did not answer ({type(exc).__name__})") from None
        kind = "full" if summary.full_syncs else "incremental"
        typer.echo(
            f"Synced ({kind}): {summary.events_read} events read, "
            f"{summary.interviews_found} interviews, "
            f"{summary.created} new, {summary.updated} changed, {summary.cancelled} cancelled; "
            f"{summary.drafted} drafts made, {summary.sent} sent, {summary.replies} replies, "
            f"{summary.rejections} rejections read."
        )


@app.command()
@friendly
def worker(
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=32,
            help="Ticks this worker runs at once [env: FOLLOWUP_WORKER_CONCURRENCY; default: 4].",
        ),
    ] = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Tick every account, sharing the work with the other workers (multi-user mode, on
    PostgreSQL). Stops on SIGTERM or Ctrl-C once its running ticks are done."""
    settings = load_settings(data_dir=data_dir, worker_concurrency=concurrency)
    from followup.worker import WorkerError, run_worker

    try:
        run_worker(settings)
    except WorkerError as exc:
        raise UserError(str(exc)) from None


@app.command()
@friendly
def doctor(
    live: Annotated[
        bool,
        typer.Option(
            "--live",
            help="Check your Gmail with a throwaway draft to yourself (never sent, then deleted).",
        ),
    ] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """How your Gmail behaves where Google's documentation is silent (with --live)."""
    if not live:
        raise UserError(
            "`followup doctor` checks your Gmail with a draft to yourself, never sent and "
            "deleted at the end: run `followup doctor --live`"
        )
    from googleapiclient.errors import HttpError
    from rich.console import Console
    from sqlmodel import Session, select

    from followup.crypto import TokenCipher
    from followup.doctor import SEARCH_BOUND_SECONDS, Report, check_gmail, table
    from followup.google.auth import fresh_credentials, scopes_refused
    from followup.google.gmail import GoogleGmail
    from followup.google.services import TRANSIENT_ERRORS, RetryPolicy, build_gmail
    from followup.models import Account

    settings, engine = open_database(data_dir)
    cipher = TokenCipher.load_or_create(settings.data_dir)
    with Session(engine, expire_on_commit=False) as session:
        account = session.exec(select(Account).order_by(Account.id)).first()  # type: ignore[arg-type]
        if account is None:
            raise UserError(
                "no Google account is connected: run `followup auth --client-secrets FILE`"
            )
        credentials = fresh_credentials(session, account, cipher, settings)
        session.commit()
    policy = RetryPolicy.from_settings(settings)
    gmail = GoogleGmail(build_gmail(credentials, settings.google_endpoint, policy))
    console = Console()
    console.print(
        f"Checking the Gmail of {account.email} with a test draft to that address, never sent "
        f"and deleted at the end (at most {SEARCH_BOUND_SECONDS:.0f} s of waiting)…"
    )
    report = Report()
    try:
        check_gmail(gmail, account.email, report=report)
    except KeyboardInterrupt:
        console.print(table(report))
        raise fail(report.failure("interrupted")) from None
    except HttpError as exc:
        console.print(table(report))
        with Session(engine) as session:  # a 403 for the grant's scopes: say what to do
            stored = session.get(Account, account.id)
            reauth = scopes_refused(session, stored, exc) if stored is not None else None
        what = str(reauth) if reauth else f"Gmail answered {exc.resp.status} ({exc.reason})"
        raise fail(report.failure(what)) from None
    except TRANSIENT_ERRORS as exc:
        console.print(table(report))
        raise fail(report.failure(f"Gmail did not answer ({type(exc).__name__})")) from None
    console.print(table(report))


@app.command("list")
@friendly
def list_(
    data_dir: DataDirOpt = None,
    status: Annotated[
        str | None, typer.Option(help="Comma-separated: scheduled, drafted, sent, done…")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="Comma-separated: thank_you, check_in, nudge…")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The API's JSON, for scripts.")] = False,
) -> None:
    """Follow-ups, soonest first (what `GET /api/v1/followups` answers)."""
    from datetime import UTC, datetime

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from sqlmodel import Session

    from followup.api.deps import every_account
    from followup.api.followups import list_followups, parse_choices
    from followup.models import FollowUpKind, FollowUpState

    try:
        statuses = parse_choices([status or ""], FollowUpState)
        kinds = parse_choices([kind or ""], FollowUpKind)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    _settings, engine = open_database(data_dir)
    now = datetime.now(UTC)
    with Session(engine) as session:
        page = list_followups(session, every_account(engine), now, statuses, kinds)
        items = page.items
    if as_json:
        typer.echo(page.model_dump_json(indent=2))
        return
    console = Console()
    if not items:
        console.print(
            "No follow-ups yet: they appear once an interview is found (`followup sync`)."
        )
        return
    table = Table("id", "due", "kind", "status", "what", "interview", "flags")
    for item in items:
        due = item.due_at.astimezone().strftime("%a %d %b %H:%M")
        where = " · ".join(p for p in (item.interview.company, item.interview.role) if p)
        style = "red" if item.late else ("bold" if item.needs_you else None)
        # Titles and companies come from calendar events: Text, so "[...]" is never markup.
        table.add_row(
            str(item.id),
            due,
            item.kind.value.replace("_", " "),
            item.status.value,
            Text(item.title),
            Text(where),
            ", ".join(item.flags),
            style=style,
        )
    console.print(table)


@app.command("export")
@friendly
def export_(
    data_dir: DataDirOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json (one document) or csv (one file per table).")
    ] = "json",
    out: Annotated[
        Path | None,
        typer.Option(help="Where to write: a file for json (default: print), a folder for csv."),
    ] = None,
) -> None:
    """Your interviews, people, follow-ups and outcomes, as JSON or CSV (the web app's Export)."""
    from sqlmodel import Session

    from followup import export
    from followup.api.deps import every_account

    if fmt not in ("json", "csv"):
        raise UserError("--format is json or csv")
    if fmt == "csv" and out is None:
        raise UserError("CSV is one file per table: give a folder with --out DIR")
    _settings, engine = open_database(data_dir)
    with Session(engine) as session:
        data = export.collect(session, every_account(engine).account_ids)
    if fmt == "json":
        if out is None:
            typer.echo(export.as_json(data), nl=False)
        else:
            out.write_text(export.as_json(data), encoding="utf-8")
            typer.echo(f"Wrote {out}", err=True)
        return
    assert out is not None
    out.mkdir(parents=True, exist_ok=True)
    for table in export.TABLES:
        target = out / f"followup-{table}.csv"
        target.write_text(export.as_csv(data[table]), encoding="utf-8", newline="")
        typer.echo(f"Wrote {target} ({len(data[table])} rows)", err=True)


@app.command()
def detect(
    file: Annotated[Path, typer.Argument(help="events.list JSON, or a JSON array of events.")],
    me: Annotated[
        str | None, typer.Option(help="Your address (default: the `self` flags).")
    ] = None,
) -> None:
    """Print one JSON verdict per event (no network, no database)."""
    from followup.detect_cli import run_detect

    raise typer.Exit(run_detect(file, me, sys.stdout))


@app.command("classify-email")
def classify_email(
    files: Annotated[list[Path], typer.Argument(help="RFC 5322 .eml files.")],
) -> None:
    """One JSON verdict per mail: rejection, acknowledgement, interview_invite, offer, other."""
    from followup.classify_cli import run_classify

    raise typer.Exit(run_classify(files, sys.stdout))


@db_app.command("upgrade")
@friendly
def db_upgrade(data_dir: DataDirOpt = None) -> None:
    """Apply pending database migrations (also done on every start)."""
    from followup import db

    _settings, engine = open_database(data_dir)
    url = engine.url.render_as_string(hide_password=True)
    typer.echo(json.dumps({"database": url, "revision": db.current_revision(engine)}))


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"followup {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("alembic", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main() -> None:
    app()
