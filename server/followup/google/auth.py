"""Google sign-in: the one place OAuth credentials are made, stored and refreshed.

- Client secrets come from `settings.client_secrets_file`, else `<data_dir>/client_secret.json`
  (copied there, mode 0600, by `followup auth`). With `settings.google_endpoint` (the sandbox),
  the client's `auth_uri`/`token_uri` are replaced by the sandbox's.
- Credentials are kept encrypted (`TokenCipher`) in `Account.token_encrypted`, as JSON.
- `fresh_credentials` refreshes them when they are about to expire; a dead refresh token flags
  the account `needs_reauth` and raises `ReauthRequired`.
- Two ways to consent: `run_installed_flow` (the CLI, a loopback server on a random port) and
  `WebLogins` + `exchange_code` (the server's `/auth/google/start` → `/auth/google/callback`).

Tokens and e-mail addresses are never logged at INFO or above.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from google.auth.exceptions import RefreshError, TransportError
from sqlmodel import Session, select

from followup.config import GOOGLE_AUTH_URI, GOOGLE_TOKEN_URI, LOOPBACK_HOSTS, SCOPES, Settings
from followup.crypto import TokenCipher
from followup.models import Account

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

log = logging.getLogger(__name__)

CLIENT_SECRETS_FILE = "client_secret.json"
REFRESH_MARGIN = timedelta(minutes=5)  # refresh this long before the access token expires
LOGIN_SECONDS = 600  # how long a web sign-in (its state and PKCE verifier) stays usable
MAX_PENDING_LOGINS = 64
HTTP_TIMEOUT_SECONDS = 30
# Token-endpoint errors after which only a new consent helps.
REAUTH_ERRORS = frozenset({"invalid_grant", "invalid_client", "unauthorized_client"})

SCOPE_NAMES = {
    "https://www.googleapis.com/auth/calendar.readonly": "read your calendar",
    "https://www.googleapis.com/auth/gmail.compose": "write Gmail drafts",
    "https://www.googleapis.com/auth/gmail.readonly": "read your mail",
}

# Held with other Gmail scopes, it still makes Gmail treat the token as metadata-only: every
# search (`q`) answers 403 (googleapis/google-api-python-client#582).
GMAIL_METADATA_SCOPE = "https://www.googleapis.com/auth/gmail.metadata"

RECONNECT_HINT = (
    "run `followup auth --client-secrets FILE` (or open /auth/google/start on the running server)"
)


# Errors ---------------------------------------------------------------------------------


class AuthError(RuntimeError):
    """Connecting to Google failed; the message says what happened and what to do."""


class ClientSecretsError(AuthError):
    """The OAuth client's secrets file is missing or not usable."""


class MissingClientSecrets(ClientSecretsError):
    pass


class InvalidClientSecrets(ClientSecretsError):
    pass


class ReauthRequired(AuthError):
    """The saved sign-in no longer works (revoked, expired, lost key): the user must consent
    again."""


class ConsentError(AuthError):
    """The consent round trip did not end with tokens (denied, bad state, failed exchange)."""


# Client secrets -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientConfig:
    """The OAuth client, as read from a Google Cloud client-secrets file."""

    kind: str  # "installed" (Desktop app) or "web"
    client_id: str
    client_secret: str
    auth_uri: str
    token_uri: str

    def as_client_config(self) -> dict[str, Any]:
        """The dict google-auth-oauthlib's flows take."""
        return {
            self.kind: {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "auth_uri": self.auth_uri,
                "token_uri": self.token_uri,
            }
        }


def client_secrets_path(settings: Settings) -> Path:
    return settings.client_secrets_file or settings.data_dir / CLIENT_SECRETS_FILE


def parse_client_secrets(data: Any, source: str = "the client-secrets file") -> ClientConfig:
    """Validate a client-secrets dict (`{"installed": {...}}` or `{"web": {...}}`)."""
    where = f"{source} is not a Google OAuth client file"
    download = (
        "download the JSON of an OAuth client (type Desktop app) from Google Cloud Console "
        "(APIs & Services → Credentials)"
    )
    if not isinstance(data, dict):
        raise InvalidClientSecrets(f"{where}: expected a JSON object; {download}")
    kinds = [kind for kind in ("installed", "web") if isinstance(data.get(kind), dict)]
    if not kinds:
        raise InvalidClientSecrets(f'{where}: no "installed" or "web" section; {download}')
    kind = kinds[0]
    section = data[kind]
    missing = [
        key
        for key in ("client_id", "client_secret")
        if not isinstance(section.get(key), str) or not section[key]
    ]
    if missing:
        raise InvalidClientSecrets(f"{where}: missing {', '.join(missing)}; {download}")
    return ClientConfig(
        kind=kind,
        client_id=section["client_id"],
        client_secret=section["client_secret"],
        auth_uri=str(section.get("auth_uri") or GOOGLE_AUTH_URI),
        token_uri=str(section.get("token_uri") or GOOGLE_TOKEN_URI),
    )


def read_client_secrets(path: Path) -> ClientConfig:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingClientSecrets(
            f"no Google OAuth client file at {path}: {RECONNECT_HINT}, "
            "or set FOLLOWUP_CLIENT_SECRETS_FILE to the JSON downloaded from Google Cloud Console"
        ) from None
    except OSError as exc:
        raise InvalidClientSecrets(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise InvalidClientSecrets(
            f"{path} is not valid JSON: download the OAuth client's JSON again from "
            "Google Cloud Console"
        ) from None
    return parse_client_secrets(data, str(path))


def load_client_config(settings: Settings) -> ClientConfig:
    """The OAuth client to use; with `google_endpoint` set, its URIs point there."""
    config = read_client_secrets(client_secrets_path(settings))
    if settings.google_endpoint:
        config = ClientConfig(
            kind=config.kind,
            client_id=config.client_id,
            client_secret=config.client_secret,
            auth_uri=settings.auth_uri,
            token_uri=settings.token_uri,
        )
    return config


def install_client_secrets(settings: Settings, source: Path) -> Path:
    """Check `source` and copy it to `<data_dir>/client_secret.json`, readable by the owner only."""
    read_client_secrets(source)  # refuse a bad file before overwriting a good one
    target = settings.ensure_data_dir() / CLIENT_SECRETS_FILE
    if target.exists() and target.resolve() == source.resolve():
        target.chmod(0o600)
        return target
    data = source.read_bytes()
    tmp = target.with_name(f".{CLIENT_SECRETS_FILE}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


# Stored credentials ---------------------------------------------------------------------


def _naive_utc(moment: datetime | None) -> datetime | None:
    """google-auth compares expiries with naive UTC datetimes."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def granted_scopes(credentials: Credentials) -> list[str]:
    scopes = getattr(credentials, "granted_scopes", None) or credentials.scopes or []
    if isinstance(scopes, str):
        scopes = scopes.split()
    return sorted(set(scopes))


def credentials_to_dict(credentials: Credentials) -> dict[str, Any]:
    expiry = _naive_utc(credentials.expiry)
    return {
        "token": credentials.token,
        "refresh_token": credentials.refresh_token,
        "expiry": expiry.replace(tzinfo=UTC).isoformat() if expiry else None,
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret,
        "token_uri": credentials.token_uri,
        "scopes": granted_scopes(credentials),
    }


def save_credentials(account: Account, credentials: Credentials, cipher: TokenCipher) -> None:
    """Encrypt the credentials into the account (the caller's session saves it)."""
    plain = json.dumps(credentials_to_dict(credentials)).encode("utf-8")
    account.token_encrypted = cipher.encrypt(plain)
    account.scopes = " ".join(granted_scopes(credentials))


def load_credentials(account: Account, cipher: TokenCipher, settings: Settings) -> Credentials:
    """The account's saved credentials (not refreshed; see `fresh_credentials`)."""
    if not account.token_encrypted:
        raise ReauthRequired(f"no saved Google sign-in for this account: {RECONNECT_HINT}")
    try:
        data = json.loads(cipher.decrypt(account.token_encrypted))
    except ValueError as exc:  # wrong key (lost secret.key) or corrupt data
        raise ReauthRequired(str(exc)) from None
    expiry = datetime.fromisoformat(data["expiry"]) if data.get("expiry") else None
    return _credentials(
        token=data.get("token"),
        refresh_token=data.get("refresh_token"),
        token_uri=settings.token_uri if settings.google_endpoint else data.get("token_uri"),
        client_id=data.get("client_id"),
        client_secret=data.get("client_secret"),
        scopes=data.get("scopes") or None,
        expiry=_naive_utc(expiry),
    )


def _credentials(**fields: Any) -> Credentials:
    # google-auth's credentials (with `requests`, ~0.2 s) load on first use: a serve starts
    # without them, and the web sign-in routes need only this module's errors and helpers.
    from google.oauth2.credentials import Credentials

    credentials: Credentials = Credentials(**fields)
    return credentials


def _needs_refresh(credentials: Credentials) -> bool:
    if not credentials.token:
        return True
    expiry = _naive_utc(credentials.expiry)
    if expiry is None:
        return False
    return expiry - REFRESH_MARGIN <= datetime.now(UTC).replace(tzinfo=None)


def mark_needs_reauth(account: Account, reason: str) -> None:
    account.needs_reauth = True
    account.reauth_reason = reason


def fresh_credentials(
    session: Session, account: Account, cipher: TokenCipher, settings: Settings
) -> Credentials:
    """Credentials good for at least a few minutes, refreshed (and saved) if need be.

    A refused refresh (revoked access, a "Testing" app's 7-day limit, a deleted client) marks
    the account `needs_reauth` and **commits the session** before raising `ReauthRequired`,
    so the flag survives the rollback the exception will cause at the request or tick boundary.
    A network failure raises `AuthError` and changes nothing.
    """
    credentials = load_credentials(account, cipher, settings)
    if not _needs_refresh(credentials):
        return credentials
    if not credentials.refresh_token:
        reason = f"the saved Google sign-in has expired and cannot be renewed: {RECONNECT_HINT}"
        _flag(session, account, reason)
        raise ReauthRequired(reason)
    from google.auth.transport.requests import Request as GoogleRequest  # see _credentials

    try:
        credentials.refresh(GoogleRequest())
    except RefreshError as exc:
        raise refresh_failed(session, account, exc) from None
    except TransportError as exc:
        raise AuthError(
            f"cannot reach Google's token endpoint ({exc}); it will be retried"
        ) from None
    save_credentials(account, credentials, cipher)
    session.add(account)
    session.flush()
    log.debug("refreshed the access token of account %s", account.id)
    return credentials


def refresh_failed(session: Session, account: Account, exc: RefreshError) -> AuthError:
    """The error to raise for a refused refresh, wherever it happened (here, or inside the
    Google client on a 401 mid-sync). A dead grant flags the account (committed)."""
    error = _oauth_error_code(exc)
    if error in REAUTH_ERRORS:
        reason = (
            f"Google refused the saved sign-in ({error}: access was revoked, expired or "
            f"the OAuth client changed); {RECONNECT_HINT}"
        )
        _flag(session, account, reason)
        log.warning("Google sign-in of account %s needs renewal (%s)", account.id, error)
        return ReauthRequired(reason)
    return AuthError(f"Google's token endpoint failed ({exc}); it will be retried")


METADATA_REASON = (
    "Google's sign-in for followup also carries the gmail.metadata permission (from an earlier "
    "grant), and with it Gmail refuses every search followup makes; remove followup's access "
    f"at https://myaccount.google.com/permissions, then {RECONNECT_HINT}"
)
SCOPES_REASON = (
    "Google refused a request because the saved sign-in lacks a permission followup needs; "
    f"{RECONNECT_HINT} and tick every box on the consent page"
)


def scopes_refused(session: Session, account: Account, exc: Exception) -> ReauthRequired | None:
    """For a Google API error (`HttpError`) that only a new consent can cure, because of the
    token's scopes: flag the account (committed) and return the error to raise; else None.

    Two such 403s: `insufficientPermissions` (a scope is missing), and Gmail's "Metadata scope
    does not support 'q' parameter" / "… doesn't allow format FULL" (gmail.metadata rode along).
    """
    status = getattr(getattr(exc, "resp", None), "status", None)
    if status is None or int(status) != 403:
        return None
    try:
        error = json.loads(getattr(exc, "content", b"") or b"{}").get("error") or {}
        reasons = {str(e.get("reason")) for e in error.get("errors") or []}
        message = str(error.get("message", ""))
    except (ValueError, TypeError, AttributeError):
        return None
    if message.startswith("Metadata scope"):
        reason = METADATA_REASON
    elif "insufficientPermissions" in reasons:
        reason = SCOPES_REASON
    else:
        return None
    _flag(session, account, reason)
    log.warning("Google sign-in of account %s needs renewal (scopes)", account.id)
    return ReauthRequired(reason)


def _flag(session: Session, account: Account, reason: str) -> None:
    mark_needs_reauth(account, reason)
    session.add(account)
    session.commit()


def _oauth_error_code(exc: RefreshError) -> str | None:
    """The token endpoint's `error` ("invalid_grant"…) behind a RefreshError."""
    for arg in exc.args:
        if isinstance(arg, dict) and isinstance(arg.get("error"), str):
            return str(arg["error"])
    text = str(exc.args[0]) if exc.args else ""
    for error in REAUTH_ERRORS:
        if text.startswith(error) or f"{error}:" in text or f"'{error}'" in text:
            return error
    return None


def upsert_account(
    session: Session, credentials: Credentials, cipher: TokenCipher, settings: Settings
) -> Account:
    """Ask Gmail whose credentials these are, then create or update that account with them.

    Synchronous (it calls Gmail): run it in a worker thread, not on the event loop.
    """
    from googleapiclient.errors import HttpError

    from followup.google.services import RetryPolicy, build_gmail

    gmail = build_gmail(credentials, settings.google_endpoint, RetryPolicy.from_settings(settings))
    try:
        profile = gmail.users().getProfile(userId="me").execute()
    except HttpError as exc:
        raise AuthError(
            f"Gmail would not say which account signed in (HTTP {exc.status_code}); "
            "try connecting again"
        ) from None
    email = str(profile["emailAddress"])
    allowed = {domain.lower().lstrip("@") for domain in settings.allowed_domains}
    if settings.multi_user and allowed and email.rpartition("@")[2].lower() not in allowed:
        raise AuthError(
            f"{email} cannot sign in here: this followup is for accounts at "
            f"{', '.join(sorted(allowed))}. Sign in with one of those."
        )
    account = session.exec(select(Account).where(Account.email == email)).first()
    if account is None:
        account = Account(email=email)
    elif not credentials.refresh_token and account.token_encrypted:
        # Google sends a refresh token only on the first consent; keep the one we have.
        with contextlib.suppress(ReauthRequired):
            previous = load_credentials(account, cipher, settings)
            credentials = _with_refresh_token(credentials, previous.refresh_token)
    save_credentials(account, credentials, cipher)
    missing = [scope for scope in SCOPES if scope not in granted_scopes(credentials)]
    if GMAIL_METADATA_SCOPE in granted_scopes(credentials):
        mark_needs_reauth(account, METADATA_REASON)
    elif missing:
        what = ", ".join(SCOPE_NAMES.get(scope, scope) for scope in missing)
        mark_needs_reauth(
            account,
            f"Google did not grant every permission followup needs ({what}); "
            f"{RECONNECT_HINT} and tick every box on the consent page",
        )
    else:
        account.needs_reauth = False
        account.reauth_reason = None
    session.add(account)
    session.flush()
    log.info("Google account connected (account id %s)", account.id)
    return account


def _with_refresh_token(credentials: Credentials, refresh_token: str | None) -> Credentials:
    return _credentials(
        token=credentials.token,
        refresh_token=refresh_token,
        token_uri=credentials.token_uri,
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        scopes=granted_scopes(credentials),
        expiry=_naive_utc(credentials.expiry),
    )


# The consent round trip -------------------------------------------------------------------


def pkce_pair() -> tuple[str, str]:
    """A PKCE verifier (43+ unreserved characters) and its S256 challenge."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def authorization_url(
    config: ClientConfig, *, redirect_uri: str, state: str, code_challenge: str
) -> str:
    """Google's consent URL for SCOPES, asking for a refresh token (offline, prompt=consent)."""
    query = {
        "response_type": "code",
        "client_id": config.client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(SCOPES),
        "state": state,
        "access_type": "offline",
        "prompt": "consent",
        # No include_granted_scopes: an earlier grant (gmail.metadata above all, which makes
        # Gmail refuse every search) must not ride along; followup asks for exactly SCOPES.
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    }
    separator = "&" if urlsplit(config.auth_uri).query else "?"
    return config.auth_uri + separator + urlencode(query)


def exchange_code(
    config: ClientConfig, *, code: str, redirect_uri: str, code_verifier: str
) -> Credentials:
    """Trade an authorization code for credentials at the token endpoint (synchronous)."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": config.client_id,
        "client_secret": config.client_secret,
        "code_verifier": code_verifier,
    }
    import httpx  # its import loads its command line's rich and pygments (~0.15 s): not at start

    try:
        response = httpx.post(config.token_uri, data=form, timeout=HTTP_TIMEOUT_SECONDS)
    except httpx.HTTPError as exc:
        raise ConsentError(f"cannot reach Google's token endpoint: {exc}; try again") from None
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
        error = body.get("error", f"HTTP {response.status_code}") if isinstance(body, dict) else ""
        raise ConsentError(f"Google refused the sign-in code ({error}); start the sign-in again")
    expires_in = body.get("expires_in")
    expiry = (
        datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=int(expires_in))
        if expires_in is not None
        else None
    )
    scopes = str(body.get("scope") or " ".join(SCOPES)).split()
    return _credentials(
        token=body["access_token"],
        refresh_token=body.get("refresh_token"),
        token_uri=config.token_uri,
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=scopes,
        expiry=expiry,
    )


@dataclass
class _PendingLogin:
    verifier: str
    redirect_uri: str
    started: float


class WebLogins:
    """Sign-ins begun at `/auth/google/start`: state → PKCE verifier, single use, 10 minutes.

    Kept in memory (in `app.state`): a restart simply asks the user to start again.
    """

    def __init__(self, lifetime: float = LOGIN_SECONDS, clock: Callable[[], float] | None = None):
        self.lifetime = lifetime
        self._clock = clock or time.monotonic
        self._pending: dict[str, _PendingLogin] = {}
        self._lock = threading.Lock()

    def begin(self, config: ClientConfig, redirect_uri: str) -> str:
        """A new sign-in; returns the consent URL to send the browser to."""
        state = secrets.token_urlsafe(32)
        verifier, challenge = pkce_pair()
        now = self._clock()
        with self._lock:
            self._prune(now)
            while len(self._pending) >= MAX_PENDING_LOGINS:
                oldest = min(self._pending, key=lambda key: self._pending[key].started)
                del self._pending[oldest]
            self._pending[state] = _PendingLogin(verifier, redirect_uri, now)
        return authorization_url(
            config, redirect_uri=redirect_uri, state=state, code_challenge=challenge
        )

    def finish(self, state: str) -> tuple[str, str]:
        """(verifier, redirect_uri) of the sign-in `state` names; it cannot be used again."""
        with self._lock:
            self._prune(self._clock())
            pending = self._pending.pop(state, None) if state else None
        if pending is None:
            raise ConsentError(
                "this sign-in link is unknown, expired or already used; "
                "start again at /auth/google/start"
            )
        return pending.verifier, pending.redirect_uri

    def _prune(self, now: float) -> None:
        for key, pending in list(self._pending.items()):
            if now - pending.started > self.lifetime:
                del self._pending[key]

    def __len__(self) -> int:
        return len(self._pending)


# The installed-app flow (`followup auth`) ----------------------------------------------------


# Google lets a Web application client redirect only to the URIs registered for it, so the
# installed flow's random loopback port fails there with redirect_uri_mismatch.
WEB_CLIENT_REFUSED = (
    "{path} is the file of a Web application OAuth client, and Google accepts only the exact "
    "addresses registered for such a client, so its consent page would answer "
    "redirect_uri_mismatch. In Google Cloud Console (APIs & Services → Credentials → Create "
    "credentials → OAuth client ID) create one of type Desktop app, download its JSON and run "
    "`followup auth --client-secrets` with that file (README: Connecting your real Google account)"
)


class _CallableBrowser(webbrowser.BaseBrowser):
    """Lets `InstalledAppFlow.run_local_server` "open the browser" by calling a function."""

    def __init__(self, opener: Callable[[str], object]) -> None:
        super().__init__("followup-opener")
        self._opener = opener

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self._opener(url)
        return True


@contextlib.contextmanager
def _oauthlib_allowances(token_uri: str) -> Iterator[None]:
    """oauthlib refuses http:// token endpoints and a narrowed scope; allow plain http only for
    a loopback endpoint (the sandbox), and let us see a narrowed grant (we flag it ourselves)."""
    parts = urlsplit(token_uri)
    changes = {"OAUTHLIB_RELAX_TOKEN_SCOPE": "1"}
    if parts.scheme == "http" and (
        parts.hostname in LOOPBACK_HOSTS or (parts.hostname or "").startswith("127.")
    ):
        changes["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_installed_flow(
    settings: Settings,
    client_secrets: Path,
    *,
    open_browser: bool = True,
    opener: Callable[[str], object] | None = None,
    timeout_seconds: float | None = 600,
) -> Account:
    """`followup auth`: consent in the browser, answered on a loopback port, then save the account.

    Refuses a Web application client's file (see WEB_CLIENT_REFUSED) before anything else.
    Copies `client_secrets` into the data directory (0600), runs Google's installed-app flow
    (127.0.0.1, a random port, PKCE, offline access, consent prompt) and stores the account.
    `opener(url)` replaces the web browser (tests); it must return without waiting for the
    redirect to be served, as a browser does. Without a usable browser the URL is printed.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    from followup import db

    if read_client_secrets(client_secrets).kind == "web":
        raise InvalidClientSecrets(WEB_CLIENT_REFUSED.format(path=client_secrets))
    install_client_secrets(settings, client_secrets)
    config = load_client_config(settings)
    flow = InstalledAppFlow.from_client_config(
        config.as_client_config(), scopes=list(SCOPES), autogenerate_code_verifier=True
    )
    browser: str | None = None
    if opener is not None:
        browser = "followup-opener"  # re-registered (replaced) on every call
        webbrowser.register(browser, None, _CallableBrowser(opener))
        open_browser = True
    elif open_browser:
        try:
            webbrowser.get()
        except webbrowser.Error:
            open_browser = False  # no browser here: print the URL instead
    try:
        with _oauthlib_allowances(config.token_uri):
            credentials = flow.run_local_server(
                host="127.0.0.1",
                port=0,
                open_browser=open_browser,
                browser=browser,
                authorization_prompt_message=(
                    "Open this address in a browser to connect followup to Google:\n{url}\n"
                ),
                success_message="followup is connected to Google. You can close this tab.",
                timeout_seconds=timeout_seconds,
                access_type="offline",
                prompt="consent",
            )
    except WSGITimeoutError:
        raise ConsentError(
            f"no answer from the browser within {timeout_seconds:.0f} seconds; "
            "run `followup auth` again"
        ) from None
    except OAuth2Error as exc:
        if exc.error == "access_denied":
            raise ConsentError(
                "access was denied on Google's consent page; run `followup auth` again and "
                "click Allow"
            ) from None
        raise ConsentError(
            f"Google refused the sign-in ({exc.error}); run `followup auth` again"
        ) from None
    token = flow.oauth2session.token
    if token.get("expires_at"):
        credentials.expiry = datetime.fromtimestamp(float(token["expires_at"]), UTC).replace(
            tzinfo=None
        )
    engine = db.make_engine(settings.resolved_database_url)
    try:
        db.upgrade(engine)
        cipher = TokenCipher.load_or_create(settings.data_dir)
        with db.session_scope(engine) as session:
            account = upsert_account(session, credentials, cipher, settings)
    finally:
        engine.dispose()
    return account
