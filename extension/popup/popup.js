// @ts-check
// The popup: what needs you now, what is coming up, nudges, what was done lately, and the
// actions on each. Everything goes through the service worker (ask()).

import {
  KIND_LABELS, UiError, ask, company, el, flagLabel, interviewLine, relative, whenText, who,
} from "../lib/ui.js";

/** @typedef {import("../lib/types.js").FollowUp} FollowUp */
/** @typedef {import("../lib/types.js").Snapshot} Snapshot */
/** @typedef {import("../lib/types.js").ErrorInfo} ErrorInfo */
/** @typedef {import("../lib/types.js").Message} Message */
/** @typedef {import("../lib/types.js").Interview} Interview */
/** @typedef {import("../lib/types.js").InterviewPatch} InterviewPatch */

const ACTIVE = new Set(["scheduled", "drafted"]);
const FINISHED = new Set(["sent", "done", "skipped"]);
const DONE_LATELY_DAYS = 14;
const DONE_LATELY_MAX = 8;

const content = /** @type {HTMLElement} */ (document.getElementById("content"));
const banner = /** @type {HTMLElement} */ (document.getElementById("banner"));
const notice = /** @type {HTMLElement} */ (document.getElementById("notice"));
const updated = /** @type {HTMLElement} */ (document.getElementById("updated"));
const syncButton = /** @type {HTMLButtonElement} */ (document.getElementById("sync"));

/** @param {string} text @param {boolean} [isError] */
function say(text, isError = false) {
  notice.textContent = text;
  notice.classList.toggle("error", isError);
}

/** @param {unknown} error */
function errorText(error) {
  return error instanceof UiError ? error.info.message : String(error);
}

// Sections ------------------------------------------------------------------------------------

/** @param {FollowUp[]} items */
export function sections(items) {
  const byDue = (/** @type {FollowUp} */ a, /** @type {FollowUp} */ b) => Date.parse(a.due_at) - Date.parse(b.due_at);
  const now = Date.now();
  const needsNow = items.filter((i) => i.needs_you && ACTIVE.has(i.status)).sort(byDue);
  const coming = items
    .filter((i) => !i.needs_you && ACTIVE.has(i.status) && i.kind !== "nudge")
    .sort(byDue);
  const nudges = items.filter((i) => !i.needs_you && ACTIVE.has(i.status) && i.kind === "nudge").sort(byDue);
  const finishedAt = (/** @type {FollowUp} */ i) => Date.parse(i.sent_at ?? i.due_at);
  const done = items
    .filter((i) => FINISHED.has(i.status) && now - finishedAt(i) < DONE_LATELY_DAYS * 86400000)
    .sort((a, b) => finishedAt(b) - finishedAt(a))
    .slice(0, DONE_LATELY_MAX);
  return { needsNow, coming, nudges, done };
}

// Rendering -----------------------------------------------------------------------------------

// The snapshot on screen (its fetchedAt). A refresh reaches the popup twice, through
// storage.onChanged and as the answer to the message that asked for it: rebuilding the whole
// list a second time from the same snapshot would only cost time (and close open panels).
let shown = "";

/** @param {Snapshot | null} snapshot */
function render(snapshot) {
  if (snapshot && snapshot.fetchedAt === shown) return;
  shown = snapshot?.fetchedAt ?? "";
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
  const { needsNow, coming, nudges, done } = sections(snapshot.items);
  if (!snapshot.items.length) {
    content.append(
      el("p", { class: "empty", id: "no-items" },
        "No follow-ups yet. They appear after your interviews: followup finds them in your calendar."),
    );
    return;
  }
  content.append(
    section("needs-you", "Needs you now", needsNow, "Nothing needs you now."),
    section("coming-up", "Coming up", coming, "Nothing scheduled."),
  );
  if (nudges.length) content.append(section("nudges", "Nudges", nudges, ""));
  content.append(section("done-lately", "Done lately", done, "Nothing done in the last two weeks."));
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
    if (["unauthorized", "not-configured", "host"].includes(error.kind)) {
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
    const link = el("a", { href: snapshot.reauth.url, target: "_blank", rel: "noopener", id: "reauth-link" },
      "Google access expired — re-authorise");
    banner.append(el("p", {}, link));
    const reason = snapshot.reauth.reason;
    banner.append(el("p", { class: "hint" },
      `${snapshot.reauth.email}: ${reason ?? "Google no longer accepts followup's token."} Drafts stop until you sign in again.`));
  } else {
    delete banner.dataset.kind;
  }
}

/**
 * "start it with `followup serve`" → text and <code> nodes.
 * @param {string} text
 */
function withCode(text) {
  return text.split(/(`[^`]+`)/).map((part) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", {}, part.slice(1, -1)) : part,
  );
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
    box.append(el("p", { class: "empty" }, empty));
    return box;
  }
  const list = el("ul", { class: "items" });
  for (const item of items) list.append(itemView(item, id === "done-lately"));
  box.append(list);
  return box;
}

/** @param {FollowUp} item */
function label(item) {
  const kind = KIND_LABELS[item.kind] ?? item.kind;
  const person = who(item);
  return person ? `${kind} to ${person} (${company(item)})` : `${kind} (${company(item)})`;
}

/**
 * @param {FollowUp} item
 * @param {boolean} finished
 */
function itemView(item, finished) {
  const li = el("li", {
    class: `item${item.late && !finished ? " late" : ""}`,
    "data-id": String(item.id),
    "data-kind": item.kind,
    "data-status": item.status,
  });
  const kind = KIND_LABELS[item.kind] ?? item.kind;
  const person = who(item);
  const about = interviewLine(item);
  li.append(
    el("div", { class: "item-head" },
      el("span", { class: "item-title" }, item.title || label(item)),
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
  return li;
}

/** @param {FollowUp} item */
function actions(item) {
  const name = label(item);
  const box = el("div", { class: "actions-box" });
  const row = el("div", { class: "actions" });
  box.append(row);
  if (item.kind === "nudge") {
    if (item.link) row.append(el("a", { class: "button", href: item.link, target: "_blank", rel: "noopener noreferrer" }, "Open"));
    row.append(
      button("Done", `Done: ${name}`, () => act(item, "done", {}, "Marked done.")),
      button("Dismiss", `Dismiss: ${name}`, () => act(item, "skip", {}, "Dismissed."), "secondary"),
    );
    return box;
  }
  if (item.draft?.gmail_url) {
    row.append(el("a", {
      class: "button", href: item.draft.gmail_url, target: "_blank", rel: "noopener noreferrer",
      "aria-label": `Open draft in Gmail: ${name}`,
    }, "Open draft"));
  }
  if (item.status === "drafted") {
    row.append(button("Mark sent", `Mark sent: ${name}`, () => act(item, "mark-sent", {}, "Marked sent.")));
  }
  row.append(button("Skip", `Skip: ${name}`, () => act(item, "skip", {}, "Skipped."), "secondary"));
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
 * @param {FollowUp} item
 * @param {string} name
 */
function snoozeControls(item, name) {
  return lazyDetails("snooze", `Snooze: ${name}`, "Snooze", (details) => {
    const pick = el("input", { type: "datetime-local", "aria-label": `Snooze until (${name})` });
    const tomorrow = new Date(Date.now() + 86400000);
    pick.value = localInputValue(tomorrow);
    details.append(
      el("div", { class: "snooze-options" },
        button("1 day", `Snooze 1 day: ${name}`, () => act(item, "snooze", { hours: 24 }, "Snoozed for a day.")),
        button("3 days", `Snooze 3 days: ${name}`, () => act(item, "snooze", { hours: 72 }, "Snoozed for 3 days.")),
        pick,
        button("Snooze until", `Snooze until the chosen time: ${name}`, async () => {
          const until = new Date(pick.value);
          if (Number.isNaN(until.getTime())) {
            say("Pick a date and time first.", true);
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
  return lazyDetails("more", `More: ${name}`, "Notes, outcome…", (details) => {
    const interviewId = item.interview.id;
    const notes = el("textarea", {
      "aria-label": `Notes on the interview (${company(item)})`,
      placeholder: "What you discussed, something you learned about the company…",
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
        patchInterview(interviewId, { outcome: /** @type {InterviewPatch["outcome"]} */ (outcome.value) },
          `Outcome set to ${outcome.value}.`)),
      button("Not an interview", `Not an interview: ${company(item)}`, () =>
        patchInterview(interviewId, { is_interview: false }, "Marked as not an interview; its follow-ups are cancelled."), "secondary"));
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
        say(errorText(error), true);
      } finally {
        notes.disabled = outcome.disabled = false;
      }
    })();
  });
}

// Actions -------------------------------------------------------------------------------------

/**
 * @param {FollowUp} item
 * @param {import("../lib/types.js").FollowUpAction} action
 * @param {Record<string, unknown>} body
 * @param {string} done
 */
async function act(item, action, body, done) {
  say("Working…");
  try {
    /** @type {{ snapshot: Snapshot }} */
    const answer = await ask({ type: "followup-action", id: item.id, action, body });
    render(answer.snapshot);
    say(done);
  } catch (error) {
    say(errorText(error), true);
  }
}

/**
 * @param {number} id
 * @param {InterviewPatch} patch
 * @param {string} done
 */
async function patchInterview(id, patch, done) {
  say("Working…");
  try {
    /** @type {{ snapshot: Snapshot, syncError: ErrorInfo | null }} */
    const answer = await ask({ type: "patch-interview", id, patch });
    render(answer.snapshot);
    say(answer.syncError ? `${done} (The plan updates on the next sync: ${answer.syncError.message})` : done, Boolean(answer.syncError));
  } catch (error) {
    say(errorText(error), true);
  }
}

/**
 * Save the notes; when there is a draft, re-draft it with them.
 * @param {FollowUp} item
 * @param {string} text
 */
async function saveNotes(item, text) {
  say("Saving notes…");
  try {
    /** @type {{ snapshot: Snapshot }} */
    let answer = await ask({ type: "patch-interview", id: item.interview.id, patch: { notes: text } });
    if (item.draft && item.status === "drafted") {
      say("Re-drafting…");
      answer = await ask({ type: "followup-action", id: item.id, action: "regenerate", body: {} });
      render(answer.snapshot);
      say("Notes saved; the draft was rewritten with them.");
    } else {
      render(answer.snapshot);
      say("Notes saved; the draft will use them.");
    }
  } catch (error) {
    say(errorText(error), true);
  }
}

async function reload() {
  try {
    render(await ask({ type: "refresh" }));
  } catch (error) {
    say(errorText(error), true);
  }
}

syncButton.addEventListener("click", async () => {
  syncButton.disabled = true;
  say("Syncing…");
  try {
    /** @type {{ snapshot: Snapshot, counts: Record<string, number> }} */
    const answer = await ask({ type: "sync-now" });
    render(answer.snapshot);
    say("Synced.");
  } catch (error) {
    say(errorText(error), true);
    await reload();
  } finally {
    syncButton.disabled = false;
  }
});

/** @type {HTMLButtonElement} */ (document.getElementById("open-options")).addEventListener("click", () => {
  void chrome.runtime.openOptionsPage();
});

// Keep up with the background poll, unless the user is typing in the popup.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local" || !changes.snapshot?.newValue) return;
  const active = document.activeElement;
  if (active && content.contains(active) && active.matches("textarea, input, select")) return;
  if (content.querySelector("details[open]")) return;
  render(/** @type {Snapshot} */ (changes.snapshot.newValue));
});

async function main() {
  try {
    /** @type {Snapshot} */
    const cached = await ask({ type: "get-state" });
    render(cached);
  } catch (error) {
    say(errorText(error), true);
  }
  await reload();
}

void main();
