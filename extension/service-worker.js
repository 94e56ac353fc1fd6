// @ts-check
// The service worker: the only code that talks to the followup server. The popup, the options
// page and the Gmail panel send it messages through ONE router, which rejects anything else.
// It polls the server on chrome.alarms and keeps the badge up to date.

import { ApiError, MESSAGES, call, normaliseServer, toErrorInfo } from "./lib/api.js";
import { clearSnapshot, loadSettings, loadSnapshot, saveSettings, saveSnapshot } from "./lib/state.js";

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
const ACTIONS = new Set(["snooze", "skip", "mark-sent", "done", "regenerate"]);
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
  if (alarm.name === ALARM) void refresh();
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
      };
    }
  } catch (error) {
    snapshot.error = toErrorInfo(error);
  }
  await saveSnapshot(snapshot);
  await showBadge(snapshot);
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
  const needing = snapshot.items.filter((item) => item.needs_you);
  const late = needing.some((item) => item.late);
  await chrome.action.setBadgeText({ text: needing.length ? String(needing.length) : "" });
  await chrome.action.setBadgeBackgroundColor({ color: late ? COLOURS.late : COLOURS.normal });
  const title = snapshot.reauth
    ? `followup: ${MESSAGES.reauth}`
    : needing.length
      ? `followup: ${needing.length} follow-up${needing.length === 1 ? "" : "s"} need${needing.length === 1 ? "s" : ""} you${late ? " (one is late)" : ""}`
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
  if (!token.trim()) throw new ApiError("not-configured", MESSAGES.notConfigured);
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

// The router ----------------------------------------------------------------------------------

/**
 * What a content script (the Gmail panel) may ask: reading state and "mark sent".
 * @param {Message} message
 */
function allowedFromContentScript(message) {
  return (
    message.type === "get-state" ||
    message.type === "refresh" ||
    (message.type === "followup-action" && message.action === "mark-sent")
  );
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
      return { item, snapshot: await refresh() };
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
      /** @type {ErrorInfo | null} */
      let syncError = null;
      try {
        await syncNow(settings);
      } catch (error) {
        syncError = toErrorInfo(error);
      }
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
      await saveSettings({ ...current, server, token });
      await clearSnapshot();
      await schedule(current.pollMinutes);
      return { server, paired: Boolean(token), snapshot: await refresh() };
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
  } else if (fromContent && !allowedFromContentScript(message)) {
    work = Promise.reject(new ApiError("bad-message", `Not allowed from a web page: ${message.type}`));
  } else {
    work = handle(/** @type {Message} */ (message));
  }
  work.then(
    (data) => sendResponse({ ok: true, data }),
    (error) => sendResponse({ ok: false, error: toErrorInfo(error) }),
  );
  return true; // the answer comes asynchronously
});
