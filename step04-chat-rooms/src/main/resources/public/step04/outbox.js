// The outbox: what we wrote, kept until the server acknowledges it, sent one at a time in the order written.

import { $, element, setStatus } from "./workbook.js";
import { chat, EVENTS, isConnected } from "./chat.js";
import { countChars } from "./composer.js";
import { Failure, OFFLINE, request } from "./requests.js";
import { selectRoom } from "./rooms.js";

/** Refusals that a later try may get past: the outbox waits (retryAfterMs, or RETRY_MILLIS) and sends again. Others are final. */
const TRANSIENT = new Set(["rate-limited", "timeout", "server-error", "unavailable"]);
/** How long the outbox waits after a transient refusal that says no time. */
const RETRY_MILLIS = 1000;
/** Room for Socket.IO's own framing around a message: the namespace, the event name, the ack id. */
const FRAMING_BYTES = 1024;
/** The code of a message the page refuses itself: over the transport's limit, it would drop the connection. */
const TOO_LONG = "too-long";

/**
 * The outbox's one message on its way (sending), its wait after a transient refusal (timer), and
 * whether it may send (open: connected, and every room joined again after a reconnect).
 */
const outbox = { sending: null, timer: null, open: false };

/** Keeps a message in the outbox and sends it in its turn; acknowledged(ack) runs once the server has it. */
export function post(event, payload, item, acknowledged) {
  const entry = { event, payload, item, acknowledged };
  const bytes = new TextEncoder().encode(JSON.stringify(payload)).length + FRAMING_BYTES;
  if (bytes > chat.maxPayloadBytes) { // the server would drop the connection without a word, and the outbox send it again
    failed(entry, new Failure(TOO_LONG, "too big to send: about " + bytes + " bytes, the connection carries at most " + chat.maxPayloadBytes));
    return;
  }
  chat.outbox.set(payload.clientMessageId, entry);
  setStatus(item, "waiting", isConnected() ? "waiting for its turn" : "waiting for the connection");
  pumpOutbox();
}

/**
 * Sends the oldest message of the outbox, one at a time, so that the server stores them in the
 * order written. Acknowledged: the next one. Offline: it stays first, for the next connect.
 * Refused for now (rate-limited...): it waits as long as the server says, then goes again.
 * Refused for good (too long, empty, not in the room...): it fails, and the next one goes.
 */
function pumpOutbox() {
  if (outbox.sending || outbox.timer !== null || !outbox.open || !isConnected() || chat.outbox.size === 0) {
    return;
  }
  const entry = chat.outbox.values().next().value;
  outbox.sending = entry;
  setStatus(entry.item, "sending", "sending…");
  request(entry.event, entry.payload).then((ack) => {
    if (outbox.sending !== entry) {
      return; // signed out meanwhile
    }
    outbox.sending = null;
    chat.outbox.delete(entry.payload.clientMessageId);
    entry.acknowledged(ack);
    pumpOutbox();
  }, (failure) => {
    if (outbox.sending !== entry) {
      return;
    }
    outbox.sending = null;
    if (failure.code === OFFLINE) {
      setStatus(entry.item, "waiting", "waiting for the connection"); // the server may have it: the same id again is safe
    } else if (TRANSIENT.has(failure.code)) {
      const wait = failure.retryAfterMs > 0 ? failure.retryAfterMs : RETRY_MILLIS;
      setStatus(entry.item, "waiting", "the server said \u201c" + failure.message + "\u201d: sending again in " + wait + " ms");
      outbox.timer = setTimeout(() => { outbox.timer = null; pumpOutbox(); }, wait);
    } else {
      chat.outbox.delete(entry.payload.clientMessageId);
      failed(entry, failure);
      pumpOutbox();
    }
  });
}

/** Lets the outbox send, or stops it until the next connect has joined the rooms again. */
export function openOutbox(open) {
  outbox.open = open;
  pumpOutbox();
}

/** Forgets everything the outbox held, for a sign-out or a new sign-in. */
export function emptyOutbox() {
  chat.outbox.clear();
  clearTimeout(outbox.timer);
  Object.assign(outbox, { sending: null, timer: null, open: false });
}

/**
 * A message that will not go: no longer on its way, so that later messages come below it; it says
 * why, and offers Edit (its text back in its field) and Dismiss.
 */
function failed(entry, failure) {
  const item = entry.item;
  item.classList.replace("outgoing", "failed");
  item.classList.add("failed");
  item.dataset.code = String(failure.code);
  setStatus(item, "failed", "not sent: " + failure.message);
  const edit = element("button", "edit", "Edit");
  edit.type = "button";
  edit.title = "Put the text back in the message field";
  edit.addEventListener("click", () => editAgain(entry));
  const dismiss = element("button", "dismiss", "Dismiss");
  dismiss.type = "button";
  dismiss.title = "Remove this message";
  dismiss.addEventListener("click", () => item.remove());
  const actions = element("div", "actions");
  actions.append(edit, dismiss);
  item.append(actions);
}

function editAgain(entry) {
  const privately = entry.event === EVENTS.PRIVATE;
  if (privately) {
    $("private-to").value = entry.payload.to;
  } else if (chat.rooms.has(entry.payload.room)) {
    selectRoom(entry.payload.room);
  }
  const field = $(privately ? "private-text" : "message");
  field.value = entry.payload.text;
  entry.item.remove();
  countChars();
  field.focus();
}
