"""The extension in a real Chromium against a real followup server on the sandbox: options
and pairing, the badge, the popup's sections and actions (checked on the server and in the
sandbox's mailbox), the Gmail panel on a routed mail.google.com page, the error states, and
hostile text."""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    ARTIFACTS,
    EXTENSION_URL,
    FIXTURES,
    ROOT,
    XSS,
    Server,
    axe,
    free_port,
    seed,
    service_worker,
)
from tests.world import interview_event

pytestmark = pytest.mark.slow

DANA = "dana.li@quillfeather.io"
OMAR = "omar.haddad@quillfeather.io"
SAM = "sam.ortiz@brightwave.dev"
RED = [217, 48, 37, 255]  # the badge of a late follow-up (#d93025)


# Helpers -------------------------------------------------------------------------------------


@pytest.fixture
def pages(browser: Any) -> Iterator[list[Page]]:
    """Pages opened by a test; closed after it. Any JavaScript dialog (an injected alert())
    fails the test."""
    opened: list[Page] = []
    dialogs: list[str] = []

    def watch(page: Page) -> None:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    browser.on("page", watch)
    yield opened
    browser.remove_listener("page", watch)
    for page in opened:
        page.close()
    assert dialogs == [], f"a dialog was opened: {dialogs}"


def open_page(browser: Any, pages: list[Page], url: str, **viewport: int) -> Page:
    page: Page = browser.new_page()
    pages.append(page)
    if viewport:
        page.set_viewport_size({"width": viewport["width"], "height": viewport["height"]})
    page.goto(url)
    return page


def pair(browser: Any, pages: list[Page], server: str, token: str, *, anyway: bool = False) -> Page:
    """Configure the extension through its options page, as a user does (`anyway`: the
    server is not running, and the person saves all the same)."""
    page = open_page(browser, pages, f"{EXTENSION_URL}/options/options.html")
    server_box = page.get_by_label("Server address")
    expect(server_box).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+$"))  # loaded
    server_box.fill(server)
    page.get_by_label("Pairing token").fill(token)
    page.get_by_role("button", name="Save", exact=True).click()
    if anyway:
        expect(page.locator("#result")).to_contain_text("Not saved: followup isn't running")
        page.get_by_role("button", name="Save anyway").click()
    expect(page.locator("#result")).to_contain_text("Saved")
    return page


def popup(browser: Any, pages: list[Page]) -> Page:
    page = open_page(browser, pages, f"{EXTENSION_URL}/popup/popup.html", width=400, height=600)
    expect(page.locator("#content")).to_have_attribute("aria-busy", "false")
    return page


def badge(browser: Any) -> tuple[str, list[int]]:
    worker = service_worker(browser)
    text: str = worker.evaluate("chrome.action.getBadgeText({})")
    colour: list[int] = worker.evaluate("chrome.action.getBadgeBackgroundColor({})")
    return text, colour


def wait_for(check: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def item(page: Page, followup_id: int) -> Any:
    return page.locator(f'li.item[data-id="{followup_id}"]')


def by_email(server: Server) -> dict[str, dict[str, Any]]:
    return {i["recipient"]["email"]: i for i in server.items() if i["recipient"]}


def save_screenshot(page: Page, name: str, locator: Any = None, *, docs: bool = True) -> None:
    """A test artifact under test-artifacts/; with FOLLOWUP_UPDATE_SCREENSHOTS=1 also the
    copy under docs/ that the README shows (`docs`)."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    (locator or page).screenshot(path=str(target))
    if docs and os.environ.get("FOLLOWUP_UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(target, ROOT / "docs" / name)


# Options, pairing, the badge ----------------------------------------------------------------


def test_options_test_connection_then_save_and_the_badge_counts(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    page = open_page(browser, pages, f"{EXTENSION_URL}/options/options.html")
    expect(page.get_by_label("Pairing token")).to_have_attribute("placeholder", re.compile("."))
    page.get_by_label("Server address").fill(server.url)
    page.get_by_label("Pairing token").fill(server.token)
    page.get_by_role("button", name="Test connection").click()
    expect(page.locator("#result")).to_contain_text(
        "Connected to followup 0.1.0 as candidate@example.com"
    )
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#result")).to_have_text("Saved. The extension is connected.")
    expect(page.get_by_label("Pairing token")).to_have_value("")  # never shown back
    # The web app is one click away, at the server's own address.
    expect(page.get_by_role("link", name="open the web app")).to_have_attribute(
        "href", server.url.rstrip("/") + "/"
    )

    needing = server.needing_you()
    assert len(needing) == 4 and any(i["late"] for i in needing)
    text, colour = wait_for(lambda: (b := badge(browser))[0] == "4" and b)
    assert text == "4" and colour == RED

    # The badge follows the server: once the late one is handled, it is no longer red.
    late = next(i for i in needing if i["late"])
    server.world.api.post(f"/api/v1/followups/{late['id']}/mark-sent").raise_for_status()
    popup(browser, pages)  # opening the popup refreshes
    text, colour = wait_for(lambda: (b := badge(browser))[0] == "3" and b)
    assert text == "3" and colour != RED


def test_the_poll_runs_on_an_alarm_every_minute(browser: Any) -> None:
    worker = service_worker(browser)
    alarm = wait_for(lambda: worker.evaluate("chrome.alarms.get('poll')"))
    assert alarm is not None and alarm["periodInMinutes"] == 1


# The popup -----------------------------------------------------------------------------------


def test_the_popup_lists_the_right_items_in_the_right_sections(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    items = server.items()
    needing = {i["id"] for i in items if i["needs_you"]}
    coming = {i["id"] for i in items if not i["needs_you"] and i["status"] == "scheduled"}
    assert len(needing) == 3 and len(coming) == 1

    def ids(section: str) -> set[int]:
        found = page.locator(f"#{section} li.item").evaluate_all(
            "nodes => nodes.map(n => Number(n.dataset.id))"
        )
        return set(found)

    assert ids("needs-you") == needing
    assert ids("coming-up") == coming
    assert ids("done-lately") == set()
    expect(page.locator("#needs-you h2")).to_have_text("Needs you now (3)")

    dana = by_email(server)[DANA]
    card = item(page, dana["id"])
    expect(card.locator(".item-title")).to_have_text("Thank-you to Dana Li")
    expect(card.locator(".meta")).to_contain_text("Quillfeather")
    expect(card.locator(".when")).to_have_text("due now")
    expect(card.get_by_role("link", name="Open draft in Gmail")).to_have_attribute(
        "href", dana["draft"]["gmail_url"]
    )
    expect(card.locator('[data-flag="no_notes"]')).to_have_text("no notes yet")

    sam = by_email(server)[SAM]
    late = item(page, sam["id"])
    expect(late).to_have_class("item late")
    expect(late.locator(".when")).to_contain_text("late (was due 3 days ago)")

    lumen = item(page, next(iter(coming)))
    expect(lumen.locator(".item-title")).to_have_text("Thank-you to Ana Costa")
    expect(lumen.locator(".when")).to_have_text("due in 2 days")
    expect(lumen.get_by_role("button", name="Mark sent")).to_have_count(0)  # nothing to send

    # Keyboard: the controls are reachable with Tab and have accessible names.
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Sync now")).to_be_focused()

    # Dana's thank-you is sent from Gmail: after a tick it is done, and nudges follow.
    server.world.send_draft(dana["draft"]["id"])
    server.world.tick()
    page.reload()
    expect(page.locator("#content")).to_have_attribute("aria-busy", "false")
    expect(page.locator(f'#done-lately li.item[data-id="{dana["id"]}"]')).to_contain_text(
        "sent just now"
    )
    nudges = [i for i in server.items() if i["kind"] == "nudge" and i["status"] == "scheduled"]
    assert nudges, "sending a thank-you plans nudges"
    linkedin = next(n for n in nudges if n["link"] and "linkedin.com" in n["link"])
    # Nudges never sit among the e-mails: one quiet group, folded.
    expect(page.locator('#needs-you li.item[data-kind="nudge"]')).to_have_count(0)
    card = page.locator(f'#nudges li.item[data-id="{linkedin["id"]}"]')
    expect(card).to_be_hidden()
    page.locator("#nudges summary").click()
    expect(card.get_by_role("link", name="Open")).to_have_attribute("href", linkedin["link"])
    card.get_by_role("button", name="Done").click()
    expect(page.locator("li.ghost")).to_contain_text("Done: Connect with Dana Li on LinkedIn.")
    assert server.item(linkedin["id"])["status"] == "done"


def test_mark_sent_and_skip_change_the_server_and_the_mailbox(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    people = by_email(server)
    dana, omar = people[DANA], people[OMAR]
    drafts_before = {d.id for d in server.world.drafts()}
    assert {dana["draft"]["id"], omar["draft"]["id"]} <= drafts_before

    page.get_by_role("button", name="Mark sent: Thank-you to Dana Li (Quillfeather)").click()
    ghost = page.locator(f'#needs-you li.ghost[data-ghost-id="{dana["id"]}"]')
    expect(ghost).to_contain_text("Marked sent: Thank-you to Dana Li (Quillfeather).")
    assert server.item(dana["id"])["status"] == "sent"
    expect(page.locator(f'#done-lately li.item[data-id="{dana["id"]}"]')).to_contain_text("sent")

    page.get_by_role("button", name="Skip: Thank-you to Omar Haddad (Quillfeather)").click()
    expect(page.locator("li.ghost")).to_contain_text("Skipped: Thank-you to Omar Haddad")
    assert server.item(omar["id"])["status"] == "skipped"
    drafts_after = {d.id for d in server.world.drafts()}
    assert omar["draft"]["id"] not in drafts_after  # our untouched draft went with it
    assert dana["draft"]["id"] in drafts_after  # marking sent leaves Gmail alone
    expect(page.locator("#needs-you li.item[data-id]")).to_have_count(2)
    assert wait_for(lambda: badge(browser)[0] == "2")


def test_snooze_a_day_and_until_a_chosen_time(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    people = by_email(server)
    dana, omar = people[DANA], people[OMAR]

    card = item(page, dana["id"])
    card.get_by_text("Snooze", exact=True).click()
    card.get_by_role("button", name="Snooze 1 day").click()
    expect(page.locator("li.ghost")).to_contain_text("Snoozed until")
    snoozed = server.item(dana["id"])
    due = datetime.fromisoformat(snoozed["due_at"])
    assert due > server.world.now() + timedelta(hours=23)
    assert "snoozed" in snoozed["flags"] and not snoozed["needs_you"]
    expect(page.locator(f'#coming-up li.item[data-id="{dana["id"]}"]')).to_contain_text("snoozed")

    card = item(page, omar["id"])
    card.get_by_text("Snooze", exact=True).click()
    chosen_local = page.evaluate(
        "(() => { const d = new Date(Date.now() + 10 * 86400000); d.setHours(9, 30, 0, 0);"
        " const p = n => String(n).padStart(2, '0');"
        " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T09:30`; })()"
    )
    card.locator('input[type="datetime-local"]').fill(chosen_local)
    card.get_by_role("button", name="Snooze until the chosen time").click()
    expect(page.locator(f'li.ghost[data-ghost-id="{omar["id"]}"]')).to_contain_text("Snoozed until")
    chosen = page.evaluate(f"new Date('{chosen_local}').toISOString()")
    until = datetime.fromisoformat(server.item(omar["id"])["due_at"])
    assert until == datetime.fromisoformat(chosen.replace("Z", "+00:00"))


def test_notes_then_redraft_rewrites_the_draft_in_gmail(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    dana = by_email(server)[DANA]
    card = item(page, dana["id"])
    card.get_by_text("Notes, outcome…").click()
    notes = card.get_by_label("Talking points for the e-mail (Quillfeather)")
    expect(card.locator(".event-title")).to_have_text(
        "Calendar event: Technical interview – Quillfeather"
    )
    notes.fill("how the team moved billing to event sourcing")
    card.get_by_role("button", name="Save notes & re-draft").click()
    expect(card.locator(".card-msg")).to_have_text(
        "Notes saved; the draft was rewritten with them."
    )  # next to the item, not at the top
    draft = next(d for d in server.world.drafts() if d.id == dana["draft"]["id"])
    assert "event sourcing" in draft.body
    after = server.item(dana["id"])
    assert "no_notes" not in after["flags"]
    interview = server.world.api.get(f"/api/v1/interviews/{dana['interview']['id']}").json()
    assert interview["notes"] == "how the team moved billing to event sourcing"


def test_outcome_rejected_makes_a_feedback_request_draft(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    dana = by_email(server)[DANA]
    drafts_before = {d.id for d in server.world.drafts()}
    card = item(page, dana["id"])
    card.get_by_text("Notes, outcome…").click()
    card.get_by_label("Outcome (Quillfeather)").select_option("rejected")
    card.get_by_role("button", name="Set outcome").click()
    expect(card.locator(".card-msg")).to_have_text("Outcome set to rejected.")

    feedback = [i for i in server.items() if i["kind"] == "feedback_request"]
    assert len(feedback) == 1 and feedback[0]["status"] == "drafted", feedback
    new = [d for d in server.world.drafts() if d.id not in drafts_before]
    assert [d.id for d in new] == [feedback[0]["draft"]["id"]]
    expect(item(page, feedback[0]["id"])).to_contain_text("Feedback request")
    interview = server.world.api.get(f"/api/v1/interviews/{dana['interview']['id']}").json()
    assert interview["outcome"] == "rejected"


def test_not_an_interview_cancels_its_follow_ups(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    tag = next(i for i in server.items() if i["interview"]["company"] == "Tagworks")
    card = item(page, tag["id"])
    card.get_by_text("Notes, outcome…").click()
    card.get_by_role("button", name="Not an interview: Tagworks").click()
    expect(page.locator("li.ghost")).to_contain_text("Marked as not an interview")
    expect(item(page, tag["id"])).to_have_count(0)
    assert tag["draft"]["id"] not in {d.id for d in server.world.drafts()}
    assert all(
        i["status"] == "cancelled"
        for i in server.items()
        if i["interview"]["id"] == tag["interview"]["id"]
    )


def test_sync_now_picks_up_a_new_interview(browser: Any, pages: list[Page], server: Server) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    expect(page.locator("#needs-you li.item[data-id]")).to_have_count(4)
    server.world.add_event(
        **interview_event(  # type: ignore[arg-type]
            server.world.now() - timedelta(hours=3),
            title="Final round interview – Orbital",
            interviewers=(("Mia Wong", "mia.wong@orbital.space"),),
            recruiter=("Joe Bell", "joe.bell@orbital.space"),
        )
    )
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator("#notice")).to_have_text("Synced.")
    expect(page.locator("#needs-you li.item[data-id]")).to_have_count(5)
    expect(page.locator("#needs-you")).to_contain_text("Thank-you to Mia Wong")


# The Gmail panel -----------------------------------------------------------------------------


def gmail(browser: Any, pages: list[Page], query: str = "", *, keep_prefs: bool = False) -> Page:
    fixture = (FIXTURES / "gmail.html").read_text()
    if not keep_prefs:  # the panel's own preference (collapsed) starts afresh in every test
        service_worker(browser).evaluate("chrome.storage.sync.clear()")
    page: Page = browser.new_page()
    pages.append(page)
    page.route(
        "https://mail.google.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=fixture),
    )
    page.goto(f"https://mail.google.com/mail/u/0/{query}#inbox")
    return page


def test_the_gmail_panel_lists_what_needs_you_and_survives_navigation(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world, hostile=False)
    pair(browser, pages, server.url, server.token)
    page = gmail(browser, pages)
    panel = page.locator("#followup-extension-panel")
    needing = server.needing_you()
    expect(panel.locator("li")).to_have_count(len(needing))
    expect(panel.locator(".count")).to_have_text(str(len(needing)))
    dana = by_email(server)[DANA]
    row = panel.locator(f'li[data-id="{dana["id"]}"]')
    expect(row).to_contain_text("Thank-you to Dana Li")
    expect(row.get_by_role("link", name="Open draft")).to_have_attribute(
        "href", dana["draft"]["gmail_url"]
    )
    save_screenshot(page, "gmail-panel-navigation.png", docs=False)

    # In-page navigation: a hash change, a history.pushState, and a re-render that throws
    # away every child of <body>.
    page.get_by_role("link", name="Sent").click()
    expect(page.locator("nav a.on")).to_have_text("Sent")
    expect(panel.locator("li")).to_have_count(len(needing))
    page.evaluate("fixtureNavigate('#inbox/FMfcgzQbdrxq')")
    expect(panel.locator("li")).to_have_count(len(needing))
    page.get_by_role("link", name="Drafts").click()
    expect(page.locator("nav a.on")).to_have_text("Drafts")
    expect(panel).to_have_count(1)
    expect(panel.locator("li")).to_have_count(len(needing))

    # Mark sent from the panel: a line with Undo where it was.
    panel.get_by_role("button", name="Mark sent: Thank-you to Dana Li").click()
    expect(panel.locator("li[data-id]")).to_have_count(len(needing) - 1)
    expect(panel.locator("li.ghost")).to_contain_text("Marked sent: Thank-you to Dana Li")
    assert server.item(dana["id"])["status"] == "sent"

    # Collapsible, by keyboard too.
    toggle = panel.locator("button.toggle")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(panel.locator(".body")).to_be_hidden()


def test_the_panel_does_not_fetch_the_server_itself(
    browser: Any, pages: list[Page], server: Server
) -> None:
    """Every request of the page goes to mail.google.com: the worker does the talking."""
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    requested: list[str] = []
    page: Page = browser.new_page()
    pages.append(page)
    page.on("request", lambda r: requested.append(r.url))
    fixture = (FIXTURES / "gmail.html").read_text()
    page.route(
        "https://mail.google.com/**", lambda r: r.fulfill(body=fixture, content_type="text/html")
    )
    page.goto("https://mail.google.com/mail/u/0/#inbox")
    expect(page.locator("#followup-extension-panel li")).to_have_count(4)
    assert requested and all(u.startswith("https://mail.google.com/") for u in requested)


# Error states --------------------------------------------------------------------------------


def test_server_down_says_how_to_start_it(browser: Any, pages: list[Page]) -> None:
    pair(browser, pages, f"http://127.0.0.1:{free_port()}", "some-token", anyway=True)
    page = popup(browser, pages)
    banner = page.locator("#banner")
    expect(banner).to_have_attribute("data-kind", "offline")
    expect(banner).to_contain_text("followup isn't running — start it with followup serve")
    expect(banner.locator("code").first).to_have_text("followup serve")
    assert axe(page) == []
    assert wait_for(lambda: badge(browser)[0] == "!")
    panel = gmail(browser, pages).locator("#followup-extension-panel")
    expect(panel.locator(".message.error")).to_contain_text("followup isn't running")
    expect(panel.locator(".message.error code").first).to_have_text("followup serve")
    assert axe(panel.page, "#followup-extension-panel") == []
    assert "`" not in panel.locator(".message.error").inner_text()  # no raw backticks


def test_a_wrong_token_is_refused_and_says_to_open_options(
    browser: Any, pages: list[Page], server: Server
) -> None:
    pair(browser, pages, server.url, server.token)  # a good token first
    options = open_page(browser, pages, f"{EXTENSION_URL}/options/options.html")
    expect(options.get_by_label("Server address")).to_have_value(server.url)
    options.get_by_label("Pairing token").fill("not-the-token")
    options.get_by_role("button", name="Save", exact=True).click()
    expect(options.locator("#result")).to_contain_text("Not saved: Wrong token")
    expect(options.locator("#result")).to_have_attribute("data-error", "unauthorized")
    expect(options.get_by_role("button", name="Save anyway")).to_have_count(0)
    options.get_by_role("button", name="Test connection").click()
    expect(options.locator("#result")).to_have_attribute("data-error", "unauthorized")
    assert popup(browser, pages).locator("#banner").get_attribute("data-kind") is None  # kept

    # A token that went stale since (the server's changed): the popup says what to do.
    worker = service_worker(browser)
    worker.evaluate(
        "async (server) => { await chrome.storage.local.set({settings: {server, token: 'old',"
        " pollMinutes: 1}}); await chrome.storage.local.remove('snapshot'); }",
        server.url,
    )
    page = popup(browser, pages)
    banner = page.locator("#banner")
    expect(banner).to_have_attribute("data-kind", "unauthorized")
    expect(banner).to_contain_text("Wrong token — open options")
    expect(banner.get_by_role("button", name="Open options")).to_be_visible()


READ_REAUTH_LINK = """() => {
  const link = [...document.querySelectorAll('#banner a')]
    .find((a) => a.textContent.includes('re-authorise'));
  return link ? [link.getAttribute('href'), document.querySelector('#banner').innerText] : null;
}"""


def test_expired_google_access_shows_reauthorise(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    page = popup(browser, pages)
    admin = server.world.sandbox.admin
    admin.post("/_sandbox/oauth/revoke").raise_for_status()
    admin.post("/_sandbox/oauth/expire").raise_for_status()
    page.get_by_role("button", name="Sync now").click()
    expect(page.locator("#notice")).to_contain_text("Google access expired")
    # On the sandbox (as in `followup demo`) there is no Google to sign in to: the banner says
    # how to get access back there, in plain words (never Google's "invalid_grant").
    banner = page.locator("#banner")
    expect(banner).to_have_attribute("data-kind", "reauth")
    expect(banner).to_contain_text("Google access expired")
    expect(banner).to_contain_text("no longer accepts followup's sign-in. Restart followup demo")
    assert "invalid_grant" not in banner.inner_text()
    # What is known stays listed.
    expect(page.locator("#needs-you li.item[data-id]")).to_have_count(4)
    panel = gmail(browser, pages).locator("#followup-extension-panel")
    expect(panel.locator('[data-kind="reauth"]')).to_contain_text(
        "Google access expired: restart followup demo"
    )

    # With real Google: a link to the server's re-authorise page (the same snapshot, as if
    # Google were not the sandbox, shown by the open popup as the next poll would be).
    page = popup(browser, pages)
    expect(page.locator("#banner")).to_contain_text("Restart followup demo")

    def as_real_google() -> bool:
        # A poll in flight may store the real (demo) snapshot again: set it until it shows.
        service_worker(browser).evaluate(
            "async () => { const {snapshot} = await chrome.storage.local.get('snapshot');"
            " snapshot.reauth.demo = false; snapshot.fetchedAt = new Date().toISOString();"
            " await chrome.storage.local.set({snapshot}); }"
        )
        # Read at once: the next poll may render the demo's banner again at any moment.
        seen = wait_for(lambda: page.evaluate(READ_REAUTH_LINK), timeout=1.0)
        if seen:
            shown.append(seen)
        return bool(seen)

    shown: list[list[str]] = []
    assert wait_for(as_real_google)
    href, text = shown[-1]
    assert href == f"{server.url}/auth/google/start"
    assert "Google no longer accepts followup's sign-in" in text
    assert "invalid_grant" not in text


# Hostile text --------------------------------------------------------------------------------


def test_html_in_titles_and_names_renders_as_text_everywhere(
    browser: Any, pages: list[Page], server: Server
) -> None:
    seed(server.world)
    pair(browser, pages, server.url, server.token)
    tag = next(i for i in server.items() if i["interview"]["company"] == "Tagworks")
    assert tag["title"] == f"Thank-you to {XSS}"

    page = popup(browser, pages)
    card = item(page, tag["id"])
    expect(card.locator(".item-title")).to_have_text(f"Thank-you to {XSS}")
    card.get_by_text("Notes, outcome…").click()
    expect(card.locator(".event-title")).to_have_text(f"Calendar event: {XSS}")
    assert page.locator("img[src='x']").count() == 0

    panel = gmail(browser, pages).locator("#followup-extension-panel")
    expect(panel.locator(f'li[data-id="{tag["id"]}"] .title')).to_have_text(f"Thank-you to {XSS}")
    assert panel.locator("img").count() == 0
    # (the `pages` fixture fails the test if any alert() ran)


def test_the_router_rejects_unknown_messages(browser: Any, pages: list[Page]) -> None:
    page = open_page(browser, pages, f"{EXTENSION_URL}/popup/popup.html")
    answer = page.evaluate(
        "chrome.runtime.sendMessage({type: 'fetch', url: 'http://evil.example/'})"
    )
    assert answer["ok"] is False and answer["error"]["kind"] == "bad-message"
    answer = page.evaluate(
        "chrome.runtime.sendMessage({type: 'followup-action', id: 1, action: 'delete'})"
    )
    assert answer["ok"] is False and answer["error"]["kind"] == "bad-message"
