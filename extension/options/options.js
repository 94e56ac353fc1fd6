// @ts-check
// Options: the server address, the pairing token, and "test connection". The token is
// handed to the service worker, which stores it; this page never shows a stored token.
// A shared server (https, another computer) needs Chrome's permission for its origin: this
// page asks for it during the Save (or Test) click, the only moment Chrome lets it ask.

import { DEFAULT_SERVER, isLocalServer, parseServer, permissionFor } from "../lib/address.js";
import { UiError, ask, el, withCode } from "../lib/ui.js";

/** @typedef {import("../lib/types.js").Snapshot} Snapshot */

const form = /** @type {HTMLFormElement} */ (document.getElementById("settings"));
const server = /** @type {HTMLInputElement} */ (document.getElementById("server"));
const token = /** @type {HTMLInputElement} */ (document.getElementById("token"));
const tokenHelp = /** @type {HTMLElement} */ (document.getElementById("token-help"));
const show = /** @type {HTMLButtonElement} */ (document.getElementById("show-token"));
const save = /** @type {HTMLButtonElement} */ (document.getElementById("save"));
const test = /** @type {HTMLButtonElement} */ (document.getElementById("test"));
const result = /** @type {HTMLElement} */ (document.getElementById("result"));
const webApp = /** @type {HTMLAnchorElement} */ (document.getElementById("web-app"));

/** Whether a token is saved (the help under the token box says what to do). */
let paired = false;
/** The saved address: the web app link's while the box holds no valid one. */
let savedServer = DEFAULT_SERVER;

/** The web app lives at the server's own address; the token help follows the kind of server. */
function pointWebApp() {
  const parsed = parseServer(server.value);
  webApp.href = `${parsed.ok ? parsed.server : savedServer}/`;
  showPaired(paired);
}
server.addEventListener("input", pointWebApp);

/**
 * @param {"ok" | "error" | "warn"} kind
 * @param {...(Node | string)} content
 */
function report(kind, ...content) {
  result.className = kind;
  result.dataset.kind = kind;
  delete result.dataset.error;
  /** @type {(Node | string)[]} */
  const parts = [];
  for (const part of content) parts.push(...(typeof part === "string" ? withCode(part) : [part]));
  result.replaceChildren(el("p", {}, ...parts));
}

/**
 * @param {unknown} error
 * @param {string} [prefix]
 */
function reportError(error, prefix = "") {
  const message = error instanceof UiError ? error.info.message : String(error);
  report("error", `${prefix}${message}`);
  if (error instanceof UiError) result.dataset.error = error.info.kind;
}

/** @param {boolean} saved */
function showPaired(saved) {
  paired = saved;
  const parsed = parseServer(server.value);
  const shared = parsed.ok && !isLocalServer(parsed.server);
  tokenHelp.textContent = saved
    ? "A token is saved. Paste a new one to replace it, or leave this empty to keep it."
    : shared
      ? "Make a token in the server's web app (Settings → Browser extension) and paste it here."
      : "Run followup pair in a terminal and paste what it prints.";
  token.placeholder = saved ? "•••••••• (saved)" : shared ? "paste the token from the web app" : "paste the output of followup pair";
}

/**
 * The address typed, checked; for a shared server, with Chrome's permission to reach it. Must
 * run at the start of a click handler, before anything is awaited: Chrome asks the person
 * only during a user gesture. Resolves with the address, or null once it said why not.
 * @param {string} prefix  "Not saved: " or ""
 * @returns {Promise<string | null>}
 */
async function allowedAddress(prefix) {
  const parsed = parseServer(server.value);
  if (!parsed.ok) {
    report("error", `${prefix}${parsed.message}`);
    result.dataset.error = parsed.kind;
    return null;
  }
  const origin = permissionFor(parsed.server);
  if (!origin) return parsed.server;
  const host = new URL(parsed.server).host;
  /** @type {boolean} */
  let granted;
  try {
    const asking = chrome.permissions.request({ origins: [origin] });
    report("ok", `Chrome asks whether followup may reach ${host}…`);
    granted = await asking;
  } catch (error) {
    report("error", `${prefix}Chrome did not let followup ask to reach ${host}: ${String(error)}`);
    result.dataset.error = "permission";
    return null;
  }
  if (!granted) {
    report("error", `${prefix}followup may not reach ${host}: it needs your permission to talk to that server. Click ${prefix ? "Save" : "Test connection"} again and choose Allow.`);
    result.dataset.error = "permission";
  }
  return granted ? parsed.server : null;
}

show.addEventListener("click", () => {
  const visible = token.type === "text";
  token.type = visible ? "password" : "text";
  show.textContent = visible ? "Show" : "Hide";
  show.setAttribute("aria-pressed", String(!visible));
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void saveSettings(false);
});

/** @param {boolean} anyway  save even though nothing answers at the address */
async function saveSettings(anyway) {
  save.disabled = true;
  try {
    const address = await allowedAddress("Not saved: ");
    if (!address) return;
    report("ok", "Testing the token…");
    /** @type {{ server: string, paired: boolean, snapshot: Snapshot }} */
    const answer = await ask({ type: "save-settings", server: address, token: token.value, anyway });
    server.value = answer.server;
    savedServer = answer.server;
    token.value = "";
    showPaired(answer.paired);
    pointWebApp();
    const problem = answer.snapshot.error;
    if (problem) report("warn", `Saved. But: ${problem.message}`);
    else report("ok", "Saved. The extension is connected.");
  } catch (error) {
    reportError(error, "Not saved: ");
    if (error instanceof UiError && error.info.kind === "offline") {
      const again = el("button", { type: "button", class: "secondary", id: "save-anyway" }, "Save anyway");
      again.addEventListener("click", () => void saveSettings(true));
      result.append(el("p", {}, "If followup is simply not started yet, you can save now and start it later. ", again));
    }
  } finally {
    save.disabled = false;
  }
}

test.addEventListener("click", async () => {
  test.disabled = true;
  try {
    const address = await allowedAddress("");
    if (!address) return;
    report("ok", "Testing…");
    /** @type {{ version: string, email: string | null, needsReauth: boolean, reauthUrl: string }} */
    const answer = await ask({ type: "test-connection", server: address, token: token.value });
    if (answer.needsReauth) {
      report("warn", `Connected to followup ${answer.version}, but Google access expired for ${answer.email}. `,
        el("a", { href: answer.reauthUrl, target: "_blank", rel: "noopener" }, "Re-authorise"));
    } else if (!answer.email) {
      report("warn", isLocalServer(address)
        ? `Connected to followup ${answer.version}, but no Google account is connected yet: run \`followup auth\`.`
        : `Connected to followup ${answer.version}, but no Google account is connected yet: sign in to the web app with Google.`);
    } else {
      report("ok", `Connected to followup ${answer.version} as ${answer.email}.`);
    }
  } catch (error) {
    reportError(error);
  } finally {
    test.disabled = false;
  }
});

async function main() {
  try {
    /** @type {{ server: string, paired: boolean }} */
    const settings = await ask({ type: "get-settings" });
    server.value = settings.server;
    savedServer = settings.server;
    showPaired(settings.paired);
    pointWebApp();
  } catch (error) {
    reportError(error);
  }
}

void main();
