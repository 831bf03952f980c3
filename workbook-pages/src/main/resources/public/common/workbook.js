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

/** Shows message in the page's error box (the element with id "error" unless told otherwise). */
export function showError(message, id = "error") {
  const box = $(id);
  box.textContent = message;
  box.hidden = false;
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
    configPromise = fetch("/api/config", { cache: "no-store" }).then((response) => {
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
