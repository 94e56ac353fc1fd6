// @ts-check
// The service worker: the only code that talks to the followup server. The popup, the options
// page and the Gmail panel send it messages through ONE router, which rejects anything else.
// It polls the server on chrome.alarms and keeps the badge up to date.

import { isLocalServer, permissionFor } from "./lib/address.js";
import { ApiError, MESSAGES, call, messagesFor, normaliseServer, toErrorInfo } from "./lib/api.js";
import { badgeCount, isEmail } from "./lib/order.js";
import {
  clearSnapshot, loadSettings, loadSnapshot, loadUndo, saveSettings, saveSnapshot, saveUndo,
} from "./lib/state.js";

/** @typedef {import("./lib/types.js").Message} Message */
/** @typedef {import("./lib/types.js").Snapshot} Snapshot */
/** @typedef {import("./lib/types.js").FollowUp} FollowUp */
/** @typedef {import("./lib/types.js").ServerStatus} ServerStatus */
/** @typedef {import("./lib/types.js").Settings} Settings */
/** @typedef {import("./lib/types.js").ErrorInfo} ErrorInfo */

const ALARM = "poll";
// What the pages show: everything still pending (page by page), and the latest finished ones.
const PENDING = "/api/v1/followups?status=scheduled,drafted&limit=500";
const FINISHED = "/api/v1/followups?status=sent,done,skipped&order=recent&limit=50";
const MAX_PAGES = 10;
const ACTIONS = new Set(["snooze", "skip", "mark-sent", "done", "regenerate", "not-an-interview"]);
// One click, then a few seconds to take it back (the server keeps what undo needs a minute).
const UNDOABLE = new Set(["skip", "mark-sent", "done", "not-an-interview"]);
const UNDO_MS = 10_000;
const TALKING_POINTS = "talking-points:";
const SYNC_BUSY_RETRIES = 8;
const SYNC_BUSY_WAIT_MS = 750;
const COLOURS = { normal: "#1a73e8", late: "#d93025", error: "#5f6368" };

// The token lives in storage.local: keep it away from content scripts (they get what they
// need through messages). Older Chromes only support this for storage.session.
chrome.storage.local.setAccessLevel({ accessLevel: "TRUSTED_CONTEXTS" }).catch(() => {});

// Polling -------------------------------------------------------------------------------------

/** @param {number} minutes */
async function schedule(minutes) {
  const existing = await chrome.alarms.get(ALARM);
  if (!existing || existing.periodInMinutes !== minutes) {
    await chrome.alarms.create(ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
  }
}

chrome.runtime.onInstalled.addListener(() => {
  void start();
});
chrome.runtime.onStartup.addListener(() => {
  void start();
});
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM || alarm.name.startsWith("interview-end:")) void refresh();
});

async function start() {
  const settings = await loadSettings();
  await schedule(settings.pollMinutes);
  await refresh();
}

// Talking to the server -----------------------------------------------------------------------

/**
 * Ask the server for everything the pages show; store it; update the badge.
 * @returns {Promise<Snapshot>}
 */
async function refresh() {
  const settings = await loadSettings();
  /** @type {Snapshot} */
  const snapshot = {
    fetchedAt: new Date().toISOString(),
    server: settings.server,
    status: null,
    items: [],
    error: null,
    reauth: null,
  };
  try {
    const [status, pending, finished] = await Promise.all([
      /** @type {Promise<ServerStatus>} */ (call(settings, "GET", "/api/v1/status")),
      pages(settings, PENDING),
      call(settings, "GET", FINISHED),
    ]);
    snapshot.status = status;
    snapshot.items = [...pending, ...itemsOf(finished)];
    const expired = (status.accounts ?? []).find((a) => a.needs_reauth);
    if (expired) {
      snapshot.reauth = {
        url: `${settings.server}/auth/google/start`,
        reason: expired.reauth_reason,
        email: expired.email,
        // `followup demo`: "Google" is the built-in sandbox on this machine (and so is followup:
        // a shared server's Google stand-in, if it had one, is none of the person's business).
        demo: isLocalServer(settings.server) && /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(status.google ?? ""),
      };
    }
  } catch (error) {
    snapshot.error = toErrorInfo(error);
  }
  await saveSnapshot(snapshot);
  await showBadge(snapshot);
  await askForTalkingPoints(snapshot).catch(() => {});
  return snapshot;
}

/** @param {unknown} page @returns {FollowUp[]} */
function itemsOf(page) {
  const items = /** @type {{items?: unknown}} */ (page ?? {}).items;
  return Array.isArray(items) ? items : [];
}

/**
 * Every page of a follow-up listing (the server pages them), up to MAX_PAGES.
 * @param {Settings} settings
 * @param {string} path
 * @returns {Promise<FollowUp[]>}
 */
async function pages(settings, path) {
  /** @type {FollowUp[]} */
  const items = [];
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = /** @type {{items?: unknown, next_offset?: unknown}} */ (
      await call(settings, "GET", `${path}&offset=${offset}`)
    );
    items.push(...itemsOf(answer));
    if (typeof answer?.next_offset !== "number") break;
    offset = answer.next_offset;
  }
  return items;
}

/** @param {Snapshot} snapshot */
async function showBadge(snapshot) {
  if (snapshot.error) {
    await chrome.action.setBadgeText({ text: "!" });
    await chrome.action.setBadgeBackgroundColor({ color: COLOURS.error });
    await chrome.action.setTitle({ title: `followup: ${snapshot.error.message}` });
    return;
  }
  // The badge counts e-mails that need the person (nudges are quiet: they never add to it).
  const needing = snapshot.items.filter((item) => item.needs_you && isEmail(item) && ["drafted", "scheduled"].includes(item.status));
  const count = badgeCount(snapshot.items);
  const late = needing.some((item) => item.late);
  await chrome.action.setBadgeText({ text: count ? String(count) : "" });
  await chrome.action.setBadgeBackgroundColor({ color: late ? COLOURS.late : COLOURS.normal });
  const title = snapshot.reauth
    ? `followup: ${MESSAGES.reauth}`
    : count
      ? `followup: ${count} e-mail${count === 1 ? "" : "s"} to review and send${late ? " (one is late)" : ""}`
      : "followup: nothing needs you now";
  await chrome.action.setTitle({ title });
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * "Sync now": POST /api/v1/sync, waiting politely while another sync runs (409).
 * @param {Settings} settings
 */
async function syncNow(settings) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(settings, "POST", "/api/v1/sync");
    } catch (error) {
      const busy = error instanceof ApiError && error.kind === "conflict" && /running/i.test(error.message);
      if (!busy || attempt >= SYNC_BUSY_RETRIES) throw error;
      await sleep(SYNC_BUSY_WAIT_MS);
    }
  }
}

/**
 * "Test connection" in options: is anything there, is it followup, does the token work?
 * @param {string} serverText
 * @param {string} token
 */
async function testConnection(serverText, token) {
  const server = normaliseServer(serverText);
  const health = await call({ server, token: "" }, "GET", "/healthz");
  if (!token.trim()) throw new ApiError("not-configured", messagesFor({ server, token }).notConfigured);
  /** @type {ServerStatus} */
  const status = await call({ server, token: token.trim() }, "GET", "/api/v1/status");
  const account = status.accounts?.[0];
  return {
    version: String(health?.version ?? status.version ?? ""),
    email: account ? account.email : null,
    needsReauth: Boolean(account?.needs_reauth),
    reauthUrl: `${server}/auth/google/start`,
  };
}

/**
 * The plan follows a change on the next tick: run it now, and say (not throw) if it failed.
 * @param {Settings} settings
 * @returns {Promise<ErrorInfo | null>}
 */
async function syncQuietly(settings) {
  try {
    await syncNow(settings);
    return null;
  } catch (error) {
    return toErrorInfo(error);
  }
}

/**
 * Least privilege: of the optional host permissions (a shared server's origin, granted in
 * options), keep only the one the saved server needs. The manifest's own (loopback, Gmail)
 * are never touched.
 * @param {string} server
 */
async function keepOnlyTheServersPermission(server) {
  const keep = permissionFor(server);
  const required = new Set(chrome.runtime.getManifest().host_permissions ?? []);
  try {
    const { origins = [] } = await chrome.permissions.getAll();
    const drop = origins.filter((origin) => origin !== keep && !required.has(origin));
    if (drop.length) await chrome.permissions.remove({ origins: drop });
  } catch {
    // Nothing to show: an origin kept by mistake gives no access the person did not grant.
  }
}

// The end of an interview: ask once for talking points --------------------------------------
// When an interview has just ended (its thank-you is still to be drafted, an hour later), one
// notification asks what to mention; a click opens the popup's notes for that interview.
// Every interview is asked about once, ever (remembered in storage).

const ASK_WITHIN_MS = 60 * 60 * 1000; // the thank-you is drafted an hour after the end

/** @param {Snapshot} snapshot */
async function askForTalkingPoints(snapshot) {
  if (snapshot.error) return;
  const now = Date.now();
  const { askedAbout } = await chrome.storage.local.get("askedAbout");
  /** @type {number[]} */
  const asked = Array.isArray(askedAbout) ? askedAbout : [];
  /** @type {Map<number, FollowUp>} */
  const due = new Map();
  for (const item of snapshot.items) {
    if (item.kind !== "thank_you" || item.status !== "scheduled") continue;
    const end = Date.parse(item.interview.end);
    if (Number.isNaN(end)) continue;
    if (end <= now && now - end < ASK_WITHIN_MS && !asked.includes(item.interview.id)) {
      due.set(item.interview.id, item);
    } else if (end > now) {
      // Wake up when it ends (the poll would do it within a minute; this is on the dot).
      await chrome.alarms.create(`interview-end:${item.interview.id}`, { when: end + 1000 });
    }
  }
  for (const [id, item] of due) {
    asked.push(id);
    await chrome.storage.local.set({ askedAbout: asked.slice(-500) });
    const company = item.interview.company || "your";
    await chrome.notifications.create(`${TALKING_POINTS}${id}`, {
      type: "basic",
      iconUrl: chrome.runtime.getURL("icons/icon-128.png"),
      title: `How did the ${company} interview go?`,
      message: "Add a point or two for the thank-you: what you discussed, what stood out. The draft is made in an hour.",
      priority: 1,
    });
  }
}

chrome.notifications.onClicked.addListener((notificationId) => {
  if (!notificationId.startsWith(TALKING_POINTS)) return;
  const id = Number(notificationId.slice(TALKING_POINTS.length));
  void chrome.notifications.clear(notificationId);
  void chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html?notes=${id}`) });
});

// Open a draft in the Gmail tab that is already open, when there is one ----------------------

/** @param {string} url */
async function openInGmail(url) {
  const target = new URL(url);
  if (target.origin !== "https://mail.google.com") throw new ApiError("bad-message", "Not a Gmail address.");
  const tabs = (await chrome.tabs.query({ url: "https://mail.google.com/mail/*" })).filter((t) => t.id !== undefined);
  // The tab of the draft's account: Gmail's title names it ("Inbox - me@example.com - Gmail").
  const account = (target.searchParams.get("authuser") ?? "").toLowerCase();
  const mine = tabs.find((t) => account && (t.title ?? "").toLowerCase().includes(account));
  const tab = mine ?? tabs[0];
  if (tab?.id === undefined) {
    await chrome.tabs.create({ url });
    return { reused: false };
  }
  // In the account's own tab only the part after "#" changes: Gmail opens the draft there
  // without reloading. Another tab is sent to the draft's address (Gmail picks the account).
  const current = new URL(tab.url ?? url);
  const next = mine || current.pathname === target.pathname
    ? `${current.origin}${current.pathname}${current.search}${target.hash}`
    : url;
  await chrome.tabs.update(tab.id, { url: next, active: true });
  if (tab.windowId !== undefined) await chrome.windows.update(tab.windowId, { focused: true });
  return { reused: true };
}

// The router ----------------------------------------------------------------------------------

/**
 * What a content script (the Gmail panel) may ask: reading state, "mark sent", a nudge's
 * "done" or "dismiss", and undoing what it did.
 * @param {Message} message
 */
async function allowedFromContentScript(message) {
  if (message.type === "get-state" || message.type === "refresh" || message.type === "get-undo") return true;
  if (message.type === "undo") return true;
  if (message.type !== "followup-action") return false;
  if (message.action === "mark-sent") return true;
  if (message.action !== "done" && message.action !== "skip") return false;
  const snapshot = await loadSnapshot();
  const item = snapshot?.items.find((i) => i.id === message.id);
  return item?.kind === "nudge";
}

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isId(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

/**
 * @param {Message} message
 * @returns {Promise<unknown>}
 */
async function handle(message) {
  switch (message.type) {
    case "get-state":
      return (await loadSnapshot()) ?? (await refresh());
    case "refresh":
      return refresh();
    case "sync-now": {
      const settings = await loadSettings();
      const counts = await syncNow(settings);
      return { counts, snapshot: await refresh() };
    }
    case "followup-action": {
      if (!isId(message.id) || !ACTIONS.has(message.action)) break;
      const settings = await loadSettings();
      const item = await call(
        settings,
        "POST",
        `/api/v1/followups/${message.id}/${message.action}`,
        message.body ?? {},
      );
      /** @type {ErrorInfo | null} */
      let syncError = null;
      if (message.action === "not-an-interview") syncError = await syncQuietly(settings);
      /** @type {import("./lib/types.js").PendingUndo | null} */
      let undo = null;
      if (UNDOABLE.has(message.action)) {
        undo = {
          id: message.id,
          action: message.action,
          text: typeof message.text === "string" ? message.text.slice(0, 300) : "Done.",
          until: Date.now() + UNDO_MS,
          section: typeof message.section === "string" ? message.section.slice(0, 40) : "",
          index: typeof message.index === "number" ? message.index : 0,
        };
        await saveUndo(undo);
      }
      return { item, undo, syncError, snapshot: await refresh() };
    }
    case "get-undo": {
      const undo = await loadUndo();
      return undo && undo.until > Date.now() ? undo : null;
    }
    case "undo": {
      if (!isId(message.id)) break;
      const settings = await loadSettings();
      const pending = await loadUndo();
      const item = await call(settings, "POST", `/api/v1/followups/${message.id}/undo`, {});
      if (pending?.id === message.id) await saveUndo(null);
      // "Not an interview" undone: the next sync drafts again what the last one ended.
      const syncError = pending?.action === "not-an-interview" ? await syncQuietly(settings) : null;
      return { item, syncError, snapshot: await refresh() };
    }
    case "get-interview": {
      if (!isId(message.id)) break;
      return call(await loadSettings(), "GET", `/api/v1/interviews/${message.id}`);
    }
    case "patch-interview": {
      if (!isId(message.id) || typeof message.patch !== "object" || message.patch === null) break;
      const settings = await loadSettings();
      const interview = await call(settings, "PATCH", `/api/v1/interviews/${message.id}`, message.patch);
      // The plan follows on the next tick: run it now so the popup shows the result.
      const syncError = await syncQuietly(settings);
      return { interview, syncError, snapshot: await refresh() };
    }
    case "get-settings": {
      const settings = await loadSettings();
      return { server: settings.server, paired: Boolean(settings.token) };
    }
    case "save-settings": {
      if (typeof message.server !== "string" || typeof message.token !== "string") break;
      const current = await loadSettings();
      const server = normaliseServer(message.server);
      const token = message.token.trim() || current.token;
      // A token is saved only once it passed its test (or, when nothing answers at the
      // address, when the person says so: the server may simply not be started yet).
      try {
        await testConnection(server, token);
      } catch (error) {
        const info = toErrorInfo(error);
        if (!(message.anyway && info.kind === "offline")) throw error;
      }
      await saveSettings({ ...current, server, token });
      await keepOnlyTheServersPermission(server);
      await clearSnapshot();
      await saveUndo(null); // another server's action cannot be undone here
      await schedule(current.pollMinutes);
      return { server, paired: Boolean(token), snapshot: await refresh() };
    }
    case "open-gmail": {
      if (typeof message.url !== "string") break;
      return openInGmail(message.url);
    }
    case "test-connection": {
      if (typeof message.server !== "string" || typeof message.token !== "string") break;
      const token = message.token.trim() || (await loadSettings()).token;
      return testConnection(message.server, token);
    }
    default:
      break;
  }
  throw new ApiError("bad-message", `Unknown or malformed message: ${JSON.stringify(message).slice(0, 200)}`);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const fromUs = sender.id === chrome.runtime.id;
  const fromContent = fromUs && sender.tab !== undefined && !String(sender.url ?? "").startsWith(chrome.runtime.getURL(""));
  /** @type {Promise<unknown>} */
  let work;
  if (!fromUs || typeof message !== "object" || message === null || typeof message.type !== "string") {
    work = Promise.reject(new ApiError("bad-message", "Unknown or malformed message."));
  } else if (fromContent) {
    work = allowedFromContentScript(message).then((allowed) => {
      if (!allowed) throw new ApiError("bad-message", `Not allowed from a web page: ${message.type}`);
      return handle(/** @type {Message} */ (message));
    });
  } else {
    work = handle(/** @type {Message} */ (message));
  }
  work.then(
    (data) => sendResponse({ ok: true, data }),
    (error) => sendResponse({ ok: false, error: toErrorInfo(error) }),
  );
  return true; // the answer comes asynchronously
});
