// @ts-check
// Small progressive enhancement: the pages work without it (plain forms, full reloads).

/** A submitted form says it is working, and cannot be sent twice. */
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const button = form.querySelector("button[type=submit]");
  if (button instanceof HTMLButtonElement) {
    // After this tick, so the button's own value still goes with the form.
    setTimeout(() => {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    }, 0);
  }
});

/** The flash message gets focus, so a keyboard or screen-reader user hears the result. */
const flash = document.querySelector(".flash");
if (flash instanceof HTMLElement) {
  flash.tabIndex = -1;
  flash.focus();
}

/** Times in the reader's own time zone and language (the page says UTC without script). */
const format = new Intl.DateTimeFormat(undefined, {
  weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
});
for (const time of document.querySelectorAll("time[datetime]")) {
  const moment = new Date(time.getAttribute("datetime") ?? "");
  if (!Number.isNaN(moment.getTime())) time.textContent = format.format(moment);
}
