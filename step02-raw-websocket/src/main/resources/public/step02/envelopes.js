// What the page does with each envelope the server sends, and the chat envelopes it sends.

import { $, hideError, setStatus, setTime, showError } from "./workbook.js";
import { joinRefused, pending, sendJoin, session } from "./session.js";
import { addMessage, addNotice, clearErrors, setState, showChat, showOnline, updateCharCount } from "./view.js";

/** A rejoin refused with nickname-taken is sent once more after this pause: see rejoinRefused. */
const REJOIN_RETRY_MILLIS = 1500;
const NICKNAME_ERRORS = ["nickname-invalid", "nickname-taken"];
/** What the page does with each type of envelope the server sends. */
const HANDLERS = { welcome, joined: presence, left: presence, chat: chatReceived, error: errorReceived };
const clientIdPrefix = "c-" + randomHex(4) + "-";
let sentCount = 0;

/** Handles one message from the server. */
export function received(data) {
  let envelope;
  try {
    envelope = JSON.parse(data);
  } catch (error) {
    return showError("The server sent something that is not JSON: " + String(data).slice(0, 200));
  }
  const type = envelope && envelope.type;
  if (!Object.hasOwn(HANDLERS, type)) {
    return showError("The server sent an envelope of an unknown type: " + String(data).slice(0, 200));
  }
  HANDLERS[type](envelope);
}

function welcome(envelope) {
  const rejoined = session.nickname !== null;
  Object.assign(session, { nickname: envelope.nickname, attempt: 0, rejoinRetried: false });
  setState("online", "online as " + envelope.nickname);
  clearErrors();
  showOnline(envelope.online, session.nickname);
  addNotice("info", rejoined ? "Reconnected: you are back as " + envelope.nickname + "." : "You joined as " + envelope.nickname + ".");
  showChat();
}

function presence(envelope) {
  showOnline(envelope.online, session.nickname);
  addNotice(envelope.type, envelope.nickname + (envelope.type === "joined" ? " joined." : " left."), envelope.time);
}

function chatReceived(envelope) {
  const own = envelope.clientId !== undefined && pending.get(envelope.clientId);
  if (own) {
    pending.delete(envelope.clientId);
    own.dataset.id = envelope.id;
    setTime(own.querySelector("time"), envelope.time);
    setStatus(own, "delivered", "delivered");
  } else {
    const item = addMessage(envelope.sender, envelope.text, envelope.time, envelope.clientId !== undefined);
    item.dataset.id = envelope.id;
    if (envelope.clientId !== undefined) {
      setStatus(item, "delivered", "delivered"); // ours, though no longer waited for
    }
  }
}

function errorReceived(envelope) {
  const text = envelope.code + ": " + envelope.message;
  if (NICKNAME_ERRORS.includes(envelope.code)) {
    return session.nickname === null ? joinRefused(text) : rejoinRefused(text);
  }
  const oldest = pending.keys().next();
  if (!oldest.done && envelope.code !== "already-joined") {
    setStatus(pending.get(oldest.value), "failed", "not delivered: " + envelope.code);
    pending.delete(oldest.value); // the server answers each chat message in order: with its copy, or with an error
  }
  showError(text);
}

/**
 * An automatic rejoin was refused. nickname-taken here most often means the server has not yet
 * noticed that our previous connection is gone: a close it has not processed yet, or a dropped
 * network it only notices when a heartbeat ping goes unanswered (up to a minute). The page asks
 * once more after a short pause, which covers the first case, then hands the choice to the user.
 */
function rejoinRefused(text) {
  const socket = session.socket;
  if (!session.rejoinRetried && text.startsWith("nickname-taken")) {
    session.rejoinRetried = true;
    setState("connecting", "rejoining…");
    $("state-detail").textContent = text + " Asking again in " + REJOIN_RETRY_MILLIS / 1000 + " s.";
    session.timer = setTimeout(() => socket === session.socket && sendJoin(socket, session.nickname), REJOIN_RETRY_MILLIS);
    return;
  }
  const nickname = session.nickname;
  joinRefused(text + " (Your previous connection may still count as online until the server notices it is gone.)");
  $("nickname").value = nickname;
}

/** Sends what is in the message box as a chat envelope; it shows sending… until the server sends it back. */
export function send(event) {
  event.preventDefault();
  const input = $("message");
  const text = input.value;
  if (text.trim() === "" || $("state").dataset.state !== "online") {
    return;
  }
  const clientId = clientIdPrefix + ++sentCount;
  session.socket.send(JSON.stringify({ type: "chat", text, clientId }));
  const item = addMessage(session.nickname, text, new Date().toISOString(), true);
  item.dataset.clientId = clientId;
  setStatus(item, "sending", "sending…");
  pending.set(clientId, item);
  hideError();
  input.value = "";
  updateCharCount();
  input.focus();
}

function randomHex(bytes) {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
}
