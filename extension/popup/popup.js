// @ts-check
// The popup: what needs you now (e-mails to send, most urgent first; small tasks folded into
// one quiet group), what is coming up, what was done lately, and the actions on each. A
// one-click action leaves a line where its card was, with "Undo" for a few seconds (the
// service worker remembers it, so it outlives the popup). Everything goes through the
// service worker (ask()).

import { byUrgency, needingYou } from "../lib/order.js";
import {
  KIND_LABELS, UiError, ask, company, el, flagLabel, interviewLine, relative, shortDate, whenText, who, withCode,
} from "../lib/ui.js";

/** @typedef {import("../lib/types.js").FollowUp} FollowUp */
/** @typedef {import("../lib/types.js").Snapshot} Snapshot */
/** @typedef {import("../lib/types.js").ErrorInfo} ErrorInfo */
/** @typedef {import("../lib/types.js").Message} Message */
/** @typedef {import("../lib/types.js").Interview} Interview */
/** @typedef {import("../lib/types.js").InterviewPatch} InterviewPatch */
/** @typedef {import("../lib/types.js").PendingUndo} PendingUndo */
/** @typedef {import("../lib/types.js").FollowUpAction} FollowUpAction */

const ACTIVE = new Set(["scheduled", "drafted"]);
const FINISHED = new Set(["sent", "done", "skipped"]);
const DONE_LATELY_DAYS = 14;
const DONE_LATELY_MAX = 8;
const NOTE_MS = 6000; // how long a line that cannot be undone (a snooze) stays

const content = /** @type {HTMLElement} */ (document.getElementById("content"));
const banner = /** @type {HTMLElement} */ (document.getElementById("banner"));
const notice = /** @type {HTMLElement} */ (document.getElementById("notice"));
const updated = /** @type {HTMLElement} */ (document.getElementById("updated"));
const syncButton = /** @type {HTMLButtonElement} */ (document.getElementById("sync"));
const filterBox = /** @type {HTMLInputElement} */ (document.getElementById("filter"));

/**
 * Say it to screen readers (the visible message is next to the item it concerns).
 * @param {string} text
 */
function announce(text) {
  notice.textContent = text.replaceAll("`", "");
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof UiError ? error.info.message : String(error);
}

// Sections ------------------------------------------------------------------------------------

/**
 * Does the item match the filter (company, person, role, title; any order of words)?
 * @param {FollowUp} item
 * @param {string[]} words
 */
function matches(item, words) {
  const text = [item.title, item.interview?.company, item.interview?.role, item.interview?.title,
    item.recipient?.name, item.recipient?.email].join(" ").toLowerCase();
  return words.every((word) => text.includes(word));
}

/** @param {FollowUp[]} all */
export function sections(all) {
  const words = filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
  const items = words.length ? all.filter((i) => matches(i, words)) : all;
  const now = Date.now();
  const { emails } = needingYou(items);
  const needing = new Set(emails.map((i) => i.id));
  const coming = items
    .filter((i) => !needing.has(i.id) && !i.needs_you && ACTIVE.has(i.status) && i.kind !== "nudge")
    .sort(byUrgency);
  // Every open nudge, due or not: small tasks, never in the way of the e-mails.
  const nudges = items.filter((i) => ACTIVE.has(i.status) && i.kind === "nudge").sort(byUrgency);
  const finishedAt = (/** @type {FollowUp} */ i) => Date.parse(i.sent_at ?? i.due_at);
  const done = items
    .filter((i) => FINISHED.has(i.status) && now - finishedAt(i) < DONE_LATELY_DAYS * 86400000)
    .sort((a, b) => finishedAt(b) - finishedAt(a))
    .slice(0, DONE_LATELY_MAX);
  return { needsNow: emails, coming, nudges, done };
}

// Rendering -----------------------------------------------------------------------------------

// The snapshot on screen (its fetchedAt). A refresh reaches the popup twice, through
// storage.onChanged and as the answer to the message that asked for it: rebuilding the whole
// list a second time from the same snapshot would only cost time (and close open panels).
let shown = "";
/** @type {Snapshot | null} */
let current = null;
/**
 * The line left where a card was after an action: with "Undo" while it can be undone.
 * @type {(PendingUndo & { undoable: boolean }) | null}
 */
let ghost = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let ghostTimer;
let nudgesOpen = false; // the small tasks stay open (or folded) across refreshes

/**
 * @param {Snapshot | null} snapshot
 * @param {boolean} [force]
 */
function render(snapshot, force = false) {
  if (!force && snapshot && snapshot.fetchedAt === shown) return;
  shown = snapshot?.fetchedAt ?? "";
  current = snapshot;
  const focusedId = document.activeElement?.closest?.("li.item")?.getAttribute("data-id") ?? null;
  renderBanner(snapshot);
  content.replaceChildren();
  if (!snapshot) {
    content.setAttribute("aria-busy", "true");
    content.append(el("p", { class: "muted loading" }, "Loading your follow-ups…"));
    return;
  }
  content.setAttribute("aria-busy", "false");
  updated.textContent = snapshot.error
    ? `Last tried ${relative(snapshot.fetchedAt)}.`
    : `Updated ${relative(snapshot.fetchedAt)} from ${snapshot.server}.`;
  if (snapshot.error) return;
  if (!snapshot.items.length) {
    content.append(
      el("p", { class: "empty calm", id: "no-items" },
        "No follow-ups yet. They appear after your interviews: followup finds them in your calendar."),
    );
    return;
  }
  const { needsNow, coming, nudges, done } = sections(snapshot.items);
  if (filterBox.value.trim()) {
    const found = needsNow.length + coming.length + nudges.length + done.length;
    content.append(el("p", { class: "muted", id: "filter-result", role: "status" },
      found ? `${found} follow-up${found === 1 ? " matches" : "s match"} “${filterBox.value.trim()}”.` : `Nothing matches “${filterBox.value.trim()}”.`));
  }
  content.append(
    section("needs-you", "Needs you now", needsNow,
      nudges.some((n) => n.needs_you) ? "No e-mails to send now." : "Nothing needs you now. Enjoy the quiet."),
  );
  if (nudges.length) content.append(nudgeGroup(nudges));
  content.append(
    section("coming-up", "Coming up", coming, "Nothing scheduled."),
    section("done-lately", "Done lately", done, "Nothing done in the last two weeks."),
  );
  placeGhost();
  rove();
  if (focusedId) {
    const again = content.querySelector(`li.item[data-id="${CSS.escape(focusedId)}"]`);
    if (again instanceof HTMLElement) again.focus();
  }
}

/** @param {Snapshot | null} snapshot */
function renderBanner(snapshot) {
  banner.replaceChildren();
  banner.className = "";
  const error = snapshot?.error;
  if (error) {
    banner.className = "banner error";
    banner.dataset.kind = error.kind;
    banner.append(el("p", {}, ...withCode(error.message)));
    const row = el("div", { class: "actions" });
    if (["unauthorized", "not-configured", "host", "permission"].includes(error.kind)) {
      const open = el("button", { type: "button" }, "Open options");
      open.addEventListener("click", () => void chrome.runtime.openOptionsPage());
      row.append(open);
    }
    const retry = el("button", { type: "button", class: "secondary" }, "Try again");
    retry.addEventListener("click", () => void reload());
    row.append(retry);
    banner.append(row);
    return;
  }
  if (snapshot?.reauth) {
    banner.className = "banner warn";
    banner.dataset.kind = "reauth";
    const reauth = snapshot.reauth;
    // Google's own words ("invalid_grant: Token has been expired or revoked") are not for
    // people. In the demo there is no Google to sign in to: restarting the demo signs in again.
    if (reauth.demo) {
      banner.append(el("p", { class: "reauth-title" }, el("strong", {}, "Google access expired")));
      banner.append(el("p", { class: "hint" }, ...withCode(
        `${reauth.email}: the demo's Google stand-in no longer accepts followup's sign-in. Restart \`followup demo\` to sign in again; nothing is lost.`)));
      return;
    }
    const link = el("a", { href: reauth.url, target: "_blank", rel: "noopener", id: "reauth-link" },
      "Google access expired — re-authorise");
    banner.append(el("p", {}, link));
    banner.append(el("p", { class: "hint" },
      `${reauth.email}: Google no longer accepts followup's sign-in (it was revoked, or it expired). New drafts wait until you sign in again; nothing is lost.`));
  } else {
    delete banner.dataset.kind;
  }
}

/**
 * @param {string} id
 * @param {string} title
 * @param {FollowUp[]} items
 * @param {string} empty
 */
function section(id, title, items, empty) {
  const heading = el("h2", { id: `${id}-title` }, title, " ", el("span", { class: "count" }, `(${items.length})`));
  const box = el("section", { id, "aria-labelledby": `${id}-title` }, heading);
  if (!items.length) {
    box.append(el("p", { class: id === "needs-you" ? "empty calm" : "empty" }, empty));
    return box;
  }
  const list = el("ul", { class: "items" });
  for (const item of items) list.append(itemView(item, id === "done-lately"));
  box.append(list);
  return box;
}

/**
 * Nudges: one quiet, folded group (open it to see them).
 * @param {FollowUp[]} nudges
 */
function nudgeGroup(nudges) {
  const due = nudges.filter((n) => n.needs_you).length;
  const summary = el("summary", { id: "nudges-title" },
    `Small tasks (${nudges.length})`,
    el("span", { class: "summary-hint" }, due ? `${due} to do now · LinkedIn, following companies` : "LinkedIn, following companies"));
  const details = el("details", { class: "nudge-group" }, summary);
  details.open = nudgesOpen || ghost?.section === "nudges";
  const list = el("ul", { class: "items" });
  for (const item of nudges) list.append(itemView(item, false));
  details.append(list);
  const box = el("section", { id: "nudges", "aria-labelledby": "nudges-title" }, details);
  details.addEventListener("toggle", () => {
    nudgesOpen = details.open;
    rove();
  });
  return box;
}

/** @param {FollowUp} item */
function label(item) {
  const kind = KIND_LABELS[item.kind] ?? item.kind;
  const person = who(item);
  if (item.kind === "nudge") return item.title || `${kind} (${company(item)})`;
  return person ? `${kind} to ${person} (${company(item)})` : `${kind} (${company(item)})`;
}

/**
 * @param {FollowUp} item
 * @param {boolean} finished
 */
function itemView(item, finished) {
  const titleId = `item-${item.id}-title`;
  const li = el("li", {
    class: `item${item.late && !finished ? " late" : ""}`,
    "data-id": String(item.id),
    "data-kind": item.kind,
    "data-status": item.status,
    tabindex: "-1",
    "aria-labelledby": titleId,
  });
  const kind = KIND_LABELS[item.kind] ?? item.kind;
  const person = who(item);
  const about = interviewLine(item);
  li.append(
    el("div", { class: "item-head" },
      el("span", { class: "item-title", id: titleId }, item.title || label(item)),
      el("span", { class: `when${item.late && !finished ? " late" : ""}` }, whenText(item)),
    ),
    el("div", { class: "meta" },
      el("span", { class: "kind" }, kind), " · ",
      person && !item.title ? `${person} · ` : "",
      el("span", { class: "company" }, company(item)),
      about ? ` · ${about}` : ""),
  );
  const flags = item.flags.filter((f) => f !== "late");
  if (flags.length) {
    const list = el("ul", { class: "flags", "aria-label": "Flags" });
    for (const flag of flags) {
      list.append(el("li", { class: `flag${flag === "needs_personal_touch" ? " warn" : ""}`, "data-flag": flag }, flagLabel(flag)));
    }
    li.append(list);
  }
  if (item.personal_touch && !finished) li.append(el("p", { class: "hint" }, `Personal touch: ${item.personal_touch}`));
  if (item.note) li.append(el("p", { class: "note muted" }, item.note));
  if (!finished) li.append(actions(item));
  li.append(el("p", { class: "card-msg", role: "status" }));
  return li;
}

/** @param {FollowUp} item */
function actions(item) {
  const name = label(item);
  const box = el("div", { class: "actions-box" });
  const row = el("div", { class: "actions" });
  box.append(row);
  if (item.kind === "nudge") {
    if (item.link) {
      row.append(el("a", {
        class: "button", href: item.link, target: "_blank", rel: "noopener noreferrer", "aria-label": `Open: ${name}`,
      }, "Open"));
    }
    row.append(
      button("Done", `Done: ${name}`, () => act(item, "done", {}, `Done: ${name}.`)),
      button("Dismiss", `Dismiss: ${name}`, () => act(item, "skip", {}, `Dismissed: ${name}.`), "secondary"),
    );
    return box;
  }
  if (item.draft?.gmail_url) {
    const url = item.draft.gmail_url;
    const open = el("a", {
      class: "button open-draft", href: url, target: "_blank", rel: "noopener noreferrer",
      "aria-label": `Open draft in Gmail: ${name}`,
    }, "Open draft");
    // In the Gmail tab already open, when there is one (no new tab, no reload).
    open.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void ask({ type: "open-gmail", url }).catch((error) => cardMessage(item.id, errorText(error), true));
    });
    row.append(open);
  }
  if (item.status === "drafted") {
    row.append(button("Mark sent", `Mark sent: ${name}`, () => act(item, "mark-sent", {}, `Marked sent: ${name}.`)));
  }
  row.append(button("Skip", `Skip: ${name}`, () => act(item, "skip", {}, `Skipped: ${name}.`), "secondary"));
  box.append(snoozeControls(item, name), moreControls(item, name));
  return box;
}

/**
 * @param {string} text
 * @param {string} aria
 * @param {() => Promise<void>} run
 * @param {string} [cls]
 */
function button(text, aria, run, cls) {
  const node = el("button", { type: "button", "aria-label": aria, class: cls });
  node.textContent = text;
  node.addEventListener("click", async () => {
    node.disabled = true;
    try {
      await run();
    } finally {
      node.disabled = false;
    }
  });
  return node;
}

/**
 * A <details> whose body is built the first time it is opened. Every listed follow-up has two
 * of them; building their form controls up front made up most of the popup's render time with
 * a few hundred follow-ups, for panels that are rarely opened.
 * @param {string} cls
 * @param {string} aria
 * @param {string} title
 * @param {(details: HTMLDetailsElement) => void} build
 */
function lazyDetails(cls, aria, title, build) {
  const details = el("details", { class: cls }, el("summary", { "aria-label": aria }, title));
  details.addEventListener("toggle", () => {
    if (!details.open || details.dataset.built) return;
    details.dataset.built = "1";
    build(details);
  });
  return details;
}

/**
 * Snoozing moves the item later than it is now: a day after now, or — for an item not due
 * yet — a day after it is due (a day from now would change nothing).
 * @param {FollowUp} item
 * @param {number} days
 */
function snoozeBy(item, days) {
  const due = Date.parse(item.due_at);
  const base = Math.max(Date.now(), Number.isNaN(due) ? 0 : due);
  const until = new Date(base + days * 86400000);
  const later = due > Date.now();
  const text = later
    ? `Moved to ${shortDate(until.toISOString())}, ${days === 1 ? "a day" : `${days} days`} after it was due.`
    : `Snoozed until ${until.toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}.`;
  return act(item, "snooze", { until: until.toISOString() }, text);
}

/**
 * @param {FollowUp} item
 * @param {string} name
 */
function snoozeControls(item, name) {
  return lazyDetails("snooze", `Snooze: ${name}`, "Snooze", (details) => {
    const pick = el("input", { type: "datetime-local", "aria-label": `Snooze until (${name})` });
    const tomorrow = new Date(Math.max(Date.now(), Date.parse(item.due_at) || 0) + 86400000);
    pick.value = localInputValue(tomorrow);
    details.append(
      el("div", { class: "snooze-options" },
        button("1 day", `Snooze 1 day: ${name}`, () => snoozeBy(item, 1)),
        button("3 days", `Snooze 3 days: ${name}`, () => snoozeBy(item, 3)),
        pick,
        button("Snooze until", `Snooze until the chosen time: ${name}`, async () => {
          const until = new Date(pick.value);
          if (Number.isNaN(until.getTime())) {
            cardMessage(item.id, "Pick a date and time first.", true);
            return;
          }
          await act(item, "snooze", { until: until.toISOString() }, `Snoozed until ${until.toLocaleString()}.`);
        }, "secondary"),
      ),
    );
  });
}

/** @param {Date} date */
function localInputValue(date) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Notes + re-draft, the outcome, "not an interview": they change the interview.
 * @param {FollowUp} item
 * @param {string} name
 */
function moreControls(item, name) {
  return lazyDetails("more", `Notes, outcome…: ${name}`, "Notes, outcome…", (details) => {
    const interviewId = item.interview.id;
    const notes = el("textarea", {
      "aria-label": `Talking points for the e-mail (${company(item)})`,
      placeholder: "Talking points for the thank-you: what you discussed, something you learned…",
    });
    const notesForm = el("form", { class: "panel notes-form" }, notes);
    const saveLabel = item.draft ? "Save notes & re-draft" : "Save notes";
    const save = el("button", { type: "submit", "aria-label": `${saveLabel}: ${name}` }, saveLabel);
    notesForm.append(el("div", { class: "row" }, save));
    notesForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      save.disabled = true;
      try {
        await saveNotes(item, notes.value);
      } finally {
        save.disabled = false;
      }
    });
    const outcome = el("select", { "aria-label": `Outcome (${company(item)})` },
      el("option", { value: "pending" }, "Outcome: pending"),
      el("option", { value: "offer" }, "Offer"),
      el("option", { value: "rejected" }, "Rejected"),
      el("option", { value: "withdrawn" }, "Withdrawn"));
    const outcomeRow = el("div", { class: "row" }, outcome,
      button("Set outcome", `Set outcome: ${name}`, () =>
        patchInterview(item, { outcome: /** @type {InterviewPatch["outcome"]} */ (outcome.value) },
          `Outcome set to ${outcome.value}.`)),
      button("Not an interview", `Not an interview: ${company(item)}`, () =>
        act(item, "not-an-interview", {}, `Marked as not an interview: ${company(item)}; its follow-ups are cancelled.`), "secondary"));
    const event = el("p", { class: "hint event-title" });
    details.append(event, notesForm, el("form", { class: "panel" }, outcomeRow));
    // Until the interview's current notes and outcome are loaded, nothing here can be edited.
    notes.disabled = outcome.disabled = true;
    void (async () => {
      try {
        /** @type {Interview} */
        const interview = await ask({ type: "get-interview", id: interviewId });
        if (interview.title) event.textContent = `Calendar event: ${interview.title}`;
        if (!notes.value) notes.value = interview.notes ?? "";
        outcome.value = interview.outcome ?? "pending";
      } catch (error) {
        cardMessage(item.id, errorText(error), true);
      } finally {
        notes.disabled = outcome.disabled = false;
        if (details.dataset.focusNotes) notes.focus();
      }
    })();
  });
}

// Messages next to the item, and the undo line --------------------------------------------------

/**
 * @param {number} id
 * @param {string} text
 * @param {boolean} [isError]
 */
function cardMessage(id, text, isError = false) {
  const box = content.querySelector(`li.item[data-id="${id}"] .card-msg`);
  if (box) {
    box.replaceChildren(...withCode(text)); // `followup serve` as code, never raw backticks
    box.classList.toggle("error", isError);
    box.setAttribute("role", isError ? "alert" : "status");
  }
  announce(text);
}

/** Where a card is: its list (section id) and position, for the line that replaces it. */
/** @param {number} id */
function placeOf(id) {
  const li = content.querySelector(`li.item[data-id="${id}"]`);
  const sectionId = li?.closest("section")?.id ?? "";
  const index = li?.parentElement ? Array.from(li.parentElement.children).indexOf(li) : 0;
  return { section: sectionId, index: Math.max(index, 0) };
}

/** Put the undo line where the card was. */
function placeGhost() {
  if (!ghost) return;
  if (ghost.until <= Date.now()) {
    ghost = null;
    return;
  }
  const { id, text, undoable } = ghost;
  const box = content.querySelector(`section#${CSS.escape(ghost.section || "needs-you")}`) ??
    content.querySelector("section#needs-you");
  if (!box) return;
  let list = box.querySelector("ul.items");
  if (!list) {
    list = el("ul", { class: "items" });
    box.querySelector("p.empty")?.before(list);
    if (!list.parentElement) box.append(list);
  }
  const line = el("li", { class: "item ghost", "data-ghost-id": String(id), tabindex: "-1" },
    el("p", { role: "status" }, text));
  if (undoable) {
    const undoButton = el("button", { type: "button", class: "undo", "aria-label": `Undo: ${text}` }, "Undo");
    undoButton.addEventListener("click", () => void undo(id));
    line.append(undoButton);
  }
  const before = list.children[ghost.index] ?? null;
  list.insertBefore(line, before);
}

/**
 * @param {PendingUndo} pending
 * @param {boolean} undoable
 */
function showGhost(pending, undoable) {
  ghost = { ...pending, undoable };
  clearTimeout(ghostTimer);
  ghostTimer = setTimeout(() => {
    ghost = null;
    render(current, true);
  }, Math.max(0, pending.until - Date.now()));
}

/** @param {number} id */
async function undo(id) {
  const text = ghost?.text ?? "";
  try {
    /** @type {{ snapshot: Snapshot, syncError: ErrorInfo | null }} */
    const answer = await ask({ type: "undo", id });
    ghost = null;
    clearTimeout(ghostTimer);
    render(answer.snapshot, true);
    const back = content.querySelector(`li.item[data-id="${id}"]`);
    if (back instanceof HTMLElement) back.focus();
    cardMessage(id, answer.syncError ? `Undone; the plan updates on the next sync (${answer.syncError.message}).` : `Undone: ${text.replace(/\.$/, "")}.`);
  } catch (error) {
    const line = content.querySelector(`li.ghost[data-ghost-id="${id}"] p`);
    if (line) line.replaceChildren(...withCode(`Could not undo: ${errorText(error)}`));
    announce(`Could not undo: ${errorText(error)}`);
  }
}

// Actions -------------------------------------------------------------------------------------

/**
 * @param {FollowUp} item
 * @param {FollowUpAction} action
 * @param {Record<string, unknown>} body
 * @param {string} done
 */
async function act(item, action, body, done) {
  cardMessage(item.id, "Working…");
  const place = placeOf(item.id);
  try {
    /** @type {{ snapshot: Snapshot, undo: PendingUndo | null, syncError: ErrorInfo | null }} */
    const answer = await ask({ type: "followup-action", id: item.id, action, body, text: done, ...place });
    if (answer.undo) showGhost(answer.undo, true);
    else showGhost({ id: item.id, action, text: done, until: Date.now() + NOTE_MS, ...place }, false);
    render(answer.snapshot, true);
    const line = content.querySelector(`li.ghost[data-ghost-id="${item.id}"]`);
    if (line instanceof HTMLElement) line.focus();
    announce(answer.syncError ? `${done} (The plan updates on the next sync: ${answer.syncError.message})` : done);
  } catch (error) {
    cardMessage(item.id, errorText(error), true);
  }
}

/**
 * @param {FollowUp} item
 * @param {InterviewPatch} patch
 * @param {string} done
 */
async function patchInterview(item, patch, done) {
  cardMessage(item.id, "Working…");
  try {
    /** @type {{ snapshot: Snapshot, syncError: ErrorInfo | null }} */
    const answer = await ask({ type: "patch-interview", id: item.interview.id, patch });
    render(answer.snapshot, true);
    cardMessage(item.id, answer.syncError ? `${done} (The plan updates on the next sync: ${answer.syncError.message})` : done, Boolean(answer.syncError));
  } catch (error) {
    cardMessage(item.id, errorText(error), true);
  }
}

/**
 * Save the notes; when there is a draft, re-draft it with them.
 * @param {FollowUp} item
 * @param {string} text
 */
async function saveNotes(item, text) {
  cardMessage(item.id, "Saving notes…");
  try {
    /** @type {{ snapshot: Snapshot }} */
    let answer = await ask({ type: "patch-interview", id: item.interview.id, patch: { notes: text } });
    if (item.draft && item.status === "drafted") {
      cardMessage(item.id, "Re-drafting…");
      answer = await ask({ type: "followup-action", id: item.id, action: "regenerate", body: {} });
      render(answer.snapshot, true);
      cardMessage(item.id, "Notes saved; the draft was rewritten with them.");
    } else {
      render(answer.snapshot, true);
      cardMessage(item.id, "Notes saved; the draft will use them.");
    }
  } catch (error) {
    cardMessage(item.id, errorText(error), true);
  }
}

async function reload() {
  try {
    render(await ask({ type: "refresh" }));
  } catch (error) {
    announce(errorText(error));
  }
}

syncButton.addEventListener("click", async () => {
  syncButton.disabled = true;
  syncButton.textContent = "Syncing…";
  try {
    /** @type {{ snapshot: Snapshot, counts: Record<string, number> }} */
    const answer = await ask({ type: "sync-now" });
    render(answer.snapshot, true);
    announce("Synced.");
    syncButton.textContent = "Synced";
  } catch (error) {
    announce(errorText(error));
    syncButton.textContent = "Sync now";
    await reload();
    if (!current?.error) {
      banner.className = "banner error";
      banner.dataset.kind = error instanceof UiError ? error.info.kind : "internal";
      banner.replaceChildren(el("p", {}, ...withCode(errorText(error))));
      if (current?.reauth) renderBanner(current);
    }
  } finally {
    syncButton.disabled = false;
    setTimeout(() => {
      syncButton.textContent = "Sync now";
    }, 2000);
  }
});

/** @type {HTMLButtonElement} */ (document.getElementById("open-options")).addEventListener("click", () => {
  void chrome.runtime.openOptionsPage();
});

// Keyboard: one Tab reaches the list; j/k (or the arrows) move between items; o opens the
// draft; z undoes (as in Gmail).

function cards() {
  return /** @type {HTMLElement[]} */ (Array.from(content.querySelectorAll("li.item")).filter(
    (li) => li instanceof HTMLElement && li.offsetParent !== null,
  ));
}

/** One card is in the Tab order (the focused one, else the first); the others by keys. */
function rove() {
  const all = cards();
  const active = all.find((li) => li.getAttribute("tabindex") === "0" && li === document.activeElement) ?? all[0];
  for (const li of content.querySelectorAll("li.item")) li.setAttribute("tabindex", li === active ? "0" : "-1");
}

filterBox.addEventListener("input", () => render(current, true));
filterBox.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && filterBox.value) {
    filterBox.value = "";
    render(current, true);
    event.preventDefault();
  } else if (event.key === "ArrowDown" || event.key === "Enter") {
    const first = cards()[0];
    if (first) {
      first.focus();
      event.preventDefault();
    }
  }
});

document.addEventListener("keydown", (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (event.key === "/" && !target.closest("input, textarea, select")) {
    filterBox.focus();
    event.preventDefault();
    return;
  }
  if (target.closest("input, textarea, select") || event.altKey || event.ctrlKey || event.metaKey) return;
  const all = cards();
  const card = target.closest("li.item");
  const at = card instanceof HTMLElement ? all.indexOf(card) : -1;
  /** @param {number} index */
  const go = (index) => {
    const next = all[Math.max(0, Math.min(all.length - 1, index))];
    if (!next) return;
    for (const li of all) li.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    next.focus();
    next.scrollIntoView({ block: "nearest" });
    event.preventDefault();
  };
  if (event.key === "j" || event.key === "ArrowDown") go(at + 1);
  else if (event.key === "k" || event.key === "ArrowUp") go(at < 0 ? 0 : at - 1);
  else if (event.key === "Home" && at >= 0) go(0);
  else if (event.key === "End" && at >= 0) go(all.length - 1);
  else if (event.key === "o" && card) {
    const open = card.querySelector("a.open-draft, a.button");
    if (open instanceof HTMLElement) {
      open.click();
      event.preventDefault();
    }
  } else if (event.key === "z" && ghost?.undoable) {
    void undo(ghost.id);
    event.preventDefault();
  }
});

// Keep up with the background poll, unless the user is typing in the popup.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local" || !changes.snapshot?.newValue) return;
  const active = document.activeElement;
  if (active && content.contains(active) && active.matches("textarea, input, select")) return;
  if (content.querySelector("details.more[open], details.snooze[open]")) return;
  render(/** @type {Snapshot} */ (changes.snapshot.newValue));
});

/** Opened from the end-of-interview notification: the notes of that interview, ready. */
function openNotes() {
  const wanted = Number(new URLSearchParams(location.search).get("notes"));
  if (!wanted || !current) return;
  const item = [...current.items].filter((i) => i.interview.id === wanted && i.kind !== "nudge")
    .sort((a, b) => Number(b.status === "scheduled") - Number(a.status === "scheduled"))[0];
  if (!item) return;
  const card = content.querySelector(`li.item[data-id="${item.id}"]`);
  const more = card?.querySelector("details.more");
  if (!(more instanceof HTMLDetailsElement)) return;
  more.dataset.focusNotes = "1";
  more.open = true;
  card?.scrollIntoView({ block: "start" });
}

async function main() {
  try {
    /** @type {Snapshot} */
    const cached = await ask({ type: "get-state" });
    /** @type {PendingUndo | null} */
    const pending = await ask({ type: "get-undo" });
    if (pending) showGhost(pending, true);
    render(cached);
  } catch (error) {
    announce(errorText(error));
  }
  await reload();
  openNotes();
}

void main();
