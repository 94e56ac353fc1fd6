// @ts-check
// Everything the extension remembers lives in chrome.storage.local (never in service-worker
// globals: Chrome stops an idle worker at any time).

import { DEFAULT_SERVER } from "./api.js";

/** @typedef {import("./types.js").Settings} Settings */
/** @typedef {import("./types.js").Snapshot} Snapshot */
/** @typedef {import("./types.js").PendingUndo} PendingUndo */

export const DEFAULT_POLL_MINUTES = 1;

/** @returns {Promise<Settings>} */
export async function loadSettings() {
  const { settings } = await chrome.storage.local.get("settings");
  const stored = /** @type {Partial<Settings> | undefined} */ (settings) ?? {};
  return {
    server: typeof stored.server === "string" && stored.server ? stored.server : DEFAULT_SERVER,
    token: typeof stored.token === "string" ? stored.token : "",
    pollMinutes:
      typeof stored.pollMinutes === "number" && stored.pollMinutes >= 1
        ? stored.pollMinutes
        : DEFAULT_POLL_MINUTES,
  };
}

/** @param {Settings} settings */
export async function saveSettings(settings) {
  await chrome.storage.local.set({ settings });
}

/** @returns {Promise<Snapshot | null>} */
export async function loadSnapshot() {
  const { snapshot } = await chrome.storage.local.get("snapshot");
  return /** @type {Snapshot | undefined} */ (snapshot) ?? null;
}

/** @param {Snapshot} snapshot */
export async function saveSnapshot(snapshot) {
  await chrome.storage.local.set({ snapshot });
}

export async function clearSnapshot() {
  await chrome.storage.local.remove("snapshot");
}

/** The last one-click action, while it can be undone (it outlives the popup that did it). */
/** @returns {Promise<PendingUndo | null>} */
export async function loadUndo() {
  const { undo } = await chrome.storage.local.get("undo");
  return /** @type {PendingUndo | undefined} */ (undo) ?? null;
}

/** @param {PendingUndo | null} undo */
export async function saveUndo(undo) {
  if (undo) await chrome.storage.local.set({ undo });
  else await chrome.storage.local.remove("undo");
}
