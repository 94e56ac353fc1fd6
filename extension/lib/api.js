// @ts-check
// The followup server's API. Only the service worker imports this module: it is the one
// piece of the extension that talks to the server.

/** @typedef {import("./types.js").ErrorInfo} ErrorInfo */

export const DEFAULT_SERVER = "http://127.0.0.1:8765";
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

/** The user-facing messages (the popup, the panel and options show them). */
export const MESSAGES = {
  notConfigured: "followup isn't paired yet — open options and paste the token that `followup pair` prints.",
  offline: "followup isn't running — start it with `followup serve` (or `followup demo`).",
  unauthorized: "Wrong token — open options and paste what `followup pair` prints.",
  host: "The server refused this address — use http://127.0.0.1:8765 (or localhost) in options.",
  reauth: "Google access expired — re-authorise.",
  badServer: "The server address must be a local http address, e.g. http://127.0.0.1:8765.",
};

/**
 * Normalise a server address: "127.0.0.1:8765/" → "http://127.0.0.1:8765". Only loopback
 * addresses: those are the only hosts the extension may reach.
 * @param {string} value
 * @returns {string}
 */
export function normaliseServer(value) {
  let text = value.trim();
  if (!text) return DEFAULT_SERVER;
  if (!/^[a-z]+:\/\//i.test(text)) text = `http://${text}`;
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ApiError("bad-server", MESSAGES.badServer);
  }
  if (url.protocol !== "http:" || !["127.0.0.1", "localhost"].includes(url.hostname)) {
    throw new ApiError("bad-server", MESSAGES.badServer);
  }
  return url.origin;
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
  if (path.startsWith("/api/") && !settings.token) {
    throw new ApiError("not-configured", MESSAGES.notConfigured);
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
    throw new ApiError("offline", MESSAGES.offline);
  }
  if (response.ok) {
    return response.status === 204 ? null : response.json();
  }
  const detail = await detailOf(response);
  switch (response.status) {
    case 401:
      throw new ApiError("unauthorized", MESSAGES.unauthorized, 401);
    case 404:
      throw new ApiError("not-found", detail, 404);
    case 409:
      throw new ApiError("conflict", detail, 409);
    case 421:
      throw new ApiError("host", MESSAGES.host, 421);
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
