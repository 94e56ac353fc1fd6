"""The popup render figure (issue 7): the extension's popup listing `count` pending follow-ups,
in Debian's headless Chromium driven by playwright, against a real followup server.

    .venv/bin/python -m bench.popup [count] [runs]     # prints the figures

What is timed, in the page (`performance.now()`, whose zero is the popup's navigation start):

- **list**: until the list of `count` follow-ups is in the DOM and the next frame is done
  (style, layout and paint of the list included). The popup first renders the snapshot the
  service worker keeps in `chrome.storage` (the background poll has one ready), so this is
  what a user sees on opening it.
- **settled**: until the popup's own refresh (the service worker fetches the server again)
  has been rendered too, again to the next frame: the popup is then idle.
- **nothing cached**: `list` when the service worker has no snapshot yet (the popup waits for
  it to fetch the server first), measured on the unmeasured load that fills the cache.

A MutationObserver installed before any of the popup's scripts (playwright's init script)
watches `#content`; each full render of the list (one task) is one observer callback. The
end of the popup's own refresh is seen by wrapping `chrome.runtime.sendMessage` in the page.
The baseline is the same popup on a server with no follow-ups, where the end marker is the
"No follow-ups yet" paragraph: the fixed cost of opening the popup.

One Chromium, one warm-up open (it starts the service worker and compiles the scripts), then
`runs` rounds; each round opens the empty popup then the full one (interleaved, so drift on a
busy machine hits both), each as: point the extension at that server, an unmeasured open that
fills the snapshot cache (as the background poll does), then the measured open, a fresh page.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, update

from followup import db
from followup.app import create_app
from followup.config import EXTENSION_ID, Settings
from followup.models import FollowUp, FollowUpState
from followup.serving import serve_in_thread

ROOT = Path(__file__).resolve().parents[1]
EXTENSION_DIR = ROOT / "extension"
POPUP_URL = f"chrome-extension://{EXTENSION_ID}/popup/popup.html"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TOKEN = "bench-popup-token-0123456789"  # noqa: S105 (a throwaway token for a throwaway server)
PENDING = (FollowUpState.scheduled, FollowUpState.drafted)
TIMEOUT_MS = 30_000

# Installed before the popup's own scripts. Records, for every render of #content that leaves
# the expected list in place: when the observer saw it (the popup's synchronous render done)
# and when the following frame had been produced (rAF, then a task after it).
OBSERVER = """
(() => {
  const want = %d;
  const marks = [];
  const state = { marks, refreshed: null, error: null };
  Object.defineProperty(window, "__popupBench", { value: state });
  // When the answer to the popup's own "refresh" has been handled (a task after it arrives:
  // the popup renders it in the promise's continuations, before that task).
  try {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (message, ...rest) => {
      const answer = send(message, ...rest);
      if (message && message.type === "refresh") {
        answer.finally(() => setTimeout(() => { state.refreshed = performance.now(); }, 0));
      }
      return answer;
    };
  } catch (error) {
    state.error = `cannot watch the popup's messages: ${error}`;
  }
  let content = null;
  const complete = () => {
    if (content.getAttribute("aria-busy") !== "false") return false;
    if (want === 0) return content.querySelector("#no-items") !== null;
    return content.querySelectorAll("li.item").length === want;
  };
  new MutationObserver((records) => {
    content = content || document.getElementById("content");
    if (!content || !records.some((r) => r.target === content && r.type === "childList")) return;
    if (!complete()) return;
    const mark = { dom: performance.now(), frame: null };
    marks.push(mark);
    requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
  }).observe(document, { childList: true, subtree: true });
})();
"""


class PopupUnavailable(Exception):
    """The popup cannot be measured here (no Chromium, no playwright, Chromium would not
    start); str(exc) says why."""


@dataclass
class Samples:
    """One size's runs, in milliseconds from the popup's navigation start."""

    count: int
    list_ms: list[float] = field(default_factory=list)  # the list in the DOM, to the next frame
    dom_ms: list[float] = field(default_factory=list)  # the same without the frame (JS done)
    settled_ms: list[float] = field(default_factory=list)  # the popup's own refresh rendered too
    uncached_ms: list[float] = field(default_factory=list)  # `list` with no snapshot cached
    renders: list[int] = field(default_factory=list)  # full renders of the list per open

    @property
    def list_median(self) -> float:
        return float(statistics.median(self.list_ms))

    @property
    def dom_median(self) -> float:
        return float(statistics.median(self.dom_ms))

    @property
    def settled_median(self) -> float:
        return float(statistics.median(self.settled_ms))

    @property
    def uncached_median(self) -> float:
        return float(statistics.median(self.uncached_ms))


@dataclass(frozen=True)
class PopupTimes:
    measured: Samples  # `count` pending follow-ups
    baseline: Samples  # the same popup with none
    runs: int
    chromium: str  # the browser's version string
    took_s: float  # wall clock for the whole measurement

    @property
    def count(self) -> int:
        return self.measured.count

    @property
    def ratio(self) -> float:
        return self.measured.list_median / self.baseline.list_median

    @property
    def settled_ratio(self) -> float:
        return self.measured.settled_median / self.baseline.settled_median


def find_chromium() -> str | None:
    """FOLLOWUP_CHROMIUM, else the first Chromium on PATH (the browser tests use it too)."""
    given = os.environ.get("FOLLOWUP_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


# The servers -----------------------------------------------------------------------------------


def pending_followups(data_dir: Path, count: int) -> Settings:
    """A data directory whose SQLite holds `count` follow-ups, every one pending (scheduled or
    drafted, so the popup lists them all), made by the API benchmark's filler."""
    from bench.run import fill_database  # here, not above: bench.run imports this module

    settings = Settings(data_dir=data_dir, background_sync=False, api_token=TOKEN)
    settings.ensure_data_dir()
    fill_database(settings, max(1, count // 5) if count else 0, count, datetime.now(UTC))
    engine = db.make_engine(settings.resolved_database_url)
    try:
        with db.session_scope(engine) as session:
            # The filler picks states at random; the finished ones become scheduled.
            session.exec(
                update(FollowUp)
                .where(col(FollowUp.state).not_in(PENDING))
                .values(state=FollowUpState.scheduled)
            )
    finally:
        engine.dispose()
    return settings


@contextlib.contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """followup on a loopback port, in a thread of this process; yields its address as a user
    types it in the options (no trailing slash)."""
    with serve_in_thread(create_app(settings)) as url:
        yield url.rstrip("/")


# The browser -----------------------------------------------------------------------------------


def available() -> str:
    """The Chromium to use; raises PopupUnavailable when there is none or no playwright."""
    executable = find_chromium()
    if executable is None:
        raise PopupUnavailable(
            f"no Chromium (looked for {', '.join(CHROMIUM_NAMES)} on PATH, or FOLLOWUP_CHROMIUM)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        raise PopupUnavailable(f"the playwright package is not installed ({exc})") from exc
    return executable


@contextlib.contextmanager
def chromium_with_extension(profile: Path) -> Iterator[tuple[Any, str]]:
    """Headless Chromium with the unpacked extension; yields (context, version)."""
    executable = available()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(profile),
                executable_path=executable,
                headless=True,  # the new headless mode, which runs extensions
                args=[
                    f"--load-extension={EXTENSION_DIR}",
                    f"--disable-extensions-except={EXTENSION_DIR}",
                    "--no-first-run",
                    "--no-default-browser-check",
                ],
                viewport={"width": 400, "height": 600},  # about the popup's own size
            )
        except PlaywrightError as exc:
            raise PopupUnavailable(f"{executable} did not start: {exc.message[:500]}") from exc
        try:
            version = context.browser.version if context.browser else "unknown"
            yield context, f"{Path(executable).name} {version}"
        finally:
            context.close()


def worker_of(context: Any) -> Any:
    prefix = f"chrome-extension://{EXTENSION_ID}/"
    for worker in reversed(context.service_workers):
        if worker.url.startswith(prefix):
            return worker
    return context.wait_for_event(
        "serviceworker", predicate=lambda w: w.url.startswith(prefix), timeout=TIMEOUT_MS
    )


def pair(context: Any, server: str) -> None:
    """Point the extension at `server` with its token (what the options page stores), forget
    the last snapshot, and stop the background poll so it cannot re-render mid-run."""
    worker = worker_of(context)
    worker.evaluate(
        """async ([server, token]) => {
            await chrome.alarms.clearAll();
            await chrome.storage.local.set({ settings: { server, token, pollMinutes: 1 } });
            await chrome.storage.local.remove("snapshot");
        }""",
        [server, TOKEN],
    )


DONE = """() => {
    const s = window.__popupBench;
    return s.error !== null ||
        (s.refreshed !== null && s.marks.length > 0 && s.marks.every((m) => m.frame !== null));
}"""


def load_once(context: Any, count: int) -> tuple[float, float, float, int]:
    """One fresh load of the popup: (dom, list, settled) in ms, and how many times the popup
    rendered the full list."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = context.new_page()
    try:
        page.add_init_script(OBSERVER % count)
        page.goto(POPUP_URL)
        try:
            page.wait_for_function(DONE, timeout=TIMEOUT_MS)
        except PlaywrightTimeout as exc:
            shown = page.evaluate(
                "() => [document.body.innerText, JSON.stringify(window.__popupBench)]"
            )
            raise RuntimeError(
                f"the popup never listed {count} follow-up(s) and settled; it shows "
                f"{shown[0][:400]!r} (marks {shown[1][:300]})"
            ) from exc
        state: dict[str, Any] = page.evaluate("() => window.__popupBench")
        if state["error"]:
            raise RuntimeError(state["error"])
        marks: list[dict[str, float]] = state["marks"]
        first = marks[0]
        return first["dom"], first["frame"], marks[-1]["frame"], len(marks)
    finally:
        page.close()


def one_run(context: Any, server: str, samples: Samples) -> None:
    """Point the extension at `server`, open the popup once unmeasured but for its `list` time
    with nothing cached (that load fills the snapshot cache, as the background poll does), then
    the measured open."""
    pair(context, server)
    samples.uncached_ms.append(load_once(context, samples.count)[1])
    dom, listed, settled, renders = load_once(context, samples.count)
    samples.dom_ms.append(dom)
    samples.list_ms.append(listed)
    samples.settled_ms.append(settled)
    samples.renders.append(renders)


def popup_render_times(count: int, runs: int) -> PopupTimes:
    """Time the popup rendering `count` pending follow-ups, and the same popup with none, in
    one headless Chromium: one warm-up open, then `runs` measured opens of each, interleaved. Raises
    PopupUnavailable when Chromium or playwright is missing or Chromium will not start."""
    if count < 1 or runs < 1:
        raise ValueError("count and runs must be at least 1")
    available()  # before filling any database
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="followup-popup-") as temp:
        tmp = Path(temp)
        full = pending_followups(tmp / "full", count)
        empty = pending_followups(tmp / "empty", 0)
        with (
            chromium_with_extension(tmp / "profile") as (context, version),
            serving(full) as full_url,
            serving(empty) as empty_url,
        ):
            baseline, measured = Samples(0), Samples(count)
            # Warm-up: the first open starts the service worker and compiles the scripts.
            pair(context, empty_url)
            load_once(context, 0)
            for _ in range(runs):  # interleaved, so drift on a busy machine hits both alike
                one_run(context, empty_url, baseline)
                one_run(context, full_url, measured)
    return PopupTimes(measured, baseline, runs, version, time.perf_counter() - started)


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 200
    runs = int(argv[1]) if len(argv) > 1 else 5
    try:
        times = popup_render_times(count, runs)
    except PopupUnavailable as exc:
        print(f"popup not measured: {exc}")
        return 0
    for samples in (times.measured, times.baseline):
        print(
            f"{samples.count:>4} follow-ups: list {samples.list_median:.1f} ms "
            f"(DOM {samples.dom_median:.1f}), settled {samples.settled_median:.1f} ms, "
            f"nothing cached {samples.uncached_median:.1f} ms; renders {samples.renders}"
        )
        print(f"      list    {[round(v, 1) for v in samples.list_ms]}")
        print(f"      settled {[round(v, 1) for v in samples.settled_ms]}")
    print(
        f"ratio list {times.ratio:.2f}, settled {times.settled_ratio:.2f}; "
        f"{times.chromium}; took {times.took_s:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
