// @ts-check
// The panel beside the Gmail inbox: the e-mails that need you (open the draft, mark sent),
// and the small tasks folded into one quiet group. It lives in its own shadow root on a host
// element appended to <body> (the only thing of Gmail's page it relies on), puts itself back
// when Gmail's in-page navigation removes it, and asks the service worker for everything (a
// page on mail.google.com cannot reach the local server itself). Content scripts are classic
// scripts: this file imports nothing.
//
// Where it sits: bottom-LEFT, because Gmail opens its compose windows bottom-right; and
// whenever a compose window (any dialog) would still overlap it — several stacked composes,
// a maximised one — it steps aside until the dialog is gone. Never over Send.

/** @typedef {import("../lib/types.js").FollowUp} FollowUp */
/** @typedef {import("../lib/types.js").Snapshot} Snapshot */
/** @typedef {import("../lib/types.js").Message} Message */
/** @typedef {import("../lib/types.js").ErrorInfo} ErrorInfo */
/** @typedef {import("../lib/types.js").PendingUndo} PendingUndo */

(() => {
  const HOST_ID = "followup-extension-panel";
  const POLL_MS = 60_000;
  const COLLAPSED_KEY = "panelCollapsed";
  const COMPOSE = '[role="dialog"], .AD, .nH.Hd';
  if (document.getElementById(HOST_ID)) return; // injected twice (extension reloaded)

  const CSS = `
    :host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000;
      width: 300px; display: block;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      --bg: #ffffff; --fg: #1f1f1f; --muted: #51565c; --line: #c4c7c5; --accent: #0b57d0;
      --accent-fg: #ffffff; --late: #b3261e; --card: #f8f9fa; --chip: #fef7e0; --chip-fg: #6b4400;
      --error-bg: #fce8e6; --error-fg: #8c1d18; --snack-bg: #303134; --snack-fg: #f1f3f4; --snack-link: #a8c7fa; }
    :host([data-theme="dark"]) { --bg: #202124; --fg: #e8eaed; --muted: #bdc1c6; --line: #5f6368; --accent: #8ab4f8;
        --accent-fg: #202124; --late: #f28b82; --card: #292a2d; --chip: #3c2f00; --chip-fg: #fdd663;
        --error-bg: #3c1f1e; --error-fg: #f6aea9; --snack-bg: #e8eaed; --snack-fg: #202124; --snack-link: #0b57d0; }
    :host([data-dodging]) { display: none; }
    .panel { background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px;
      box-shadow: 0 2px 10px rgba(0,0,0,.18); overflow: hidden; display: flex; flex-direction: column;
      max-height: min(50vh, 460px); }
    .toggle { all: unset; box-sizing: border-box; width: 100%; display: flex; justify-content: space-between;
      align-items: center; padding: 8px 12px; min-height: 40px; cursor: pointer; font-weight: 600; color: var(--fg); }
    .toggle:focus-visible, button:focus-visible, a:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
    .count { background: var(--accent); color: var(--accent-fg); border-radius: 10px; padding: 0 8px; font-size: 13px; }
    .count.late { background: var(--late); color: #ffffff; }
    :host([data-theme="dark"]) .count.late { color: #202124; }
    .body { border-top: 1px solid var(--line); overflow: auto; padding: 8px 10px 10px; }
    .body[hidden] { display: none; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
    li.late { border-left: 4px solid var(--late); }
    li.ghost { display: flex; justify-content: space-between; align-items: center; gap: 6px;
      background: var(--snack-bg); color: var(--snack-fg); border-color: var(--snack-bg); }
    li.ghost p { margin: 0; }
    li.ghost button { background: transparent; border-color: transparent; color: var(--snack-link); font-weight: 600; }
    .title { font-weight: 600; overflow-wrap: anywhere; }
    .meta { color: var(--muted); overflow-wrap: anywhere; font-size: 13px; }
    .when.late { color: var(--late); font-weight: 600; }
    .flag { display: inline-block; margin-top: 4px; background: var(--chip); color: var(--chip-fg); border-radius: 10px; padding: 0 8px; font-size: 12px; }
    .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
    a.button, button { font: inherit; font-size: 14px; background: var(--accent); color: var(--accent-fg); border: 1px solid var(--accent);
      border-radius: 4px; padding: 2px 10px; min-height: 28px; box-sizing: border-box; display: inline-flex;
      align-items: center; text-decoration: none; cursor: pointer; }
    button.secondary { background: transparent; color: var(--accent); }
    button:disabled { opacity: .6; }
    .message { margin: 4px 0; color: var(--muted); }
    .message.calm { color: var(--fg); }
    .message.error { background: var(--error-bg); color: var(--error-fg); border-radius: 6px; padding: 6px 8px; }
    .message.error a { color: inherit; font-weight: 600; }
    .item-msg { margin: 4px 0 0; font-size: 13px; color: var(--late); }
    .item-msg:empty { display: none; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; }
    code { font-family: ui-monospace, Menlo, monospace; font-size: .95em; }
    details.small { margin-top: 8px; }
    details.small > summary { cursor: pointer; min-height: 28px; display: flex; align-items: center; color: var(--muted); }
    details.small[open] > summary { margin-bottom: 6px; }
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
   * "start it with `followup serve`" → text and <code>: never raw backticks on screen.
   * @param {string} text
   */
  function withCode(text) {
    return text.split(/(`[^`]+`)/).map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1 ? el("code", {}, part.slice(1, -1)) : part,
    );
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

  /** The same order as lib/order.js: late e-mails, e-mails due, feedback requests, nudges. */
  /** @param {FollowUp} item */
  function rank(item) {
    if (item.kind === "nudge") return 3;
    if (item.kind === "feedback_request") return 2;
    return item.late ? 0 : 1;
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
  const count = el("span", { class: "count" }, "…");
  const countWords = el("span", { class: "sr-only" }, "");
  const toggle = el("button", { class: "toggle", type: "button", "aria-expanded": "true", "aria-controls": "followup-body" },
    el("span", {}, "followup "), el("span", {}, count, countWords));
  const body = el("div", { class: "body", id: "followup-body", role: "region", "aria-label": "followup: what needs you" });
  const panel = el("section", { class: "panel", "aria-label": "followup" }, toggle, body);
  root.append(panel);
  let expanded = true;
  let emailCount = 0;

  /** @param {boolean} open */
  function setExpanded(open) {
    expanded = open;
    toggle.setAttribute("aria-expanded", String(open));
    body.hidden = !open;
    labelToggle();
  }

  function labelToggle() {
    // The visible "followup 3" is the start of its name (no aria-label that would hide it).
    countWords.textContent = ` e-mail${emailCount === 1 ? "" : "s"} need${emailCount === 1 ? "s" : ""} you`;
  }

  toggle.addEventListener("click", () => {
    setExpanded(!expanded);
    // Remembered across reloads (storage.sync: a preference, not a secret).
    void chrome.storage.sync.set({ [COLLAPSED_KEY]: !expanded }).catch(() => {});
    dodge();
  });

  function mount() {
    if (!document.body) return;
    if (host.parentNode !== document.body) document.body.append(host);
  }

  // Out of the way of Gmail's compose windows, and in Gmail's theme ---------------------------

  /** @type {DOMRect | null} */
  let lastRect = null;

  /**
   * @param {DOMRect} a
   * @param {DOMRect} b
   */
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function dodge() {
    if (!host.isConnected) return;
    const dodging = host.hasAttribute("data-dodging");
    const rect = dodging ? lastRect : host.getBoundingClientRect();
    if (!dodging && rect && rect.width) lastRect = rect;
    if (!rect || !rect.width) return;
    const covered = Array.from(document.querySelectorAll(COMPOSE)).some((node) => {
      if (host.contains(node)) return false;
      const box = node.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && overlaps(rect, box);
    });
    if (covered !== dodging) host.toggleAttribute("data-dodging", covered);
  }

  /** Gmail's theme, read from its own background (the OS theme only when it has none). */
  function theme() {
    const probe = document.querySelector(".nH, main, [role='main']") ?? document.body;
    const colour = probe ? getComputedStyle(document.body).backgroundColor : "";
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(colour);
    let dark;
    if (match && (match[4] === undefined || Number(match[4]) > 0)) {
      const [r, g, b] = [match[1], match[2], match[3]].map(Number);
      dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    } else {
      dark = matchMedia("(prefers-color-scheme: dark)").matches;
    }
    const want = dark ? "dark" : "light";
    if (host.getAttribute("data-theme") !== want) host.setAttribute("data-theme", want);
  }

  let checkQueued = false;
  function queueCheck() {
    if (checkQueued) return;
    checkQueued = true;
    requestAnimationFrame(() => {
      checkQueued = false;
      dodge();
      theme();
    });
  }

  // Rendering -----------------------------------------------------------------------------------

  let lastRendered = "";
  /** @type {(PendingUndo & { index: number }) | null} */
  let ghost = null;
  /** @type {Snapshot | null} */
  let current = null;

  /**
   * @param {Snapshot | null} snapshot
   * @param {boolean} [force]
   */
  function render(snapshot, force = false) {
    const active = (snapshot?.items ?? []).filter((i) => i.status === "drafted" || i.status === "scheduled");
    const needs = active.filter((i) => i.needs_you && i.kind !== "nudge")
      .sort((a, b) => rank(a) - rank(b) || Date.parse(a.due_at) - Date.parse(b.due_at));
    const nudges = active.filter((i) => i.needs_you && i.kind === "nudge");
    // "Loaded" is part of the key: before the first answer and "healthy, nothing to do" must
    // not look alike, or the first real render is skipped (and "Loading…" stays for ever).
    const key = JSON.stringify([snapshot !== null, snapshot?.error, snapshot?.reauth, needs, nudges, ghost]);
    if (key === lastRendered && !force) return; // nothing changed: leave the DOM alone
    lastRendered = key;
    current = snapshot;
    body.replaceChildren();
    if (!snapshot) {
      count.textContent = "…";
      body.append(el("p", { class: "message" }, "Loading…"));
      return;
    }
    if (snapshot.error) {
      count.textContent = "!";
      count.className = "count late";
      body.append(el("p", { class: "message error", "data-kind": snapshot.error.kind }, ...withCode(snapshot.error.message)));
      return;
    }
    emailCount = needs.length;
    count.textContent = String(needs.length);
    count.className = needs.some((i) => i.late) ? "count late" : "count";
    labelToggle();
    if (snapshot.reauth) {
      body.append(el("p", { class: "message error", "data-kind": "reauth" }, ...(snapshot.reauth.demo
        ? ["Google access expired: restart ", el("code", {}, "followup demo"), " to sign in again."]
        : [el("a", { href: snapshot.reauth.url, target: "_blank", rel: "noopener" }, "Google access expired — re-authorise")])));
    }
    const list = el("ul", { class: "emails" });
    for (const item of needs) list.append(itemView(item));
    if (ghost && ghost.until > Date.now()) list.insertBefore(ghostView(ghost), list.children[ghost.index] ?? null);
    if (list.children.length) body.append(list);
    if (!needs.length) {
      body.append(el("p", { class: "message calm", "data-state": "calm" },
        nudges.length ? "No e-mails need you now." : "Nothing needs you now. All caught up."));
    }
    if (nudges.length) {
      const small = el("ul", { class: "nudges" });
      for (const item of nudges) small.append(itemView(item));
      body.append(el("details", { class: "small" }, el("summary", {}, `Small tasks (${nudges.length})`), small));
    }
  }

  /** @param {PendingUndo} pending */
  function ghostView(pending) {
    const line = el("li", { class: "ghost", "data-ghost-id": String(pending.id) }, el("p", { role: "status" }, pending.text));
    const undo = el("button", { type: "button", "aria-label": `Undo: ${pending.text}` }, "Undo");
    undo.addEventListener("click", async () => {
      undo.disabled = true;
      try {
        const answer = await ask({ type: "undo", id: pending.id });
        ghost = null;
        render(answer.snapshot, true);
      } catch (error) {
        const info = /** @type {ErrorInfo} */ (error);
        line.firstChild && (line.firstChild.textContent = `Could not undo: ${info?.message ?? String(error)}`);
      }
    });
    line.append(undo);
    return line;
  }

  /**
   * @param {FollowUp} item
   * @param {"mark-sent" | "done" | "skip"} action
   * @param {string} text
   * @param {HTMLButtonElement} button
   * @param {HTMLElement} li
   */
  async function act(item, action, text, button, li) {
    button.disabled = true;
    const index = li.parentElement ? Array.from(li.parentElement.children).indexOf(li) : 0;
    try {
      const answer = await ask({ type: "followup-action", id: item.id, action, text });
      if (answer.undo) {
        ghost = { ...answer.undo, index: item.kind === "nudge" ? 0 : index };
        setTimeout(() => {
          ghost = null;
          render(current, true);
        }, Math.max(0, answer.undo.until - Date.now()));
      }
      render(answer.snapshot, true);
    } catch (error) {
      button.disabled = false;
      const info = /** @type {ErrorInfo} */ (error);
      const msg = li.querySelector(".item-msg");
      if (msg) msg.textContent = `Failed: ${info?.message ?? String(error)}`;
    }
  }

  /**
   * Open the draft in this very Gmail tab: only the part after "#" changes, so Gmail opens
   * the compose window without reloading (and the panel does not come back over it).
   * @param {MouseEvent} event
   * @param {string} url
   */
  function openHere(event, url) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    try {
      const target = new URL(url);
      if (target.origin !== location.origin || !target.hash || !location.pathname.startsWith("/mail/")) return;
      event.preventDefault();
      location.hash = target.hash;
    } catch {
      // not a URL we understand: let the link do its job
    }
  }

  /** @param {FollowUp} item */
  function itemView(item) {
    const who = item.recipient ? item.recipient.name || item.recipient.email : "";
    const company = item.interview?.company || "";
    const isNudge = item.kind === "nudge";
    const title = item.title || `${KINDS[item.kind] ?? item.kind} to ${who}`;
    const li = el("li", { class: item.late ? "late" : undefined, "data-id": String(item.id), "data-kind": item.kind },
      el("div", { class: "title" }, title),
      el("div", { class: "meta" }, `${company || KINDS[item.kind] || item.kind} · `,
        el("span", { class: item.late ? "when late" : "when" }, whenText(item))));
    if (item.flags.includes("needs_personal_touch")) li.append(el("span", { class: "flag" }, "needs a personal touch"));
    const actions = el("div", { class: "actions" });
    const label = isNudge ? title : `${KINDS[item.kind] ?? item.kind} to ${who || company}`;
    if (isNudge) {
      if (item.link) {
        actions.append(el("a", { class: "button", href: item.link, target: "_blank", rel: "noopener noreferrer", "aria-label": `Open: ${label}` }, "Open"));
      }
      const done = el("button", { type: "button", "aria-label": `Done: ${label}` }, "Done");
      done.addEventListener("click", () => void act(item, "done", `Done: ${label}.`, done, li));
      const dismiss = el("button", { type: "button", class: "secondary", "aria-label": `Dismiss: ${label}` }, "Dismiss");
      dismiss.addEventListener("click", () => void act(item, "skip", `Dismissed: ${label}.`, dismiss, li));
      actions.append(done, dismiss);
    } else {
      if (item.draft?.gmail_url) {
        const url = item.draft.gmail_url;
        const open = el("a", { class: "button", href: url, "aria-label": `Open draft: ${label}` }, "Open draft");
        open.addEventListener("click", (event) => openHere(event, url));
        actions.append(open);
      }
      if (item.status === "drafted") {
        const sent = el("button", { type: "button", "aria-label": `Mark sent: ${label}` }, "Mark sent");
        sent.addEventListener("click", () => void act(item, "mark-sent", `Marked sent: ${label}.`, sent, li));
        actions.append(sent);
      }
    }
    li.append(actions, el("p", { class: "item-msg", role: "alert" }));
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
    queueCheck();
    void update();
  }

  // Gmail navigates in-page (hash changes, history API) and re-renders its own DOM; it never
  // touches our host except by replacing <body>'s children, which the observer notices. Any
  // change below <body> may be a compose window opening: check (at most once a frame).
  /** @type {HTMLElement | null} */
  let observedBody = null;
  const observer = new MutationObserver(() => {
    if (observedBody !== document.body) observe(); // <body> itself was replaced
    if (host.parentNode !== document.body) mount();
    queueCheck();
  });
  function observe() {
    observer.disconnect();
    observer.observe(document.documentElement, { childList: true });
    observedBody = document.body;
    if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  }
  window.addEventListener("hashchange", onNavigate);
  window.addEventListener("popstate", onNavigate);
  window.addEventListener("resize", queueCheck);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void update();
  });
  // The service worker polls the server on an alarm; the panel only reads what it stored.
  setInterval(() => {
    if (document.visibilityState === "visible") void update();
  }, POLL_MS);
  render(null);
  theme();
  // Collapsed last time? Then collapsed now, before it is even shown.
  void chrome.storage.sync.get(COLLAPSED_KEY).then(
    (stored) => setExpanded(!stored[COLLAPSED_KEY]),
    () => {},
  ).finally(() => {
    mount();
    observe();
    queueCheck();
  });
  void update();
})();
