// The page's Socket.IO connection: opening it with the sign-in's auth, and what its events mean.

import { $, describe, hideError, loadConfig, showError, showFieldError } from "./workbook.js";
import { disconnectReason, namespaceUrl, whileCurrent } from "./socketio-page.js";
import { CHAT, chatReceived, presence } from "./messages.js";
import { ownCopies, session } from "./session.js";
import { FIELD_ERRORS, addNotice, clearErrors, forgetConnection, setState, showJoinForm } from "./view.js";

/**
 * How many times Socket.IO sends a message again, after a try timed out or the connection dropped
 * while it waited, before the page says no acknowledgement came. Time offline uses up no try.
 */
const ACK_RETRIES = 10;
const REFUSED = "refused";
const PRESENCE = "presence";
/** The sign-in form's submit: connects with the nickname and token typed. */
export async function join(event) {
  event.preventDefault();
  clearErrors();
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    return showError("Could not load /api/config: " + describe(error));
  }
  connect(config, $("nickname").value, $("token").value); // the server checks both, and says what is wrong
}

/** Opens a Socket.IO connection to the chat's namespace, with the nickname in the handshake's auth. */
function connect(config, nickname, token) {
  closeQuietly();
  const url = namespaceUrl(config);
  const socket = io(url, {
    auth: config.tokenRequired ? { nickname, token } : { nickname },
    transports: $("transports").value.split(","),
    ackTimeout: config.ackTimeoutMillis, // an emit with a callback waits this long for its ack (a server setting)...
    retries: ACK_RETRIES, // ...then is sent again: one at a time, in order, kept while offline
    closeOnBeforeunload: true // reloading or leaving the page closes the connection, so that others see us go at once
  });
  Object.assign(session, { socket, nickname: nickname.trim(), connects: 0, refusal: null });
  $("server-url").textContent = url;
  setState("connecting", "connecting…");
  showJoinForm(false);
  listen(socket);
}

function listen(socket) {
  const ifCurrent = whileCurrent(socket, (s) => s === session.socket);
  socket.on("connect", ifCurrent(connected));
  socket.on("connect_error", ifCurrent(connectFailed));
  socket.on("disconnect", ifCurrent(disconnected));
  socket.on(REFUSED, ifCurrent(refused));
  socket.on(CHAT, ifCurrent(chatReceived));
  socket.on(PRESENCE, ifCurrent(presence));
  socket.io.on("reconnect_attempt", ifCurrent((_, attempt) => setState("reconnecting", "reconnecting · attempt " + attempt)));
  // Every (re)connection opens a new engine, which starts on long polling and may upgrade.
  socket.io.on("open", ifCurrent(() => socket.io.engine.on("upgrade", ifCurrent(showTransport))));
}

function connected(socket) {
  session.connects += 1;
  session.refusal = null;
  hideError();
  showTransport(socket);
  $("session-id").textContent = socket.id;
  $("chat").hidden = false;
  addNotice("info", session.connects === 1
    ? "You joined as " + session.nickname + "."
    : "Reconnected by Socket.IO: the server knows this page as a new session, and sends nothing you missed.");
  $("message").focus(); // connected, the next thing to do is write
}

function showTransport(socket) {
  const name = socket.io.engine && socket.io.engine.transport ? socket.io.engine.transport.name : "none";
  $("transport").textContent = name;
  if (socket.connected) {
    setState("connected", "connected over " + name);
  }
}

function connectFailed(socket, error) {
  if (socket.active) { // the network, or the server's door: Socket.IO tries again by itself
    $("state-detail").textContent = "could not connect: " + describe(error);
    return;
  }
  session.socket = null; // refused by the chat's handshake check: trying the same again would not help
  const reason = "The server refused you: " + (error && error.message ? error.message : "it gave no reason.");
  const field = error && error.data && FIELD_ERRORS[error.data.field];
  joinFailed(field ? "" : reason);
  if (field) {
    showFieldError(field, reason);
  }
}

function refused(socket, payload) {
  session.refusal = "The server refused you: " + (payload && payload.message);
}

function disconnected(socket, reason) {
  const why = disconnectReason(reason, "you left");
  forgetConnection();
  ownCopies.acknowledged.clear(); // a restarted server counts its ids from 1 again
  if (socket.active) {
    setState("reconnecting", "reconnecting…");
    $("state-detail").textContent = "connection lost: " + why;
    addNotice("lost", "Connection lost: " + why + ". Socket.IO reconnects by itself.");
    return;
  }
  session.socket = null;
  joinFailed(session.refusal || "Disconnected: " + why + ".");
}

/** Not connected, and not trying to: show why, and the join form. */
function joinFailed(message) {
  forgetConnection();
  setState("offline", "offline");
  showJoinForm(true);
  showError(message);
}

/** The Leave button: closes, and does not come back. */
export function leave() {
  closeQuietly();
  setState("offline", "offline");
  showJoinForm(true);
  clearErrors();
  addNotice("info", "You left the chat.");
}

/** Closes the current connection, if any, without reacting to its events. */
function closeQuietly() {
  const socket = session.socket;
  session.socket = null;
  forgetConnection();
  if (socket) {
    socket.disconnect();
  }
}
