"""`followup classify-email FILE...`: what kind of recruiting mail each RFC 5322 file is.

Output: one JSON object per file, in the order given, one per line:
`{"file": <path as given>, "kind": "rejection"|"acknowledgement"|"interview_invite"|"offer"
|"other", "confidence": 0.0-1.0, "reason": <one line>}` (see `EmailVerdict`). No network, no
database.

Errors: a file that cannot be read (missing, a directory, no permission, empty) still gets its
own line, in its place, with `"kind": "other"`, `"confidence": 0.0` and a reason starting with
"unreadable:"; the other files are classified as usual. The exit status is 0 when at least
one file was classified. With no file at all, or when none of the files could be read, one
line starting with "error:" goes to stderr and the status is 2 (the per-file lines, if any,
are still printed).
"""

from __future__ import annotations

import json
import sys
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any, TextIO

from followup.core.classify import EmailVerdict, classify_message

__all__ = ["classify_file", "run_classify"]

# Larger files are read up to this size: headers and the body text come first in a message.
_MAX_BYTES = 20 * 1024 * 1024


class UnreadableError(ValueError):
    """The file cannot be used as a message."""


def _read_message(path: Path) -> EmailMessage:
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_BYTES)
    except OSError as exc:
        raise UnreadableError(exc.strerror or exc.__class__.__name__) from exc
    if not raw.strip():
        raise UnreadableError("empty file")
    message = message_from_bytes(raw, policy=default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default guarantees it
        raise UnreadableError("not an e-mail message")
    return message


def classify_file(path: Path) -> EmailVerdict:
    """The verdict for one `.eml` file (UnreadableError when it cannot be read)."""
    return classify_message(_read_message(path))


def _line(name: str, verdict: EmailVerdict) -> dict[str, Any]:
    return {"file": name, **verdict.to_json()}


def run_classify(paths: list[Path], out: TextIO, err: TextIO | None = None) -> int:
    """Print one verdict line per file to `out`; 0 when any file was classified, else 2."""
    err = err if err is not None else sys.stderr
    if not paths:
        print("error: no files given; usage: followup classify-email FILE...", file=err)
        return 2
    classified = 0
    for path in paths:
        name = str(path)
        try:
            verdict = classify_file(Path(path))
            classified += 1
        except UnreadableError as exc:
            verdict = EmailVerdict("other", 0.0, f"unreadable: {' '.join(str(exc).split())}")
        except Exception as exc:  # one broken message must not stop the others
            detail = " ".join(str(exc).split()) or exc.__class__.__name__
            verdict = EmailVerdict("other", 0.0, f"unreadable: {detail}")
        out.write(json.dumps(_line(name, verdict), ensure_ascii=False) + "\n")
    out.flush()
    if classified == 0:
        print(f"error: none of the {len(paths)} file(s) could be read", file=err)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m followup.classify_cli FILE...`: the `followup classify-email` contract."""
    args = list(sys.argv[1:] if argv is None else argv)
    return run_classify([Path(a) for a in args], sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
