"use strict";

// The step 02 chat page: joins step 02's chat server with the browser's own WebSocket, speaks its
// JSON envelopes, and reconnects by itself when the connection drops. Everything that comes from
// the network is shown with textContent, never parsed as HTML.

/** The first reconnect waits at most this long; each later attempt may wait twice as long... */
const RECONNECT_BASE_MILLIS = 250;
/** ...up to this cap, so that a page is back soon after its server is. */
const RECONNECT_CAP_MILLIS = 5000;
/** A rejoin refused with nickname-taken is sent once more after this pause: see rejoinRefused. */
const REJOIN_RETRY_MILLIS = 1500;
/** The close code the page sends when you leave, from RFC 6455 section 7.4.1. */
const NORMAL_CLOSURE = 1000;
const NICKNAME_ERRORS = ["nickname-invalid", "nickname-taken"];
const CLOSE_CODES = {
  1000: "normal closure", 1001: "going away", 1002: "protocol error", 1003: "unsupported data",
  1005: "no code in the close frame", 1006: "closed without a close frame", 1007: "invalid payload data",
  1008: "policy violation", 1009: "message too big", 1011: "internal server error"
};

const $ = (id) => document.getElementById(id);
/** What the page does with each type of envelope the server sends. */
const HANDLERS = { welcome, joined: presence, left: presence, chat: chatReceived, error: errorReceived };

/**
 * The chat as this page sees it. nickname: who we are, from the last welcome; null before the
 * first one and after Leave, and only while it is set does a dropped connection reconnect.
 * attempt: reconnect attempts since the last welcome. socket: the current connection; events from
 * older ones are ignored. timer: a pending reconnect or rejoin, which Leave cancels.
 */
const session = { nickname: null, attempt: 0, socket: null, timer: null, countdown: null, rejoinRetried: false };
/** Our messages the server has not sent back yet, by clientId, oldest first. */
const pending = new Map();
const clientIdPrefix = "c-" + randomHex(4) + "-";
let sentCount = 0;
let configPromise = null;

/**
 * The connection dropped and the user did not leave: try again, by ourselves, after a pause.
 * Attempt number session.attempt (0 for the first since the last welcome, which resets it) waits a
 * random time between 0 and min(RECONNECT_CAP_MILLIS, RECONNECT_BASE_MILLIS * 2^attempt):
 * exponential backoff with "full jitter", so that the pages one server restart dropped do not all
 * come back in the same instant. Count the attempt, show the wait with ui.waiting(millis), and when
 * it is over call ui.rejoin(session.nickname), which opens a new connection and joins again.
 * Returns the timer, so that Leave can cancel the wait.
 */
function reconnectLater(session, ui) {
  // BEGIN EXERCISE 2.5: Wait a random time between 0 and min(cap, base * 2^attempt), count the attempt, show the wait, then rejoin with the same nickname.
  const ceiling = Math.min(RECONNECT_CAP_MILLIS, RECONNECT_BASE_MILLIS * 2 ** session.attempt);
  const delay = Math.random() * ceiling;
  session.attempt += 1;
  ui.waiting(delay);
  return setTimeout(() => ui.rejoin(session.nickname), delay);
  // END EXERCISE 2.5
}

/** Opens a connection and joins as nickname once it is open. */
async function connect(nickname) {
  stopTimers();
  setState("connecting", session.nickname ? "reconnecting…" : "connecting…");
  showJoinForm(false);
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    return joinFailed("Could not load /api/config: " + describe(error));
  }
  const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.hostname + ":" + config.webSocketPort + "/";
  const socket = new WebSocket(url);
  session.socket = socket;
  $("state-detail").textContent = url;
  const ifCurrent = (handle) => (event) => socket === session.socket && handle(event, socket);
  socket.onopen = ifCurrent(() => sendJoin(socket, nickname));
  socket.onmessage = ifCurrent((event) => received(event.data));
  socket.onclose = ifCurrent(closed);
}

function sendJoin(socket, nickname) {
  socket.send(JSON.stringify({ type: "join", nickname }));
}

function received(data) {
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
  hideError();
  $("chat").hidden = false;
  showOnline(envelope.online);
  addNotice("info", rejoined ? "Reconnected: you are back as " + envelope.nickname + "." : "You joined as " + envelope.nickname + ".");
  $("message").focus();
}

function presence(envelope) {
  showOnline(envelope.online);
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

/** The first join was refused: close, and let the user pick another nickname, the reason next to it. */
function joinRefused(text) {
  closeQuietly("join refused");
  joinFailed("");
  showNicknameError(text);
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

function closed(event) {
  session.socket = null;
  const how = describeClose(event);
  if (session.nickname === null) {
    const hint = { 1006: " Is the chat server running?", 1011: " The server's log says why." }[event.code] || "";
    return joinFailed("The connection closed before the server welcomed you: " + how + "." + hint);
  }
  failPending("not delivered: connection lost");
  if ($("state").dataset.state === "online") {
    addNotice("lost", "Connection lost: " + how + ".");
  }
  $("state-detail").textContent = "attempt " + (session.attempt + 1) + " · last close: " + how;
  try {
    session.timer = reconnectLater(session, { waiting: showCountdown, rejoin: connect });
  } catch (error) {
    joinFailed("Reconnect failed: " + describe(error));
  }
}

/** Not joined, and not trying to: show why, and the join form. */
function joinFailed(message) {
  session.nickname = null;
  setState("offline", "offline");
  showJoinForm(true);
  showError(message);
}

function leave() {
  const nickname = session.nickname;
  session.nickname = null;
  closeQuietly("left the chat");
  failPending("not delivered: you left");
  setState("offline", "offline");
  showOnline([]);
  showJoinForm(true);
  hideError();
  if (nickname !== null) {
    addNotice("info", "You left the chat.");
  }
}

/** Closes the current connection, if any, without reacting to its close event. */
function closeQuietly(reason) {
  stopTimers();
  const socket = session.socket;
  session.socket = null;
  if (socket) {
    socket.close(NORMAL_CLOSURE, reason);
  }
}

function send(event) {
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
  countChars();
  input.focus();
}

function addMessage(sender, text, time, mine) {
  const item = element("li", "message" + (mine ? " mine" : ""));
  const meta = element("div", "meta");
  meta.append(element("span", "sender", sender), element("time"), element("span", "status"));
  setTime(meta.querySelector("time"), time);
  item.append(meta, element("p", "text", text));
  return append(item);
}

function addNotice(kind, text, time) {
  const item = element("li", "notice");
  item.dataset.kind = kind;
  const stamp = element("time");
  setTime(stamp, time || new Date().toISOString());
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

function failPending(text) {
  pending.forEach((item) => setStatus(item, "failed", text));
  pending.clear();
}

function setTime(stamp, iso) {
  const date = new Date(iso);
  stamp.dateTime = String(iso);
  stamp.textContent = isNaN(date) ? String(iso) : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

function showOnline(nicknames) {
  const list = $("online");
  list.replaceChildren(...nicknames.map((nickname) => {
    const item = element("li", "", nickname);
    if (nickname === session.nickname) {
      item.classList.add("you");
      item.append(element("span", "you-label", " (you)"));
    }
    return item;
  }));
  $("online-count").textContent = String(nicknames.length);
}

/** Shows "reconnecting in N s", counting down until the wait of millis is over. */
function showCountdown(millis) {
  const until = Date.now() + millis;
  const tick = () => setState("reconnecting", "reconnecting in " + Math.max(0, Math.ceil((until - Date.now()) / 1000)) + " s");
  clearInterval(session.countdown);
  tick();
  session.countdown = setInterval(tick, 200);
}

function stopTimers() {
  clearTimeout(session.timer);
  clearInterval(session.countdown);
  session.timer = null;
  session.countdown = null;
}

function setState(name, text) {
  const state = $("state");
  state.dataset.state = name;
  state.textContent = text;
  $("message").disabled = name !== "online";
  $("send").disabled = name !== "online";
  $("leave").hidden = name === "offline";
  $("online").classList.toggle("stale", name !== "online"); // who was online when we last knew
  if (name === "offline") {
    stopTimers();
    $("state-detail").textContent = "";
  }
}

function showJoinForm(enabled) {
  const form = $("join-form");
  form.hidden = !enabled;
  $("nickname").disabled = !enabled;
  $("join").disabled = !enabled;
  if (enabled) {
    $("nickname").focus();
  }
}

function join(event) {
  event.preventDefault();
  hideError();
  connect($("nickname").value); // the server trims it and says what is wrong with it, if anything
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

function applyLimits(config) {
  $("nickname").maxLength = config.maxNicknameUnits; // maxlength counts UTF-16 units: the server counts characters
  $("message").maxLength = config.maxTextChars;
  countChars();
}

function describeClose(event) {
  const name = CLOSE_CODES[event.code] ? " (" + CLOSE_CODES[event.code] + ")" : "";
  return "code " + event.code + name + (event.reason ? ", reason “" + event.reason + "”" : "");
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = !message;
}

function hideError() {
  $("error").hidden = true;
  $("error").textContent = "";
  showNicknameError("");
}

/** Shows why the nickname was refused under its field, or clears it when message is empty. */
function showNicknameError(message) {
  $("nickname-error").textContent = message;
  $("nickname-error").hidden = !message;
  if (message) {
    $("nickname").setAttribute("aria-invalid", "true");
  } else {
    $("nickname").removeAttribute("aria-invalid");
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

function randomHex(bytes) {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
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
loadConfig().then(applyLimits, (error) => showError("Could not load /api/config: " + describe(error)));
