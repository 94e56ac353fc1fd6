// @ts-check
// The server address rules, shared by the options page (which asks Chrome for the permission an
// address needs, during the Save click) and the service worker (which talks to the server).
// Two kinds of server: followup on this computer (plain http on a loopback address, allowed by
// the manifest's host_permissions) and a shared one, e.g. a career centre's (https only, any
// host, allowed by an optional host permission the person grants for that one origin).
// Pure functions: no chrome.* here.

export const DEFAULT_SERVER = "http://127.0.0.1:8765";

/** The loopback hosts the manifest's host_permissions name (http://127.0.0.1/*, http://localhost/*). */
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

export const ADDRESS_MESSAGES = {
  bad: "The server address must be followup on this computer (http://127.0.0.1:8765, or http://localhost:PORT) or a shared server's https:// address, e.g. https://followup.uni.example.",
  /** @param {string} host */
  insecure: (host) =>
    `Plain http is only for followup on this computer: a shared server must use https (your token would travel unencrypted otherwise). Use https://${host}.`,
};

/**
 * @typedef {{ ok: true, server: string } | { ok: false, kind: "bad-server" | "insecure-server", message: string }} Parsed
 */

/**
 * Check and normalise a server address: "127.0.0.1:8765/" → "http://127.0.0.1:8765",
 * "followup.uni.example/app" → "https://followup.uni.example". Without a scheme, a loopback
 * host means http and any other host https. Plain http to another host is refused.
 * @param {string} value
 * @returns {Parsed}
 */
export function parseServer(value) {
  let text = value.trim();
  if (!text) return { ok: true, server: DEFAULT_SERVER };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = text.split(/[/:?#]/, 1)[0].toLowerCase();
    text = `${LOOPBACK_HOSTS.includes(host) ? "http" : "https"}://${text}`;
  }
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, kind: "bad-server", message: ADDRESS_MESSAGES.bad };
  }
  if (!url.hostname || url.username || url.password) {
    return { ok: false, kind: "bad-server", message: ADDRESS_MESSAGES.bad };
  }
  if (url.protocol === "https:") return { ok: true, server: url.origin };
  if (url.protocol !== "http:") return { ok: false, kind: "bad-server", message: ADDRESS_MESSAGES.bad };
  if (!LOOPBACK_HOSTS.includes(url.hostname)) {
    return { ok: false, kind: "insecure-server", message: ADDRESS_MESSAGES.insecure(url.host) };
  }
  return { ok: true, server: url.origin };
}

/**
 * Is this (normalised) address followup on this computer, reached by plain http?
 * @param {string} server
 */
export function isLocalServer(server) {
  try {
    const url = new URL(server);
    return url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The host permission a (normalised) address needs beyond the manifest's own: null for
 * followup on this computer, else its origin's pattern ("https://followup.uni.example/*";
 * a match pattern without a port covers every port).
 * @param {string} server
 * @returns {string | null}
 */
export function permissionFor(server) {
  if (isLocalServer(server)) return null;
  const url = new URL(server);
  return `${url.protocol}//${url.hostname}/*`;
}
