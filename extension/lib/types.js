// @ts-check
// Types shared by the service worker, popup, options page and Gmail panel (JSDoc only; no code).
// They mirror the server's API (/api/v1, see the README) and the extension's own messages.

/**
 * @typedef {"thank_you" | "check_in" | "update" | "feedback_request" | "nudge"} FollowUpKind
 * @typedef {"scheduled" | "drafted" | "sent" | "done" | "skipped" | "cancelled"} FollowUpStatus
 * @typedef {"pending" | "offer" | "rejected" | "withdrawn"} Outcome
 * @typedef {"snooze" | "skip" | "mark-sent" | "done" | "regenerate" | "not-an-interview"} FollowUpAction
 *
 * @typedef {{ name: string | null, email: string }} Recipient
 * @typedef {{ id: number, company: string | null, role: string | null, start: string, end: string, title?: string | null }} InterviewRef
 * @typedef {{ id: string, thread_id: string | null, gmail_url: string | null }} DraftRef
 *
 * @typedef {{
 *   id: number,
 *   kind: FollowUpKind,
 *   status: FollowUpStatus,
 *   due_at: string,
 *   late: boolean,
 *   title: string,
 *   recipient: Recipient | null,
 *   interview: InterviewRef,
 *   draft: DraftRef | null,
 *   flags: string[],
 *   personal_touch: string | null,
 *   note: string,
 *   link: string | null,
 *   sent_at: string | null,
 *   needs_you: boolean,
 * }} FollowUp
 *
 * @typedef {{
 *   email: string,
 *   scopes: string[],
 *   needs_reauth: boolean,
 *   reauth_reason: string | null,
 *   last_sync_at: string | null,
 *   last_error: string | null,
 * }} AccountStatus
 *
 * @typedef {{ version: string, google: string, accounts: AccountStatus[], counts: Record<string, number> }} ServerStatus
 *
 * @typedef {{ notes?: string, outcome?: Outcome, is_interview?: boolean }} InterviewPatch
 * @typedef {{ id: number, notes: string, outcome: Outcome, title?: string }} Interview
 */

/**
 * What went wrong talking to the server, in a form every page can show.
 * kind: "not-configured" (no token yet), "offline" (nothing answers at the address),
 * "unauthorized" (wrong token), "host" (the server refused our Host), "reauth" (Google access
 * expired), "conflict" (409), "not-found" (404), "http" (anything else), "bad-message",
 * "bad-server" (not a server address), "insecure-server" (plain http to another computer),
 * "permission" (a shared server whose origin the person has not allowed, or no longer does).
 * @typedef {{ kind: string, message: string, status?: number }} ErrorInfo
 */

/**
 * The extension's settings (chrome.storage.local "settings").
 * @typedef {{ server: string, token: string, pollMinutes: number }} Settings
 */

/**
 * What the service worker last learned from the server (chrome.storage.local "snapshot").
 * @typedef {{
 *   fetchedAt: string,
 *   server: string,
 *   status: ServerStatus | null,
 *   items: FollowUp[],
 *   error: ErrorInfo | null,
 *   reauth: { url: string, reason: string | null, email: string, demo?: boolean } | null,
 * }} Snapshot
 */

/**
 * The last one-click action, while "Undo" is offered (chrome.storage.local "undo"): where its
 * card was (section and position), and what to say there.
 * @typedef {{ id: number, action: FollowUpAction, text: string, until: number, section: string, index: number }} PendingUndo
 */

/**
 * Messages to the service worker: the only ones its router accepts.
 * @typedef {{ type: "get-state" }
 *   | { type: "refresh" }
 *   | { type: "sync-now" }
 *   | { type: "followup-action", id: number, action: FollowUpAction, body?: Record<string, unknown>, text?: string, section?: string, index?: number }
 *   | { type: "undo", id: number }
 *   | { type: "get-undo" }
 *   | { type: "open-gmail", url: string }
 *   | { type: "get-interview", id: number }
 *   | { type: "patch-interview", id: number, patch: InterviewPatch }
 *   | { type: "get-settings" }
 *   | { type: "save-settings", server: string, token: string, anyway?: boolean }
 *   | { type: "test-connection", server: string, token: string }
 * } Message
 */

/**
 * Every answer of the router: ok with data, or an error to show.
 * @template T
 * @typedef {{ ok: true, data: T } | { ok: false, error: ErrorInfo }} Reply
 */

export {};
