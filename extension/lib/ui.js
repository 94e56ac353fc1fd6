// @ts-check
// Small DOM and wording helpers for the extension's pages. Text always goes in through
// textContent (el() never parses HTML).

/** @typedef {import("./types.js").FollowUp} FollowUp */
/** @typedef {import("./types.js").Message} Message */
/** @typedef {import("./types.js").ErrorInfo} ErrorInfo */

/**
 * Create an element: el("button", {class: "x", "aria-label": "Skip"}, "Skip").
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | boolean | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * Send one message to the service worker and unwrap its reply.
 * @template T
 * @param {Message} message
 * @returns {Promise<T>}
 */
export async function ask(message) {
  /** @type {import("./types.js").Reply<T> | undefined} */
  let reply;
  try {
    reply = await chrome.runtime.sendMessage(message);
  } catch (error) {
    throw new UiError({ kind: "internal", message: `The extension's worker did not answer: ${String(error)}` });
  }
  if (!reply) throw new UiError({ kind: "internal", message: "The extension's worker did not answer." });
  if (!reply.ok) throw new UiError(reply.error);
  return reply.data;
}

/** An error answered by the service worker. */
export class UiError extends Error {
  /** @param {ErrorInfo} info */
  constructor(info) {
    super(info.message);
    this.info = info;
  }
}

export const KIND_LABELS = {
  thank_you: "Thank-you",
  check_in: "Check-in",
  update: "Update",
  feedback_request: "Feedback request",
  nudge: "Nudge",
};

/** @type {Record<string, string>} */
export const FLAG_LABELS = {
  needs_personal_touch: "needs a personal touch",
  late: "late",
  draft_edited: "you edited the draft",
  snoozed: "snoozed",
  too_long: "too long",
  no_notes: "no notes yet",
};

/** @param {string} flag */
export function flagLabel(flag) {
  return FLAG_LABELS[flag] ?? flag.replaceAll("_", " ");
}

/** @param {FollowUp} item */
export function who(item) {
  if (!item.recipient) return item.kind === "nudge" ? "" : "the company";
  return item.recipient.name || item.recipient.email;
}

/** @param {FollowUp} item */
export function company(item) {
  return item.interview?.company || "an unknown company";
}

/**
 * "Technical interview, Tue 10 Mar" — which interview this is about.
 * @param {FollowUp} item
 */
export function interviewLine(item) {
  const parts = [];
  if (item.interview?.role) parts.push(item.interview.role);
  else if (item.interview?.title) parts.push(item.interview.title);
  if (item.interview?.start) parts.push(`interview ${shortDate(item.interview.start)}`);
  return parts.join(", ");
}

// One formatter for every date: toLocaleDateString(…, options) builds a new one per call, which
// was the costliest single call in listing a few hundred follow-ups.
const SHORT_DATE = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });

/** @param {string} iso */
export function shortDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return SHORT_DATE.format(date);
}

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/**
 * "in 3 hours", "yesterday", "in 2 days".
 * @param {string} iso
 * @param {number} [now]
 */
export function relative(iso, now = Date.now()) {
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return "";
  if (Math.abs(ms) < 60000) return "just now";
  const minutes = Math.round(ms / 60000);
  if (Math.abs(minutes) < 60) return RELATIVE.format(minutes, "minute");
  const hours = Math.round(ms / 3600000);
  if (Math.abs(hours) < 36) return RELATIVE.format(hours, "hour");
  return RELATIVE.format(Math.round(ms / 86400000), "day");
}

/**
 * When, in words: "late (was due 2 days ago)", "due now", "due in 3 hours", "sent yesterday".
 * @param {FollowUp} item
 */
export function whenText(item) {
  if (item.status === "sent") return item.sent_at ? `sent ${relative(item.sent_at)}` : "sent";
  if (item.status === "done") return "done";
  if (item.status === "skipped") return "skipped";
  if (item.late) return `late (was due ${relative(item.due_at)})`;
  const due = new Date(item.due_at).getTime();
  if (due <= Date.now()) return "due now";
  return `due ${relative(item.due_at)}`;
}

/**
 * "start it with `followup serve`" → text and <code> nodes (never raw backticks on screen).
 * @param {string} text
 * @returns {(string | HTMLElement)[]}
 */
export function withCode(text) {
  return text.split(/(`[^`]+`)/).map((part) =>
    part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", {}, part.slice(1, -1)) : part,
  );
}
