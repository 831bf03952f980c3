"use strict";

// The step 03 chat page: joins step 03's Socket.IO chat with the official browser client, sends
// each message with an acknowledgement, and leaves reconnecting, and sending again what was not
// acknowledged, to Socket.IO itself (its ackTimeout and retries). Everything that comes from the
// network is shown with textContent, never parsed as HTML.

/**
 * How many times Socket.IO sends a message again, after a try timed out or the connection dropped
 * while it waited, before the page says no acknowledgement came. Time offline uses up no try.
 */
const ACK_RETRIES = 10;
/** Where the page loads the Socket.IO browser client from: the build copies it there from npm. */
const CLIENT_URL = "/vendor/socket.io.min.js";
/** The chat's events, as the server names them (the lesson's table of events). */
const CHAT = "chat message";
const CHAT_TO_OTHERS = "chat message to others";
const PRESENCE = "presence";
const REFUSED = "refused";
/** The sign-in form's fields a handshake refusal can name in its data.field: the id of the input, and of its error beside it. */
const FIELD_ERRORS = { nickname: "nickname", token: "token" };
/** The reasons Socket.IO gives for a disconnect, in words. */
const DISCONNECT_REASONS = {
  "io server disconnect": "the server closed the connection",
  "io client disconnect": "you left",
  "ping timeout": "the server stopped sending its heartbeat",
  "transport close": "the connection was closed",
  "transport error": "the connection failed",
  "parse error": "the server sent something the client could not read"
};

const $ = (id) => document.getElementById(id);

/**
 * The chat as this page sees it. socket: the current connection; events from older ones are
 * ignored. nickname: ours, as the server shows it (it trims). connects: how often this socket
 * connected, so that 2 and more are reconnections. refusal: the reason of a 'refused' event, shown
 * when the disconnect that follows it comes.
 */
const session = { socket: null, nickname: null, connects: 0, refusal: null };
/**
 * Our messages to everyone come back to us as 'chat message' events, and each takes the place of
 * its copy, in the order the server sent them. A copy is ours when its id is the one our ack
 * brought, and over long polling the copy may come before the ack: while some of ours are not
 * acknowledged, copies from our nickname wait hidden in held; acknowledged messages whose copy has
 * not come yet wait in acknowledged. Both are keyed by id.
 */
const ownCopies = { unacknowledged: 0, held: new Map(), acknowledged: new Map() };
let configPromise = null;

/**
 * Emits event with {text} and an acknowledgement callback, and reports what became of it:
 * ui.acknowledged(ack) when the server answers {ok: true, id, time}, ui.refused(error) when it
 * answers {ok: false, error}, and ui.timedOut() when Socket.IO gave up on it. The socket was made
 * with ackTimeout and retries (see connect): it keeps the message while offline, sends it once
 * connected, and again after each try that got no answer, ACK_RETRIES times at most; the callback
 * then gets (error, ack), error when it gave up.
 */
function sendWithAck(socket, event, text, ui) {
  // BEGIN EXERCISE 3.6: Emit {text} with an ack callback (error, ack) (the socket retries by itself), then report ui.acknowledged(ack), ui.refused(error) or ui.timedOut().
  socket.emit(event, { text }, (error, ack) => {
    if (error) {
      ui.timedOut();
    } else if (ack && ack.ok === true) {
      ui.acknowledged(ack);
    } else {
      ui.refused(ack && typeof ack.error === "string" ? ack.error : "the server answered " + JSON.stringify(ack));
    }
  });
  // END EXERCISE 3.6
}

async function join(event) {
  event.preventDefault();
  hideError();
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
  const url = location.protocol + "//" + location.hostname + ":" + config.socketPort + config.namespace;
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
  const ifCurrent = (handle) => (...args) => socket === session.socket && handle(socket, ...args);
  socket.on("connect", ifCurrent(connected));
  socket.on("connect_error", ifCurrent(connectFailed));
  socket.on("disconnect", ifCurrent(disconnected));
  socket.on(REFUSED, ifCurrent(refused));
  socket.on(CHAT, ifCurrent(chatReceived));
  socket.on(PRESENCE, ifCurrent(presence));
  socket.io.on("reconnect_attempt", ifCurrent(reconnecting));
  // Every (re)connection opens a new engine, which starts on long polling and may upgrade.
  socket.io.on("open", ifCurrent(() => socket.io.engine.on("upgrade", ifCurrent(showTransport))));
}

function reconnecting(socket, attempt) {
  setState("reconnecting", "reconnecting · attempt " + attempt);
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
  $("message").focus();
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
  const why = (DISCONNECT_REASONS[reason] || "disconnected") + " (" + reason + ")";
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

function chatReceived(socket, message) {
  const id = String(message.id);
  const mine = ownCopies.acknowledged.get(id);
  if (mine) {
    ownCopies.acknowledged.delete(id);
    append(mine); // moves it to where its copy came: the order everyone sees
    return;
  }
  const item = addMessage(message.sender, message.text, message.time, false);
  item.dataset.id = id;
  if (ownCopies.unacknowledged > 0 && message.sender === session.nickname) {
    item.hidden = true; // perhaps ours: an acknowledgement will tell
    ownCopies.held.set(id, item);
  }
}

function presence(socket, news) {
  $("online-count").textContent = String(news.online);
  addNotice(String(news.change), news.nickname + " " + news.change + " · " + news.online + " online");
}

function send(event) {
  event.preventDefault();
  const input = $("message");
  const text = input.value;
  const socket = session.socket;
  if (text === "" || socket === null) {
    return; // a text of spaces does go: the server says what is wrong with it
  }
  const toOthers = $("to-others").checked;
  const item = addMessage(session.nickname, text, new Date().toISOString(), true, toOthers ? "to everyone but me" : undefined);
  setStatus(item, "sent", socket.connected ? "sent" : "sent once reconnected");
  const ui = reporter(item, !toOthers);
  try {
    sendWithAck(socket, toOthers ? CHAT_TO_OTHERS : CHAT, text, ui);
  } catch (error) {
    ui.failed(error);
  }
  input.value = "";
  countChars();
  input.focus();
}

/** What sendWithAck reports to: the outcome, shown on the message; only the first report counts. */
function reporter(item, toEveryone) {
  let settled = false;
  if (toEveryone) {
    ownCopies.unacknowledged += 1;
  }
  const settle = (status, text, ack) => {
    if (settled) {
      return;
    }
    settled = true;
    setStatus(item, status, text);
    if (ack && ack.id !== undefined) {
      item.dataset.id = ack.id;
    }
    if (ack && ack.time !== undefined) {
      setTime(item.querySelector("time"), ack.time);
    }
    if (toEveryone) {
      ownCopySettled(item, ack && ack.id !== undefined ? String(ack.id) : null);
    }
  };
  return {
    acknowledged: (ack) => settle("acknowledged", "acknowledged", ack),
    refused: (error) => settle("refused", "refused: " + error),
    timedOut: () => settle("failed", "no acknowledgement"),
    failed: (error) => settle("failed", "not sent: " + describe(error))
  };
}

function ownCopySettled(item, id) {
  ownCopies.unacknowledged -= 1;
  const copy = id === null ? undefined : ownCopies.held.get(id);
  if (copy) {
    ownCopies.held.delete(id);
    copy.replaceWith(item); // our copy came first: the message takes its place
  } else if (id !== null) {
    ownCopies.acknowledged.set(id, item);
  }
  if (ownCopies.unacknowledged === 0) {
    ownCopies.held.forEach((held) => { held.hidden = false; }); // someone else who has our nickname
    ownCopies.held.clear();
  }
}

/** Not connected, and not trying to: show why, and the join form. */
function joinFailed(message) {
  forgetConnection();
  setState("offline", "offline");
  showJoinForm(true);
  showError(message);
}

function leave() {
  closeQuietly();
  setState("offline", "offline");
  showJoinForm(true);
  hideError();
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

/** The session id and the transport belong to one connection: none while there is none. */
function forgetConnection() {
  $("session-id").textContent = "none";
  $("transport").textContent = "none";
}

function addMessage(sender, text, time, mine, note) {
  const item = element("li", "message" + (mine ? " mine" : ""));
  const meta = element("div", "meta");
  meta.append(element("span", "sender", sender), element("time"));
  if (note) {
    meta.append(element("span", "note", note));
  }
  meta.append(element("span", "status"));
  setTime(meta.querySelector("time"), time);
  item.append(meta, element("p", "text", text));
  return append(item);
}

function addNotice(kind, text) {
  const item = element("li", "notice");
  item.dataset.kind = kind;
  const stamp = element("time");
  setTime(stamp, new Date().toISOString());
  item.append(stamp, element("span", "text", text));
  return append(item);
}

function append(item) {
  const list = $("messages");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.append(item);
  if (atBottom) {
    list.scrollTop = list.scrollHeight;
  }
  return item;
}

function setStatus(item, status, text) {
  item.dataset.status = status;
  item.querySelector(".status").textContent = text;
}

function setTime(stamp, iso) {
  const date = new Date(iso);
  stamp.dateTime = String(iso);
  stamp.textContent = isNaN(date) ? String(iso) : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

function setState(name, text) {
  const state = $("state");
  state.dataset.state = name;
  state.textContent = text;
  const canSend = name === "connected" || name === "reconnecting"; // Socket.IO keeps what is sent meanwhile
  $("message").disabled = !canSend;
  $("send").disabled = !canSend;
  $("leave").hidden = name === "offline";
  $("facts").classList.toggle("stale", name !== "connected");
  if (name === "offline" || name === "connected") {
    $("state-detail").textContent = "";
  }
}

function showJoinForm(enabled) {
  $("join-form").hidden = !enabled;
  ["nickname", "token", "transports", "join"].forEach((id) => { $(id).disabled = !enabled; });
  if (enabled) {
    $("nickname").focus();
  }
}

function countChars() {
  const max = $("message").maxLength;
  const used = $("message").value.length;
  $("chars").textContent = used + " / " + max;
  $("chars").classList.toggle("near", used > max * 0.9);
}

function loadConfig() {
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

function applyConfig(config) {
  $("token-field").hidden = !config.tokenRequired;
  $("nickname-rule").textContent = "The server checks the nickname: 1 to " + config.maxNicknameChars + " characters.";
  $("message").maxLength = config.maxTextChars;
  countChars();
}

/** Without its Socket.IO client the page cannot connect: say why, plainly, instead of failing later. */
function unavailable(message) {
  $("join").disabled = true;
  $("state-detail").textContent = "no Socket.IO client";
  showError(message);
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

function hideError() {
  $("error").hidden = true;
  $("error").textContent = "";
  Object.values(FIELD_ERRORS).forEach((field) => showFieldError(field, ""));
}

/** Shows a refusal under the form field that caused it (the field's aria-describedby names it), or clears it. */
function showFieldError(field, message) {
  $(field + "-error").textContent = message;
  $(field + "-error").hidden = !message;
  if (message) {
    $(field).setAttribute("aria-invalid", "true");
  } else {
    $(field).removeAttribute("aria-invalid");
  }
}

/** A new element holding text as text: the one way this page puts network data on screen. */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = String(text);
  }
  return node;
}

function describe(error) {
  return error && error.message ? error.message : String(error);
}

$("join-form").addEventListener("submit", join);
$("composer").addEventListener("submit", send);
$("message").addEventListener("input", countChars);
$("leave").addEventListener("click", leave);
window.addEventListener("error", (event) => showError("The page's script failed: " + event.message));
window.addEventListener("unhandledrejection", (event) => showError("The page's script failed: " + describe(event.reason)));
if (window.SOCKET_IO_MISSING) {
  unavailable(String(window.SOCKET_IO_MISSING));
} else if (typeof io !== "function") {
  unavailable("The Socket.IO browser client did not load from " + CLIENT_URL + ", so the page cannot connect. "
    + "Is the server still running? Reload the page to try again.");
} else {
  loadConfig().then(applyConfig, (error) => showError("Could not load /api/config: " + describe(error)));
}
