// The page kit: what every step's page needs around its own code. Each page imports what it uses:
//   import { $, describe, loadConfig, reportScriptFailures } from "./workbook.js";
// Everything that comes from the network is shown with textContent, never parsed as HTML.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** A new element with an optional class and text, the text set as text. */
export function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  if (text !== undefined) {
    made.textContent = text;
  }
  return made;
}

/** An error's message, or the thing itself as text: for what a page shows the learner. */
export function describe(error) {
  return error && error.message ? error.message : String(error);
}

/** Shows message in the page's error box (the element with id "error" unless told otherwise); "" hides the box. */
export function showError(message, id = "error") {
  const box = $(id);
  box.textContent = message;
  box.hidden = !message;
}

/** Empties and hides the page's error box. */
export function hideError(id = "error") {
  const box = $(id);
  box.hidden = true;
  box.textContent = "";
}

let configPromise = null;

/** The page's settings from its server's /api/config, fetched once; a failed fetch is tried again next time. */
export function loadConfig() {
  if (!configPromise) {
    // The page's own query goes along: a step that runs several servers (step 06) answers for the one it names.
    configPromise = fetch("/api/config" + location.search, { cache: "no-store" }).then((response) => {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
    configPromise.catch(() => { configPromise = null; });
  }
  return configPromise;
}

/** Names for WebSocket close codes, from RFC 6455 section 7.4.1. */
export const CLOSE_CODES = Object.freeze({
  1000: "normal closure", 1001: "going away", 1002: "protocol error", 1003: "unsupported data",
  1005: "no code in the close frame", 1006: "closed without a close frame", 1007: "invalid payload data",
  1008: "policy violation", 1009: "message too big", 1010: "extension missing", 1011: "internal server error",
  1015: "TLS handshake failed"
});

/** " (name)" for a close code the RFC names, else "". */
export function closeCodeName(code) {
  return CLOSE_CODES[code] ? " (" + CLOSE_CODES[code] + ")" : "";
}

/** Shows a script failure the browser would only log, so that a learner's broken exercise is seen on the page. */
export function reportScriptFailures(show = showError) {
  window.addEventListener("error", (event) => show("The page's script failed: " + event.message));
  window.addEventListener("unhandledrejection", (event) => show("The page's script failed: " + describe(event.reason)));
}

// The chat pages' message list (steps 02 and up): message rows and notices, kept in view.

/** Appends item to list and keeps the list scrolled to its end if it was there: reading older messages is not interrupted. */
export function appendToList(list, item) {
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.append(item);
  if (atBottom) {
    list.scrollTop = list.scrollHeight;
  }
  return item;
}

/** A message row: who sent it, when, an optional note, its status, and its text, all as text. */
export function messageItem(sender, text, time, mine, note) {
  const item = element("li", "message" + (mine ? " mine" : ""));
  const meta = element("div", "meta");
  meta.append(element("span", "sender", sender), element("time"));
  if (note) {
    meta.append(element("span", "note", note));
  }
  meta.append(element("span", "status"));
  setTime(meta.querySelector("time"), time);
  item.append(meta, element("p", "text", text));
  return item;
}

/** A notice row of this kind (the page's CSS colours it by data-kind), stamped with time or now. */
export function noticeItem(kind, text, time) {
  const item = element("li", "notice");
  item.dataset.kind = kind;
  const stamp = element("time");
  setTime(stamp, time || new Date().toISOString());
  item.append(stamp, element("span", "text", text));
  return item;
}

/** Sets a message row's status: data-status for the CSS and tests, the text for the reader. */
export function setStatus(item, status, text) {
  item.dataset.status = status;
  item.querySelector(".status").textContent = text;
}

/** Shows an ISO time as the reader's local time of day; what is not a time shows as it came. */
export function setTime(stamp, iso) {
  const date = new Date(iso);
  stamp.dateTime = String(iso);
  stamp.textContent = isNaN(date) ? String(iso) : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Shows how much of input's maxlength is used in counter, marked near the end. */
export function countChars(input, counter) {
  const max = input.maxLength;
  const used = input.value.length;
  counter.textContent = used + " / " + max;
  counter.classList.toggle("near", used > max * 0.9);
}

/**
 * Shows why a field's value was refused right under it, in the element with id errorId (which the
 * field's aria-describedby names), and marks the field aria-invalid; an empty message clears both.
 */
export function showFieldError(fieldId, message, errorId = fieldId + "-error") {
  const error = $(errorId);
  error.textContent = message;
  error.hidden = !message;
  if (message) {
    $(fieldId).setAttribute("aria-invalid", "true");
  } else {
    $(fieldId).removeAttribute("aria-invalid");
  }
}
