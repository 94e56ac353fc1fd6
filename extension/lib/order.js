// @ts-check
// What the person must do, in the order they must do it: e-mails to review and send (late
// ones first, then the ones due), then feedback requests, then nudges (small tasks, folded
// into one quiet group). The badge counts the e-mails. The Gmail panel (a classic content
// script, which cannot import) keeps a copy of `rank`; tests/e2e hold the two to one order.

/** @typedef {import("./types.js").FollowUp} FollowUp */

const ACTIVE = new Set(["scheduled", "drafted"]);

/** @param {FollowUp} item */
export function isEmail(item) {
  return item.kind !== "nudge";
}

/**
 * 0 late e-mail, 1 e-mail due, 2 feedback request, 3 nudge.
 * @param {FollowUp} item
 */
export function rank(item) {
  if (item.kind === "nudge") return 3;
  if (item.kind === "feedback_request") return 2;
  return item.late ? 0 : 1;
}

/**
 * @param {FollowUp} a
 * @param {FollowUp} b
 */
export function byUrgency(a, b) {
  return rank(a) - rank(b) || Date.parse(a.due_at) - Date.parse(b.due_at) || a.id - b.id;
}

/**
 * What needs the person now, most urgent first: `emails` (feedback requests last) and the
 * quiet `nudges`.
 * @param {FollowUp[]} items
 */
export function needingYou(items) {
  const now = items.filter((i) => i.needs_you && ACTIVE.has(i.status)).sort(byUrgency);
  return { emails: now.filter(isEmail), nudges: now.filter((i) => !isEmail(i)) };
}

/** The badge: e-mails that need the person. @param {FollowUp[]} items */
export function badgeCount(items) {
  return needingYou(items).emails.length;
}
