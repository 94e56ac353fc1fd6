// @ts-check
// The panel beside the Gmail inbox: what needs you now, with "open draft" and "mark sent".
// It lives in its own shadow root on a host element appended to <body> (the only thing of
// Gmail's page it relies on), puts itself back when Gmail's in-page navigation removes it,
// and asks the service worker for everything (a page on mail.google.com cannot reach the
// local server itself). Content scripts are classic scripts: this file imports nothing.

/** @typedef {import("../lib/types.js").FollowUp} FollowUp */
/** @typedef {import("../lib/types.js").Snapshot} Snapshot */
/** @typedef {import("../lib/types.js").Message} Message */
/** @typedef {import("../lib/types.js").ErrorInfo} ErrorInfo */

(() => {
  const HOST_ID = "followup-extension-panel";
  const POLL_MS = 60_000;
  if (document.getElementById(HOST_ID)) return; // injected twice (extension reloaded)

  const CSS = `
    :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
      width: 320px; max-height: 60vh; display: block;
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #dadce0; --accent: #1a73e8;
      --accent-fg: #ffffff; --late: #c5221f; --card: #f8f9fa; --chip: #fef7e0; --chip-fg: #7a4f01;
      --error-bg: #fce8e6; --error-fg: #a50e0e; }
    @media (prefers-color-scheme: dark) {
      :host { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --accent: #8ab4f8;
        --accent-fg: #202124; --late: #f28b82; --card: #292a2d; --chip: #3c2f00; --chip-fg: #fdd663;
        --error-bg: #3c1f1e; --error-fg: #f6aea9; }
    }
    .panel { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px;
      box-shadow: 0 2px 10px rgba(0,0,0,.18); overflow: hidden; display: flex; flex-direction: column;
      max-height: 60vh; }
    .toggle { all: unset; box-sizing: border-box; width: 100%; display: flex; justify-content: space-between;
      align-items: center; padding: 8px 12px; cursor: pointer; font-weight: 600; }
    .toggle:focus-visible, button:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
    .count { background: var(--accent); color: var(--accent-fg); border-radius: 10px; padding: 0 7px; font-size: 12px; }
    .count.late { background: var(--late); }
    .body { border-top: 1px solid var(--line); overflow: auto; padding: 6px 10px 10px; }
    .body[hidden] { display: none; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    li { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; }
    li.late { border-left: 3px solid var(--late); }
    .title { font-weight: 600; overflow-wrap: anywhere; }
    .meta { color: var(--muted); overflow-wrap: anywhere; }
    .when.late { color: var(--late); font-weight: 600; }
    .flag { background: var(--chip); color: var(--chip-fg); border-radius: 10px; padding: 0 6px; font-size: 11px; }
    .actions { display: flex; gap: 6px; margin-top: 5px; }
    a.button, button { font: inherit; background: var(--accent); color: var(--accent-fg); border: 1px solid var(--accent);
      border-radius: 4px; padding: 2px 8px; text-decoration: none; cursor: pointer; }
    button:disabled { opacity: .55; }
    .message { margin: 4px 0; color: var(--muted); }
    .message.error { background: var(--error-bg); color: var(--error-fg); border-radius: 6px; padding: 6px 8px; }
    a { color: var(--accent); }
  `;

  /** @type {Record<string, string>} */
  const KINDS = {
    thank_you: "Thank-you", check_in: "Check-in", update: "Update",
    feedback_request: "Feedback request", nudge: "Nudge",
  };

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string | undefined>} [attrs]
   * @param {...(Node | string | null | undefined)} children
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  /**
   * @param {Message} message
   * @returns {Promise<any>}
   */
  async function ask(message) {
    const reply = await chrome.runtime.sendMessage(message);
    if (!reply) throw { kind: "internal", message: "The followup extension did not answer." };
    if (!reply.ok) throw reply.error;
    return reply.data;
  }

  /** @param {FollowUp} item */
  function whenText(item) {
    const ms = Date.parse(item.due_at) - Date.now();
    const hours = Math.round(Math.abs(ms) / 3600000);
    const span = hours < 36 ? `${hours} h` : `${Math.round(hours / 24)} days`;
    if (item.late) return `late (was due ${span} ago)`;
    return ms <= 0 ? "due now" : `due in ${span}`;
  }

  // The host and its shadow root ---------------------------------------------------------------

  const host = document.createElement("div");
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: "open" });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = CSS;
    root.append(style);
  }
  const count = el("span", { class: "count", "aria-hidden": "true" }, "…");
  const toggle = el("button", { class: "toggle", type: "button", "aria-expanded": "true", "aria-controls": "followup-body" },
    el("span", {}, "followup"), count);
  const body = el("div", { class: "body", id: "followup-body", role: "region", "aria-label": "followup: needs you now" });
  const panel = el("section", { class: "panel", "aria-label": "followup" }, toggle, body);
  root.append(panel);
  let expanded = true;
  toggle.addEventListener("click", () => {
    expanded = !expanded;
    toggle.setAttribute("aria-expanded", String(expanded));
    body.hidden = !expanded;
  });

  function mount() {
    if (!document.body) return;
    if (host.parentNode !== document.body) document.body.append(host);
  }

  // Rendering -----------------------------------------------------------------------------------

  let lastRendered = "";

  /** @param {Snapshot | null} snapshot */
  function render(snapshot) {
    const needs = (snapshot?.items ?? []).filter((i) => i.needs_you && (i.status === "drafted" || i.status === "scheduled"));
    const key = JSON.stringify([snapshot?.error, snapshot?.reauth, needs]);
    if (key === lastRendered) return; // nothing changed: leave the DOM alone
    lastRendered = key;
    body.replaceChildren();
    if (!snapshot) {
      count.textContent = "…";
      body.append(el("p", { class: "message" }, "Loading…"));
      return;
    }
    if (snapshot.error) {
      count.textContent = "!";
      count.className = "count late";
      body.append(el("p", { class: "message error", "data-kind": snapshot.error.kind }, snapshot.error.message));
      return;
    }
    count.textContent = String(needs.length);
    count.className = needs.some((i) => i.late) ? "count late" : "count";
    toggle.setAttribute("aria-label", `followup: ${needs.length} need${needs.length === 1 ? "s" : ""} you; ${expanded ? "collapse" : "expand"}`);
    if (snapshot.reauth) {
      body.append(el("p", { class: "message error", "data-kind": "reauth" },
        el("a", { href: snapshot.reauth.url, target: "_blank", rel: "noopener" }, "Google access expired — re-authorise")));
    }
    if (!needs.length) {
      body.append(el("p", { class: "message" }, "Nothing needs you now."));
      return;
    }
    const list = el("ul", {});
    for (const item of needs) list.append(itemView(item));
    body.append(list);
  }

  /** @param {FollowUp} item */
  function itemView(item) {
    const who = item.recipient ? item.recipient.name || item.recipient.email : "";
    const company = item.interview?.company || "";
    const li = el("li", { class: item.late ? "late" : undefined, "data-id": String(item.id) },
      el("div", { class: "title" }, item.title || `${KINDS[item.kind] ?? item.kind} to ${who}`),
      el("div", { class: "meta" }, `${company || KINDS[item.kind] || item.kind} · `,
        el("span", { class: item.late ? "when late" : "when" }, whenText(item))));
    if (item.flags.includes("needs_personal_touch")) li.append(el("span", { class: "flag" }, "needs a personal touch"));
    const actions = el("div", { class: "actions" });
    const label = `${KINDS[item.kind] ?? item.kind} to ${who || company}`;
    if (item.draft?.gmail_url) {
      actions.append(el("a", { class: "button", href: item.draft.gmail_url, "aria-label": `Open draft: ${label}` }, "Open draft"));
    }
    if (item.status === "drafted") {
      const sent = el("button", { type: "button", "aria-label": `Mark sent: ${label}` }, "Mark sent");
      sent.addEventListener("click", async () => {
        sent.disabled = true;
        try {
          const answer = await ask({ type: "followup-action", id: item.id, action: "mark-sent" });
          render(answer.snapshot);
        } catch (error) {
          sent.disabled = false;
          sent.textContent = "Mark sent (failed, retry)";
          sent.title = /** @type {ErrorInfo} */ (error)?.message ?? String(error);
        }
      });
      actions.append(sent);
    }
    li.append(actions);
    return li;
  }

  // Keeping up to date, cheaply ----------------------------------------------------------------

  async function update() {
    try {
      render(await ask({ type: "get-state" }));
    } catch (error) {
      const info = /** @type {ErrorInfo} */ (error);
      render({ fetchedAt: "", server: "", status: null, items: [], reauth: null,
        error: { kind: info?.kind ?? "internal", message: info?.message ?? String(error) } });
    }
  }

  function onNavigate() {
    mount();
    void update();
  }

  // Gmail navigates in-page (hash changes, history API) and re-renders its own DOM; it never
  // touches our host except by replacing <body>'s children, which the observer notices.
  /** @type {HTMLElement | null} */
  let observedBody = null;
  const observer = new MutationObserver(() => {
    if (observedBody !== document.body) observe(); // <body> itself was replaced
    if (host.parentNode !== document.body) mount();
  });
  function observe() {
    observer.disconnect();
    observer.observe(document.documentElement, { childList: true });
    observedBody = document.body;
    if (document.body) observer.observe(document.body, { childList: true });
  }
  window.addEventListener("hashchange", onNavigate);
  window.addEventListener("popstate", onNavigate);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void update();
  });
  // The service worker polls the server on an alarm; the panel only reads what it stored.
  setInterval(() => {
    if (document.visibilityState === "visible") void update();
  }, POLL_MS);
  render(null);
  mount();
  observe();
  void update();
})();
