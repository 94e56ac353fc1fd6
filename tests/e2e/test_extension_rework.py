"""Issue 17, the extension reworked from a real user's review, in a real Chromium against a
real server on the sandbox: what needs the person comes first and the badge counts only
e-mails; the Gmail panel's calm empty state, its place beside (never over) Gmail's compose
window, its remembered collapse and its nudge buttons; undo of every one-click action,
checked on the server and in the mailbox; the end-of-interview notification (once); pairing
after `followup demo`; keyboard use; axe-core on every page, light and dark; and the
screenshots the README shows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AXE, EXTENSION_URL, ROOT, Server, axe, seed, service_worker
from tests.e2e.test_extension import (
    DANA,
    OMAR,
    SAM,
    badge,
    by_email,
    gmail,
    item,
    open_page,
    pages,
    pair,
    popup,
    save_screenshot,
    wait_for,
)
from tests.world import interview_event

__all__ = ["pages"]

pytestmark = pytest.mark.slow

PANEL = "#followup-extension-panel"


def sent_dana_and_planned_nudges(server: Server) -> None:
    """Dana's thank-you is sent (marked so); the next tick plans the nudges that follow."""
    dana = by_email(server)[DANA]
    server.world.api.post(f"/api/v1/followups/{dana['id']}/mark-sent").raise_for_status()
    server.world.tick()


# What needs the person, in order; the badge ---------------------------------------------------


def test_emails_come_first_nudges_fold_and_the_badge_counts_emails(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    sent_dana_and_planned_nudges(server)
    items = server.items()
    nudges_due = [i for i in items if i["kind"] == "nudge" and i["needs_you"]]
    emails_due = [i for i in items if i["kind"] != "nudge" and i["needs_you"]]
    assert nudges_due, "sending a thank-you plans nudges that are due now"
    assert len(emails_due) == 2  # Omar's thank-you, Sam's late one

    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    listed = page.locator("#needs-you li.item[data-id]").evaluate_all(
        "nodes => nodes.map(n => Number(n.dataset.id))"
    )
    sam, omar = by_email(server)[SAM], by_email(server)[OMAR]
    assert listed == [sam["id"], omar["id"]]  # the late one first; no nudges among them
    expect(page.locator("#needs-you h2")).to_have_text("Needs you now (2)")
    group = page.locator("#nudges details.nudge-group")
    expect(group).not_to_have_attribute("open", "")
    expect(group.locator("summary")).to_contain_text(f"Small tasks ({len(nudges_due)})")

    # The badge: e-mails that need the person, never the nudges; a "mark sent" (which plans
    # more nudges) makes it smaller, never larger.
    assert wait_for(lambda: badge(browser)[0] == "2")
    page.get_by_role("button", name="Mark sent: Thank-you to Omar Haddad (Quillfeather)").click()
    expect(page.locator("li.ghost")).to_contain_text("Marked sent")
    save_screenshot(page, "popup.png")  # the README's: what needs you, the undo line, folded tasks
    page.emulate_media(color_scheme="dark")
    save_screenshot(page, "popup-dark.png")
    page.emulate_media(color_scheme="light")
    server.world.tick()
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator("#notice")).to_have_text("Synced.")
    assert wait_for(lambda: badge(browser)[0] == "1")


# The Gmail panel ------------------------------------------------------------------------------


def test_the_panel_shows_a_calm_empty_state_within_two_seconds(
    browser: Any, pages: list[Page], server: Server
) -> None:
    pair(browser, pages, server.url, server.token)
    started = time.monotonic()
    page = gmail(browser, pages)
    calm = page.locator(f"{PANEL} .message.calm")
    expect(calm).to_have_text("Nothing needs you now. All caught up.", timeout=2000)
    assert time.monotonic() - started < 2.5  # page load included
    expect(page.locator(PANEL)).not_to_contain_text("Loading")
    expect(page.locator(f"{PANEL} .count")).to_have_text("0")
    assert axe(page, PANEL) == []


def boxes_overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def assert_nothing_covered(page: Page) -> None:
    """The panel is over no compose window, and every Send button can be clicked."""
    host = page.locator(PANEL)
    panel_box = host.bounding_box() if host.is_visible() else None
    for index in range(page.locator(".AD").count()):
        compose = page.locator(".AD").nth(index)
        box = compose.bounding_box()
        assert box is not None
        if panel_box is not None:
            assert not boxes_overlap(panel_box, box), (panel_box, box)
        compose.locator(".send").click(trial=True, timeout=2000)  # nothing on top of it


def test_the_panel_never_covers_the_compose_window_or_its_send_button(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    page = gmail(browser, pages)
    page.set_viewport_size({"width": 1400, "height": 800})
    panel = page.locator(PANEL)
    expect(panel.locator("li[data-id]")).to_have_count(3)
    save_screenshot(page, "gmail-panel.png")

    page.get_by_role("button", name="Compose").click()  # where Gmail opens it: bottom right
    expect(page.locator(".AD")).to_have_count(1)
    expect(panel.locator("li[data-id]").first).to_be_visible()  # both on screen, side by side
    assert_nothing_covered(page)
    save_screenshot(page, "gmail-panel-compose.png")

    # Another: they stack leftwards, over where the panel sits; it steps aside.
    page.evaluate("fixtureCompose()")
    expect(page.locator(".AD")).to_have_count(2)
    expect(panel).to_be_hidden()
    assert_nothing_covered(page)
    page.evaluate("fixtureCloseCompose()")
    expect(panel).to_be_visible()

    # A maximised compose in the middle of the screen: the same.
    page.evaluate("fixtureCompose(null, true)")
    expect(panel).to_be_hidden()
    assert_nothing_covered(page)
    page.evaluate("fixtureCloseCompose(); fixtureCloseCompose()")
    expect(panel).to_be_visible()

    # "Open draft" in the panel opens the compose in this very page: no reload.
    dana = by_email(server)[DANA]
    panel.get_by_role("link", name="Open draft: Thank-you to Dana Li").click()
    expect(page.locator(".AD")).to_have_count(1)
    assert page.evaluate("fixtureLoads") == 1
    assert "compose=" in page.url and dana["draft"]["gmail_url"].split("#")[1] in page.url
    assert_nothing_covered(page)


def test_the_panel_remembers_being_collapsed_across_reloads(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    page = gmail(browser, pages)
    toggle = page.locator(f"{PANEL} button.toggle")
    expect(page.locator(f"{PANEL} li[data-id]")).to_have_count(3)
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    page.reload()
    expect(page.locator(f"{PANEL} .count")).to_have_text("3")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator(f"{PANEL} .body")).to_be_hidden()
    toggle.click()
    page.reload()
    expect(page.locator(f"{PANEL} li[data-id]")).to_have_count(3)
    expect(toggle).to_have_attribute("aria-expanded", "true")


def test_nudges_in_the_panel_have_their_buttons_and_undo(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    sent_dana_and_planned_nudges(server)
    linkedin = next(
        i
        for i in server.items()
        if i["kind"] == "nudge" and i["needs_you"] and "/results/people/" in (i["link"] or "")
    )
    pair(browser, pages, server.url, server.token)
    page = gmail(browser, pages)
    panel = page.locator(PANEL)
    expect(panel.locator(".count")).to_have_text("2")  # e-mails only
    panel.locator("details.small summary").click()
    card = panel.locator(f'li[data-id="{linkedin["id"]}"]')
    expect(card.get_by_role("link", name="Open")).to_have_attribute("href", linkedin["link"])
    expect(card.get_by_role("button", name="Dismiss")).to_be_visible()
    card.get_by_role("button", name="Done").click()
    expect(panel.locator("li.ghost")).to_contain_text("Done: Connect with Dana Li on LinkedIn.")
    assert server.item(linkedin["id"])["status"] == "done"
    panel.locator("li.ghost").get_by_role("button", name="Undo").click()
    expect(panel.locator("li.ghost")).to_have_count(0)
    assert server.item(linkedin["id"])["status"] == "scheduled"


def test_open_draft_in_the_popup_reuses_the_open_gmail_tab(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    mail = gmail(browser, pages)
    expect(mail.locator(f"{PANEL} li[data-id]")).to_have_count(3)
    page = popup(browser, pages)
    dana = by_email(server)[DANA]
    tabs_before = len(browser.pages)
    item(page, dana["id"]).get_by_role("link", name="Open draft in Gmail").click()
    expect(mail.locator(".AD")).to_have_count(1)  # the compose window, in that tab
    compose_hash = dana["draft"]["gmail_url"].split("#")[1]
    assert mail.url.endswith(compose_hash)
    assert mail.evaluate("fixtureLoads") == 1  # no reload
    assert len(browser.pages) == tabs_before  # no new tab


# Undo ----------------------------------------------------------------------------------------


def undo_line(page: Page, followup_id: int) -> Any:
    return page.locator(f'li.ghost[data-ghost-id="{followup_id}"]')


def test_undo_of_mark_sent_skip_done_and_not_an_interview_restores_the_server_and_gmail(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    people = by_email(server)
    dana, omar = people[DANA], people[OMAR]
    omar_draft = next(d for d in server.world.drafts() if d.id == omar["draft"]["id"])

    # Mark sent, then undo (with the "z" key, as in Gmail).
    page.get_by_role("button", name="Mark sent: Thank-you to Dana Li (Quillfeather)").click()
    expect(undo_line(page, dana["id"])).to_contain_text("Marked sent")
    assert server.item(dana["id"])["status"] == "sent"
    page.keyboard.press("z")
    expect(item(page, dana["id"]).locator(".card-msg")).to_contain_text("Undone")
    assert server.item(dana["id"])["status"] == "drafted"

    # Skip deletes our draft; undo puts the same message back in Gmail. The popup is closed
    # in between: the undo is kept by the extension, not by the page.
    page.get_by_role("button", name="Skip: Thank-you to Omar Haddad (Quillfeather)").click()
    expect(undo_line(page, omar["id"])).to_contain_text("Skipped")
    assert omar["draft"]["id"] not in {d.id for d in server.world.drafts()}
    page.close()
    page = popup(browser, pages)
    undo_line(page, omar["id"]).get_by_role("button", name="Undo").click()
    expect(item(page, omar["id"]).locator(".card-msg")).to_contain_text("Undone")
    restored = server.item(omar["id"])
    assert restored["status"] == "drafted" and restored["draft"] is not None
    again = next(d for d in server.world.drafts() if d.id == restored["draft"]["id"])
    assert again.header("Message-ID") == omar_draft.header("Message-ID")
    assert again.body == omar_draft.body and again.header("To") == omar_draft.header("To")
    expect(item(page, omar["id"]).get_by_role("link", name="Open draft")).to_have_attribute(
        "href", restored["draft"]["gmail_url"]
    )

    # Not an interview: its follow-ups vanish everywhere; undo brings them (and drafts) back.
    tag = next(i for i in server.items() if i["interview"]["company"] == "Tagworks")
    card = item(page, tag["id"])
    card.get_by_text("Notes, outcome…").click()
    card.get_by_role("button", name="Not an interview: Tagworks").click()
    expect(undo_line(page, tag["id"])).to_contain_text("Marked as not an interview")
    assert server.item(tag["id"])["status"] == "cancelled"
    assert tag["draft"]["id"] not in {d.id for d in server.world.drafts()}
    undo_line(page, tag["id"]).get_by_role("button", name="Undo").click()
    expect(item(page, tag["id"]).locator(".card-msg")).to_contain_text("Undone")
    back = server.item(tag["id"])
    assert back["status"] == "drafted" and back["draft"] is not None
    assert back["draft"]["id"] in {d.id for d in server.world.drafts()}

    # Done (a nudge), then undo.
    sent_dana_and_planned_nudges(server)
    nudge = next(i for i in server.items() if i["kind"] == "nudge" and i["status"] == "scheduled")
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator("#notice")).to_have_text("Synced.")
    page.locator("#nudges summary").click()
    item(page, nudge["id"]).get_by_role("button", name="Done").click()
    expect(undo_line(page, nudge["id"])).to_contain_text("Done:")
    assert server.item(nudge["id"])["status"] == "done"
    undo_line(page, nudge["id"]).get_by_role("button", name="Undo").click()
    expect(item(page, nudge["id"]).locator(".card-msg")).to_contain_text("Undone")
    assert server.item(nudge["id"])["status"] == "scheduled"

    # The line goes after a few seconds, and with it the offer to undo.
    item(page, nudge["id"]).get_by_role("button", name="Dismiss").click()
    expect(undo_line(page, nudge["id"])).to_be_visible()
    expect(undo_line(page, nudge["id"])).to_have_count(0, timeout=15_000)


def test_snooze_a_day_on_a_later_item_says_what_it_did(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    lumen = next(i for i in server.items() if i["interview"]["company"] == "Lumen Labs")
    due = datetime.fromisoformat(lumen["due_at"])
    card = item(page, lumen["id"])
    card.get_by_text("Snooze", exact=True).click()
    card.get_by_role("button", name="Snooze 1 day").click()
    expect(undo_line(page, lumen["id"])).to_contain_text("a day after it was due")
    moved = datetime.fromisoformat(server.item(lumen["id"])["due_at"])
    assert moved - due > timedelta(hours=23)  # it did change something


# The end of an interview ----------------------------------------------------------------------


def test_when_an_interview_ends_one_notification_asks_for_talking_points(
    browser: Any, pages: list[Page], server: Server
) -> None:
    world = server.world
    world.add_event(
        **interview_event(  # type: ignore[arg-type]
            world.now() - timedelta(minutes=55),  # ended ten minutes ago
            title="Hiring manager interview – Orbital",
            interviewers=(("Mia Wong", "mia.wong@orbital.space"),),
            recruiter=("Joe Bell", "joe.bell@orbital.space"),
        )
    )
    world.tick()
    (thank_you,) = [i for i in server.items() if i["interview"]["company"] == "Orbital"]
    assert thank_you["status"] == "scheduled"  # drafted an hour after the end
    interview_id = thank_you["interview"]["id"]
    worker = service_worker(browser)
    worker.evaluate(
        "chrome.notifications.getAll().then(all =>"
        " Promise.all(Object.keys(all).map(id => chrome.notifications.clear(id))))"
    )
    worker.evaluate("chrome.storage.local.remove('askedAbout')")

    pair(browser, pages, server.url, server.token)
    name = f"talking-points:{interview_id}"
    shown = wait_for(lambda: name in worker.evaluate("chrome.notifications.getAll()"))
    assert shown, worker.evaluate("chrome.notifications.getAll()")
    worker.evaluate(f"chrome.notifications.clear('{name}')")
    for _ in range(3):  # later refreshes (each popup asks for one): never asked twice
        popup(browser, pages).close()
    time.sleep(0.5)
    assert name not in worker.evaluate("chrome.notifications.getAll()")
    asked = worker.evaluate("chrome.storage.local.get('askedAbout')")["askedAbout"]
    assert asked.count(interview_id) == 1

    # A click opens the popup's notes for that interview, ready to type.
    page = open_page(browser, pages, f"{EXTENSION_URL}/popup/popup.html?notes={interview_id}")
    notes = page.get_by_label("Talking points for the e-mail (Orbital)")
    expect(notes).to_be_focused()
    notes.fill("their move to a single Postgres cluster")
    item(page, thank_you["id"]).get_by_role("button", name="Save notes").click()
    expect(item(page, thank_you["id"]).locator(".card-msg")).to_contain_text("Notes saved")
    interview = server.world.api.get(f"/api/v1/interviews/{interview_id}").json()
    assert interview["notes"] == "their move to a single Postgres cluster"


# Pairing after `followup demo` ---------------------------------------------------------------


def test_pairing_after_the_demo_prints_the_running_demo_token(
    browser: Any, pages: list[Page], server: Server, tmp_path: Path, tmp_path_factory: Any
) -> None:
    """`followup demo` keeps its data (and its token) in <data dir>/demo: `followup pair`
    finds it, and never makes a second token file."""
    home = tmp_path_factory.mktemp("home")
    (home / "demo").symlink_to(tmp_path)  # the server under test plays the demo
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env["FOLLOWUP_PORT"] = server.url.rsplit(":", 1)[1]

    def followup_pair(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "followup", "pair", "--data-dir", str(home), *args],
            capture_output=True, text=True, env=env, timeout=60, check=True,
        )  # fmt: skip

    only_demo = followup_pair()
    assert only_demo.stdout.strip() == server.token and "demo" in only_demo.stderr
    assert not (home / "api-token").exists()  # no second token file
    assert followup_pair("--demo").stdout.strip() == server.token
    # With a token of its own as well (followup was used before): the one the running
    # server accepts.
    (home / "api-token").write_text("an-older-token-of-its-own")
    assert followup_pair().stdout.strip() == server.token

    options = open_page(browser, pages, f"{EXTENSION_URL}/options/options.html")
    expect(options.locator("main")).to_contain_text("prints the demo's token")
    options.get_by_label("Server address").fill(server.url)
    options.get_by_label("Pairing token").fill(only_demo.stdout.strip())
    options.get_by_role("button", name="Save", exact=True).click()
    expect(options.locator("#result")).to_have_text("Saved. The extension is connected.")


# Keyboard ------------------------------------------------------------------------------------


def test_the_list_is_reached_and_walked_with_a_few_keys(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    ids = page.locator("#needs-you li.item[data-id]").evaluate_all(
        "nodes => nodes.map(n => n.dataset.id)"
    )
    page.keyboard.press("Tab")  # Sync now
    page.keyboard.press("Tab")  # Options
    page.keyboard.press("Tab")  # the filter
    expect(page.get_by_label("Filter by company or person")).to_be_focused()
    page.keyboard.press("Tab")  # the list: its first item
    expect(page.locator(f'li.item[data-id="{ids[0]}"]')).to_be_focused()
    page.keyboard.press("j")
    expect(page.locator(f'li.item[data-id="{ids[1]}"]')).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.locator(f'li.item[data-id="{ids[2]}"]')).to_be_focused()
    page.keyboard.press("k")
    expect(page.locator(f'li.item[data-id="{ids[1]}"]')).to_be_focused()
    page.keyboard.press("Tab")  # into that item: its first action
    expect(page.locator(f'li.item[data-id="{ids[1]}"] a.open-draft')).to_be_focused()

    # "/" filters: by company or person, in any section.
    page.keyboard.press("/")
    page.keyboard.type("brightwave")
    expect(page.locator("#filter-result")).to_have_text("1 follow-up matches “brightwave”.")
    sam = by_email(server)[SAM]
    expect(page.locator("li.item[data-id]")).to_have_count(1)
    page.keyboard.press("ArrowDown")
    expect(item(page, sam["id"])).to_be_focused()
    page.get_by_label("Filter by company or person").press("Escape")
    expect(page.locator("#needs-you li.item[data-id]")).to_have_count(len(ids))


def test_the_header_stays_while_the_list_scrolls(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    page.set_viewport_size({"width": 420, "height": 300})
    page.mouse.wheel(0, 2000)
    # Polled from here: a page-side wait_for_function needs eval, which the extension's CSP
    # forbids (it failed whenever the scroll had not finished at the first look).
    assert wait_for(lambda: page.evaluate("window.scrollY") > 200)
    assert page.locator("header.bar").bounding_box()["y"] == 0  # type: ignore[index]
    size = page.evaluate("getComputedStyle(document.querySelector('.item-title')).fontSize")
    assert float(size.removesuffix("px")) >= 14  # not Chrome's 75 %


# axe-core -----------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_popup_options_and_panel(
    browser: Any, pages: list[Page], server: Server, scheme: str
) -> None:
    assert AXE.is_file(), "run `npm ci` (axe-core is a pinned devDependency)"
    seed(server.world)
    sent_dana_and_planned_nudges(server)
    options = pair(browser, pages, server.url, server.token)
    options.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    assert axe(options) == []
    save_screenshot(options, f"options-{scheme}.png", docs=False)

    page = popup(browser, pages)
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.locator("#nudges summary").click()
    first = page.locator("#needs-you li.item[data-id]").first
    first.get_by_text("Snooze", exact=True).click()
    first.get_by_text("Notes, outcome…").click()
    expect(first.locator("textarea")).to_be_enabled()
    page.get_by_role("button", name="Skip: Thank-you to Omar Haddad (Quillfeather)").click()
    expect(page.locator("li.ghost")).to_be_visible()  # the undo line, too
    assert axe(page) == []
    # The re-authorise banner too.
    server.world.sandbox.admin.post("/_sandbox/oauth/revoke").raise_for_status()
    server.world.sandbox.admin.post("/_sandbox/oauth/expire").raise_for_status()
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator("#banner")).to_have_attribute("data-kind", "reauth")
    assert axe(page) == []

    query = "?theme=dark" if scheme == "dark" else ""
    mail = gmail(browser, pages, query)
    mail.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    expect(mail.locator(f"{PANEL} li[data-id]").first).to_be_visible()
    mail.locator(f"{PANEL} details.small summary").click()
    assert mail.locator(PANEL).get_attribute("data-theme") == scheme  # Gmail's theme
    assert axe(mail, PANEL) == []


def test_screenshot_files_are_what_the_readme_shows() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in ("popup.png", "popup-dark.png", "gmail-panel.png", "gmail-panel-compose.png"):
        assert f"docs/{name}" in readme, name
        assert (ROOT / "docs" / name).is_file(), name
