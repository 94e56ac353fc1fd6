// @ts-check
// The followup server's API. Only the service worker imports this module: it is the one
// piece of the extension that talks to the server.

import { DEFAULT_SERVER, isLocalServer, parseServer, permissionFor } from "./address.js";

/** @typedef {import("./types.js").ErrorInfo} ErrorInfo */

export { DEFAULT_SERVER };
const TIMEOUT_MS = 15000;

/** An error the pages can show as is. */
export class ApiError extends Error {
  /**
   * @param {string} kind
   * @param {string} message
   * @param {number} [status]
   */
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }

  /** @returns {ErrorInfo} */
  toInfo() {
    return this.status === undefined
      ? { kind: this.kind, message: this.message }
      : { kind: this.kind, message: this.message, status: this.status };
  }
}

/** The user-facing messages (the popup, the panel and options show them): followup on this computer. */
export const MESSAGES = {
  notConfigured: "followup isn't paired yet — open options and paste the token that `followup pair` prints.",
  offline: "followup isn't running — start it with `followup serve` (or `followup demo`).",
  unauthorized: "Wrong token — open options and paste what `followup pair` prints.",
  host: "The server refused this address — use http://127.0.0.1:8765 (or localhost) in options.",
  reauth: "Google access expired — re-authorise.",
};

/** The same for a shared server (multi-user mode: each person makes tokens in its web app). */
export const SHARED_MESSAGES = {
  notConfigured: "followup isn't connected yet — make a token in the web app (Settings → Browser extension) and paste it in options.",
  /** @param {string} host */
  offline: (host) => `Can't reach followup at ${host} — check the address in options and your connection, then try again.`,
  unauthorized: "Wrong or revoked token — make a new one in the web app (Settings → Browser extension) and paste it in options.",
  host: "The server refused this address — use the exact address your followup server is published at in options.",
  /** @param {string} host */
  permission: (host) => `followup isn't allowed to reach ${host} — open options and click Save, then allow it.`,
};

/**
 * The messages that fit this server: a shared one, or a token made in a web app ("fu_…": a
 * multi-user server, even one on this computer), gets the web app's words.
 * @param {{ server: string, token: string }} settings
 */
export function messagesFor(settings) {
  const local = isLocalServer(settings.server);
  const host = hostOf(settings.server);
  const webTokens = !local || settings.token.startsWith("fu_");
  return {
    notConfigured: webTokens ? SHARED_MESSAGES.notConfigured : MESSAGES.notConfigured,
    offline: local ? MESSAGES.offline : SHARED_MESSAGES.offline(host),
    unauthorized: webTokens ? SHARED_MESSAGES.unauthorized : MESSAGES.unauthorized,
    host: local ? MESSAGES.host : SHARED_MESSAGES.host,
    permission: SHARED_MESSAGES.permission(host),
  };
}

/** @param {string} server */
function hostOf(server) {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}

/**
 * Normalise a server address (see address.js): a loopback http address, or https to any
 * host; plain http to another host is refused.
 * @param {string} value
 * @returns {string}
 */
export function normaliseServer(value) {
  const parsed = parseServer(value);
  if (!parsed.ok) throw new ApiError(parsed.kind, parsed.message);
  return parsed.server;
}

/**
 * The server's own explanation, when it gave one ({"detail": "..."}).
 * @param {Response} response
 * @returns {Promise<string>}
 */
async function detailOf(response) {
  try {
    const body = await response.json();
    if (body && typeof body.detail === "string") return body.detail;
    if (body && Array.isArray(body.detail)) {
      return body.detail.map((/** @type {{msg?: string}} */ d) => d.msg ?? "").join("; ");
    }
  } catch {
    // not JSON: fall through
  }
  return `${response.status} ${response.statusText}`.trim();
}

/**
 * One request to the server. Resolves with the decoded JSON; rejects with an ApiError.
 * @param {{ server: string, token: string }} settings
 * @param {string} method
 * @param {string} path  e.g. "/api/v1/status"
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
export async function call(settings, method, path, body) {
  const messages = messagesFor(settings);
  if (path.startsWith("/api/") && !settings.token) {
    throw new ApiError("not-configured", messages.notConfigured);
  }
  // A shared server: only with the person's permission for its origin (granted in options;
  // it can be taken back in chrome://extensions at any time).
  const origin = permissionFor(settings.server);
  if (origin && !(await chrome.permissions.contains({ origins: [origin] }))) {
    throw new ApiError("permission", messages.permission);
  }
  /** @type {Record<string, string>} */
  const headers = { Accept: "application/json" };
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  /** @type {Response} */
  let response;
  try {
    response = await fetch(settings.server + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ApiError("offline", messages.offline);
  }
  if (response.ok) {
    return response.status === 204 ? null : response.json();
  }
  const detail = await detailOf(response);
  switch (response.status) {
    case 401:
      throw new ApiError("unauthorized", messages.unauthorized, 401);
    case 404:
      throw new ApiError("not-found", detail, 404);
    case 409:
      throw new ApiError("conflict", detail, 409);
    case 421:
      throw new ApiError("host", messages.host, 421);
    case 424:
      // The server's detail names Google's error codes ("invalid_grant"): not for people.
      throw new ApiError("reauth", MESSAGES.reauth, 424);
    default:
      throw new ApiError("http", `The server answered: ${detail}`, response.status);
  }
}

/**
 * Turn anything thrown into something to show.
 * @param {unknown} error
 * @returns {ErrorInfo}
 */
export function toErrorInfo(error) {
  if (error instanceof ApiError) return error.toInfo();
  return { kind: "internal", message: `Something went wrong in the extension: ${String(error)}` };
}
