"""The popup benchmark (bench/popup.py) measures what it says: a popup listing exactly the
follow-ups put in SQLite, against a real server, in Debian's headless Chromium. Not timed: the
figures are the benchmark's business; these tests check the harness and what it observes.

Skips when there is no Chromium (with FOLLOWUP_REQUIRE_BROWSER=1, as in CI, that fails)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bench.popup import PENDING, PopupUnavailable, available, pending_followups, popup_render_times
from sqlmodel import Session, func, select

from followup import db
from followup.models import FollowUp


def test_the_data_is_exactly_count_pending_follow_ups(tmp_path: Path) -> None:
    settings = pending_followups(tmp_path, 7)
    engine = db.make_engine(settings.resolved_database_url)
    try:
        with Session(engine) as session:
            by_state = dict(
                session.exec(select(FollowUp.state, func.count()).group_by(FollowUp.state)).all()
            )
    finally:
        engine.dispose()
    assert sum(by_state.values()) == 7
    assert set(by_state) <= set(PENDING), by_state


def test_without_chromium_it_says_why_before_doing_anything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOLLOWUP_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(PopupUnavailable, match="no Chromium"):
        popup_render_times(5, 1)


@pytest.mark.slow
def test_a_small_popup_is_timed_from_its_own_renders() -> None:
    try:
        available()
    except PopupUnavailable as exc:
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{exc} (FOLLOWUP_REQUIRE_BROWSER=1: a failure, not a skip)")
        pytest.skip(str(exc))
    # In a thread of its own: the browser tests' session-wide playwright keeps an event loop
    # running in this one, where playwright's sync API refuses to start a second time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        times = pool.submit(popup_render_times, 5, 2).result(timeout=100)
    assert (times.count, times.baseline.count, times.runs) == (5, 0, 2)
    for samples in (times.measured, times.baseline):
        for series in (samples.dom_ms, samples.list_ms, samples.settled_ms, samples.uncached_ms):
            assert len(series) == 2 and all(value > 0 for value in series)
        for dom, listed, settled in zip(
            samples.dom_ms, samples.list_ms, samples.settled_ms, strict=True
        ):
            assert dom <= listed <= settled  # the frame after the DOM; the refresh after both
        # The cached snapshot, then the popup's own refresh, which reaches it twice (storage
        # change and reply) but is built once.
        assert samples.renders == [2, 2]
    assert times.ratio > 0 and times.settled_ratio > 0
    assert times.chromium
