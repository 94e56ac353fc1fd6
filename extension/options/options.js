// @ts-check
// Options: the server address, the pairing token, and "test connection". The token is
// handed to the service worker, which stores it; this page never shows a stored token.

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

/** The web app lives at the server's own address. */
function pointWebApp() {
  try {
    const url = new URL(server.value || "http://127.0.0.1:8765");
    webApp.href = `${url.origin}/`;
  } catch {
    webApp.href = "http://127.0.0.1:8765/";
  }
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

/** @param {boolean} paired */
function showPaired(paired) {
  tokenHelp.textContent = paired
    ? "A token is saved. Paste a new one to replace it, or leave this empty to keep it."
    : "Run followup pair in a terminal and paste what it prints.";
  token.placeholder = paired ? "•••••••• (saved)" : "paste the output of followup pair";
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
  report("ok", "Testing the token…");
  try {
    /** @type {{ server: string, paired: boolean, snapshot: Snapshot }} */
    const answer = await ask({ type: "save-settings", server: server.value, token: token.value, anyway });
    server.value = answer.server;
    pointWebApp();
    token.value = "";
    showPaired(answer.paired);
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
  report("ok", "Testing…");
  try {
    /** @type {{ version: string, email: string | null, needsReauth: boolean, reauthUrl: string }} */
    const answer = await ask({ type: "test-connection", server: server.value, token: token.value });
    if (answer.needsReauth) {
      report("warn", `Connected to followup ${answer.version}, but Google access expired for ${answer.email}. `,
        el("a", { href: answer.reauthUrl, target: "_blank", rel: "noopener" }, "Re-authorise"));
    } else if (!answer.email) {
      report("warn", `Connected to followup ${answer.version}, but no Google account is connected yet: run \`followup auth\`.`);
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
    pointWebApp();
    showPaired(settings.paired);
  } catch (error) {
    reportError(error);
  }
}

void main();
