"use strict";

// The step 04 chat page: rooms, members, typing, private messages, on the official Socket.IO
// browser client. Nothing is lost across a reconnect: the page remembers the last seq it showed in
// each room and joins again with {after: lastSeq}, and it keeps what it sent in an outbox until the
// server acknowledges it, sending one message at a time, in the order written, again with the same
// clientMessageId after a drop (the server stores it once), and after a rate limit's retryAfterMs.
// Everything that comes from the network is shown with textContent, never parsed as HTML.

/** How long a request waits for the server's acknowledgement before it is sent again. */
const ACK_TIMEOUT_MILLIS = 5000;
/** Socket.IO waits 1 s, 2 s, 4 s... between attempts; capped low so that a restarted server is found fast. */
const RECONNECTION_DELAY_MAX_MILLIS = 2000;
/** While someone types, the page says so at most this often... */
const TYPING_RENEW_MILLIS = 2000;
/** ...and says they stopped after this long without a key. */
const TYPING_IDLE_MILLIS = 3000;
/** Someone else's "is typing" goes away without a renewal in this long: their "stopped" may never come. */
const TYPING_SHOWN_MILLIS = 6000;
/** The room every page joins when it signs in. */
const DEFAULT_ROOM = "general";
/** Where the tab keeps its clientId: sessionStorage survives a reload but is not shared with other tabs. */
const CLIENT_ID_KEY = "workbook.step04.clientId";
/** Where the page loads the Socket.IO browser client from: the build copies it there from npm. */
const CLIENT_URL = "/vendor/socket.io.min.js";
/** The chat's events, as the server names them (the lesson's tables of events). */
const EVENTS = {
  ROOMS: "rooms", JOIN: "join", LEAVE: "leave", HISTORY: "history", CHAT: "chat message",
  TYPING: "typing", PRIVATE: "private message", MEMBERS: "members", REFUSED: "refused"
};
/** The code of a request that failed because the page is not connected: it is tried again after the next connect. */
const OFFLINE = "offline";
/** Refusals that a later try may get past: the outbox waits (retryAfterMs, or RETRY_MILLIS) and sends again. Others are final. */
const TRANSIENT = new Set(["rate-limited", "timeout", "server-error"]);
/** How long the outbox waits after a transient refusal that says no time. */
const RETRY_MILLIS = 1000;
/** Room for Socket.IO's own framing around a message: the namespace, the event name, the ack id. */
const FRAMING_BYTES = 1024;
/** The code of a message the page refuses itself: over the transport's limit, it would drop the connection. */
const TOO_LONG = "too-long";
/** The reasons Socket.IO gives for a disconnect, in words. */
const DISCONNECT_REASONS = {
  "io server disconnect": "the server closed the connection",
  "io client disconnect": "you went offline",
  "ping timeout": "the server stopped sending its heartbeat",
  "transport close": "the connection was closed",
  "transport error": "the connection failed",
  "parse error": "the server sent something the client could not read"
};

const $ = (id) => document.getElementById(id);

/**
 * The chat as this page sees it. socket: the current connection; events from older ones are
 * ignored. connects: how often it connected (2 and more are reconnections). away: the person chose
 * "Go offline". directory: every room the server lists, with its member count. rooms: the rooms this
 * page is in (see newRoom). outbox: what we wrote and the server has not acknowledged yet, by
 * clientMessageId, in the order it was written (see pumpOutbox). typing: where we last said we are
 * typing, and when. maxPayloadBytes: the transport's limit, from /api/config.
 */
const chat = {
  socket: null, nickname: null, clientId: null, connects: 0, away: false, refusal: null,
  directory: [], rooms: new Map(), current: null, outbox: new Map(), privateSeen: new Set(),
  typing: { room: null, lastSent: 0, idle: null }, maxPayloadBytes: Infinity
};
/**
 * The outbox's one message on its way (sending), its wait after a transient refusal (timer), and
 * whether it may send (open: connected, and every room joined again after a reconnect).
 */
const outbox = { sending: null, timer: null, open: false };
let configPromise = null;

/**
 * Shows a room message once, in seq order. Every room message comes through here: live ones, those
 * in a join's answer, and those in a history answer. room.lastSeq is the seq of the last message
 * shown in the room; show(room, message) puts one on screen; askHistory(room) asks the server for
 * every message after room.lastSeq and hands each of them to receive.
 */
function receive(message) {
  const room = chat.rooms.get(message.room);
  if (!room) {
    return; // a room this page left
  }
  // BEGIN EXERCISE 4.7: Drop a message already seen (seq <= last), ask history for a gap, else show it and remember its seq.
  if (message.seq <= room.lastSeq) {
    return; // seen already: a join's answer and a live broadcast may both carry it
  }
  if (message.seq > room.lastSeq + 1) {
    askHistory(room); // some are missing: the answer brings them, and this one, in order
    return;
  }
  show(room, message);
  room.lastSeq = message.seq;
  // END EXERCISE 4.7
}

/**
 * A room this page is in. lastSeq: see receive; null until the first join answers. held: live
 * messages that came while a join was on its way, shown after its answer (null when no join is).
 * fetching, fetchAgain: a history request is on its way, and another is needed after it. awaiting:
 * our own messages, acknowledged, by seq, until their copy shows. log: the room's list of messages.
 */
function newRoom(name) {
  const log = element("ol", "log");
  log.dataset.room = name;
  return {
    name, lastSeq: null, held: null, joining: null, fetching: false, fetchAgain: false, unread: 0,
    members: [], typists: new Map(), awaiting: new Map(), log
  };
}

function show(room, message) {
  const mine = message.sender === chat.nickname;
  const item = messageItem("message", message.sender, message.text, message.time, mine);
  item.dataset.seq = String(message.seq);
  place(room, item);
  const copy = room.awaiting.get(message.seq);
  if (copy) {
    room.awaiting.delete(message.seq);
    copy.remove(); // the message we sent is on screen now, in the order everyone sees
  }
  if (room.name !== chat.current && !mine) {
    room.unread += 1;
    renderRooms();
  }
}

/** Asks for what came after room.lastSeq; again while the server has more, or a gap came meanwhile. */
function askHistory(room) {
  if (room.fetching || room.held) {
    room.fetchAgain = true; // the answer on its way may be older than the gap
    return;
  }
  room.fetching = true;
  room.fetchAgain = false;
  const before = room.lastSeq;
  request(EVENTS.HISTORY, { room: room.name, after: room.lastSeq }).then((ack) => {
    room.fetching = false;
    deliverAll(ack.messages);
    if (room.lastSeq > before && (ack.more || room.fetchAgain)) { // no progress, no new request: never a loop
      askHistory(room);
    }
  }, (failure) => {
    room.fetching = false;
    complain("Could not fetch the messages you missed in #" + room.name, failure); // offline: the next join asks
  });
}

/**
 * Hands a message to receive, and shows what goes wrong there rather than break the connection.
 * (The browser tests wrap it, to play a network that repeats one message or loses one.)
 */
function deliver(message) {
  try {
    receive(message);
  } catch (error) {
    showError("The page could not show a message: " + describe(error));
  }
}

function deliverAll(messages) {
  (Array.isArray(messages) ? messages : []).forEach(deliver);
}

/** A live room message; while a join is on its way it waits, so that the join's answer comes first. */
function chatMessage(socket, message) {
  const room = chat.rooms.get(message && message.room);
  if (room && room.held) {
    room.held.push(message);
    return;
  }
  deliver(message);
}

/**
 * Joins a room, or joins it again after a reconnect: with {after: lastSeq} the answer holds just
 * what was missed; the first time, the latest messages. Resolves with the room; one join at a time.
 */
function joinRoom(name) {
  let room = chat.rooms.get(name);
  if (room && room.joining) {
    return room.joining;
  }
  const firstTime = !room || room.lastSeq === null;
  if (!room) {
    room = newRoom(name);
    chat.rooms.set(name, room);
  }
  room.held = [];
  const payload = firstTime ? { room: name } : { room: name, after: room.lastSeq };
  room.joining = request(EVENTS.JOIN, payload).then((ack) => {
    room.joining = null;
    joined(room, ack);
    return room;
  }, (failure) => {
    room.joining = null;
    room.held = null;
    if (firstTime && chat.rooms.get(name) === room) {
      forgetRoom(name); // never in it; a room it was in stays, to join again after the next connect
    }
    throw failure;
  });
  return room.joining;
}

function joined(room, ack) {
  if (room.lastSeq === null) {
    // A first join answers with the latest messages: count from the oldest of them.
    room.lastSeq = ack.messages.length > 0 ? ack.messages[0].seq - 1 : 0;
  }
  const held = room.held || [];
  room.held = null;
  room.members = ack.members;
  renderRooms();
  renderMembers();
  deliverAll(ack.messages.concat(held));
  if (ack.more) {
    askHistory(room);
  }
}

function joinFromForm(event) {
  event.preventDefault();
  const name = $("room-name").value.trim().toLowerCase(); // as the server does, to find the room in our list
  if (name === "" || !chat.socket) {
    return;
  }
  hideError();
  joinAndSelect(name).then(() => { $("room-name").value = ""; }, () => {});
}

function joinAndSelect(name) {
  if (chat.rooms.has(name) && chat.rooms.get(name).lastSeq !== null) {
    selectRoom(name);
    return Promise.resolve();
  }
  return joinRoom(name).then((room) => selectRoom(room.name),
      (failure) => { complain("Could not join #" + name, failure); throw failure; });
}

function leaveCurrentRoom() {
  const name = chat.current;
  if (name === null) {
    return;
  }
  if (!isConnected()) {
    forgetRoom(name); // the server forgot us when the connection dropped: not joining it again is enough
    return;
  }
  request(EVENTS.LEAVE, { room: name }).then(() => forgetRoom(name), (failure) => {
    if (failure.code === "not-in-room") {
      forgetRoom(name);
    } else {
      complain("Could not leave #" + name, failure);
    }
  });
}

function forgetRoom(name) {
  const room = chat.rooms.get(name);
  if (!room) {
    return;
  }
  clearTypists(room);
  chat.rooms.delete(name);
  chat.outbox.forEach((entry, id) => {
    if (entry.payload.room === name) {
      chat.outbox.delete(id); // its item goes with the room's log
    }
  });
  if (chat.current === name) {
    selectRoom([...chat.rooms.keys()].sort()[0] || null);
  } else {
    renderRooms();
  }
}

/** Puts a room on screen (or none, with null), and marks its messages read. */
function selectRoom(name) {
  const room = name === null ? null : chat.rooms.get(name);
  if (name !== null && !room) {
    return; // forgotten meanwhile, by a sign-out
  }
  if (chat.typing.room !== null && chat.typing.room !== name) {
    stopTyping();
  }
  chat.current = name;
  $("messages").replaceChildren(...(room ? [room.log] : []));
  $("messages").scrollTop = $("messages").scrollHeight;
  $("room-name-shown").textContent = room ? "#" + name : "No room";
  if (room) {
    room.unread = 0;
  }
  renderRooms();
  renderMembers();
  renderTyping();
  updateControls();
}

/** Sends a message to the room on screen; the outbox keeps it until the server acknowledges it. */
function sendToRoom(event) {
  event.preventDefault();
  const input = $("message");
  const text = input.value;
  const room = chat.rooms.get(chat.current);
  if (text === "" || !room) {
    return; // a text of spaces does go: the server says what is wrong with it
  }
  stopTyping();
  const item = messageItem("outgoing", chat.nickname, text, new Date().toISOString(), true);
  place(room, item);
  post(EVENTS.CHAT, { room: room.name, text, clientMessageId: newId() }, item, (ack) => acknowledgedInRoom(item, ack));
  input.value = "";
  countChars();
  input.focus();
}

/** The server stored it as ack.seq: the copy it broadcasts (or a history answer) takes the item's place. */
function acknowledgedInRoom(item, ack) {
  const room = chat.rooms.get(ack.room);
  setStatus(item, "acknowledged", "saved as no. " + ack.seq);
  if (!room || room.lastSeq >= ack.seq) {
    item.remove(); // its copy is on screen already
  } else {
    room.awaiting.set(ack.seq, item);
  }
}

function sendPrivately(event) {
  event.preventDefault();
  const to = $("private-to").value.trim();
  const input = $("private-text");
  if (to === "" || input.value === "" || !chat.socket) {
    (to === "" ? $("private-to") : input).focus();
    return;
  }
  const item = privateItem("out", chat.nickname, to, input.value, new Date().toISOString());
  post(EVENTS.PRIVATE, { to, text: input.value, clientMessageId: newId() }, item, (ack) => {
    setStatus(item, "acknowledged", "delivered");
    setTime(item.querySelector("time"), ack.time);
  });
  input.value = "";
  input.focus();
}

function privateReceived(socket, message) {
  if (!chat.privateSeen.has(message.id)) { // the same id twice is the same message
    chat.privateSeen.add(message.id);
    privateItem("in", message.from, message.to, message.text, message.time);
  }
}

/** Keeps a message in the outbox and sends it in its turn; acknowledged(ack) runs once the server has it. */
function post(event, payload, item, acknowledged) {
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
function openOutbox(open) {
  outbox.open = open;
  pumpOutbox();
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

/**
 * Emits event with payload and resolves with the server's {ok: true, ...} answer, or rejects with
 * a Failure: the server's code and sentence, or OFFLINE. Without an answer in ACK_TIMEOUT_MILLIS it
 * asks again while still connected (every request here is safe to repeat), retries times at most.
 */
function request(event, payload, retries = Infinity) {
  const socket = chat.socket;
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      if (!socket || socket !== chat.socket || !socket.connected) {
        reject(new Failure(OFFLINE, "not connected"));
        return;
      }
      socket.timeout(ACK_TIMEOUT_MILLIS).emit(event, payload, (error, ack) => {
        if (error && left > 0 && socket.connected) {
          attempt(left - 1);
        } else if (error) {
          reject(new Failure(socket.connected ? "timeout" : OFFLINE, "no answer from the server"));
        } else if (ack && ack.ok === true) {
          resolve(ack);
        } else {
          reject(new Failure(ack && ack.code, ack && typeof ack.error === "string" ? ack.error : "the server answered " + JSON.stringify(ack),
              ack && ack.retryAfterMs));
        }
      });
    };
    attempt(retries);
  });
}

/** A request that failed: the server's code and sentence, and retryAfterMs when it said when to try again. */
class Failure extends Error {
  constructor(code, message, retryAfterMs) {
    super(message);
    this.code = code;
    this.retryAfterMs = typeof retryAfterMs === "number" ? retryAfterMs : 0;
  }
}

/** Tells the person what failed, unless it failed only because the page is offline: then it is tried again. */
function complain(what, failure) {
  if (failure.code !== OFFLINE) {
    showError(what + ": " + failure.message);
  }
}

function typed() {
  countChars();
  const room = chat.current;
  if (room === null || !isConnected()) {
    return;
  }
  if ($("message").value.trim() === "") {
    stopTyping();
    return;
  }
  if (chat.typing.room !== room || Date.now() - chat.typing.lastSent >= TYPING_RENEW_MILLIS) {
    Object.assign(chat.typing, { room, lastSent: Date.now() });
    request(EVENTS.TYPING, { room, typing: true }, 0).catch(() => {}); // a lost one is renewed soon
  }
  clearTimeout(chat.typing.idle);
  chat.typing.idle = setTimeout(stopTyping, TYPING_IDLE_MILLIS);
}

function stopTyping() {
  clearTimeout(chat.typing.idle);
  const room = chat.typing.room;
  Object.assign(chat.typing, { room: null, lastSent: 0, idle: null });
  if (room !== null && isConnected()) {
    request(EVENTS.TYPING, { room, typing: false }, 0).catch(() => {}); // lost: the others hide it after a while
  }
}

function typingChanged(socket, news) {
  const room = chat.rooms.get(news.room);
  if (!room || news.nickname === chat.nickname) {
    return;
  }
  clearTimeout(room.typists.get(news.nickname));
  room.typists.delete(news.nickname);
  if (news.typing === true) {
    room.typists.set(news.nickname, setTimeout(() => {
      room.typists.delete(news.nickname);
      renderTyping();
    }, TYPING_SHOWN_MILLIS));
  }
  renderTyping();
}

function clearTypists(room) {
  room.typists.forEach((timer) => clearTimeout(timer));
  room.typists.clear();
}

function membersChanged(socket, news) {
  const room = chat.rooms.get(news.room);
  if (!room) {
    return;
  }
  room.members = news.members;
  if (news.joined !== undefined && news.joined !== chat.nickname) {
    place(room, noticeItem("joined", news.joined + " joined #" + room.name));
  }
  if (news.left !== undefined) {
    clearTimeout(room.typists.get(news.left));
    room.typists.delete(news.left);
    place(room, noticeItem("left", news.left + " left #" + room.name));
  }
  renderRooms();
  renderMembers();
  renderTyping();
}

function roomsChanged(socket, news) {
  chat.directory = Array.isArray(news.rooms) ? news.rooms : [];
  renderRooms();
}

async function signIn(event) {
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

/** Opens a Socket.IO connection to the chat's namespace, with who we are in the handshake's auth. */
function connect(config, nickname, token) {
  closeQuietly();
  resetChat();
  chat.clientId = clientIdOfThisTab();
  const url = location.protocol + "//" + location.hostname + ":" + config.socketPort + config.namespace;
  const auth = { nickname, clientId: chat.clientId };
  if (config.tokenRequired) {
    auth.token = token;
  }
  const socket = io(url, {
    auth,
    reconnectionDelayMax: RECONNECTION_DELAY_MAX_MILLIS,
    closeOnBeforeunload: true // reloading or leaving the page closes the connection, so that others see us go at once
  });
  Object.assign(chat, { socket, nickname: nickname.trim(), connects: 0, away: false, refusal: null });
  setState("connecting", "connecting to " + url);
  showSignInForm(false);
  listen(socket);
}

function listen(socket) {
  // Socket.IO takes an exception in a handler for a broken packet and drops the connection: show it instead.
  const ifCurrent = (handle) => (...args) => {
    try {
      if (socket === chat.socket) {
        handle(socket, ...args);
      }
    } catch (error) {
      showError("The page's script failed: " + describe(error));
    }
  };
  socket.on("connect", ifCurrent(connected));
  socket.on("connect_error", ifCurrent(connectFailed));
  socket.on("disconnect", ifCurrent(disconnected));
  socket.on(EVENTS.REFUSED, ifCurrent((s, payload) => { chat.refusal = "The server refused you: " + (payload && payload.message); }));
  socket.on(EVENTS.CHAT, ifCurrent(chatMessage));
  socket.on(EVENTS.MEMBERS, ifCurrent(membersChanged));
  socket.on(EVENTS.ROOMS, ifCurrent(roomsChanged));
  socket.on(EVENTS.TYPING, ifCurrent(typingChanged));
  socket.on(EVENTS.PRIVATE, ifCurrent(privateReceived));
  socket.io.on("reconnect_attempt", ifCurrent((s, attempt) => {
    setState("reconnecting", "reconnecting · attempt " + attempt);
  }));
}

/** On every connect, the first and each reconnect: join every room again, then send what waits in the outbox. */
function connected(socket) {
  chat.connects += 1;
  chat.refusal = null;
  hideError();
  setState("connected", "connected as " + chat.nickname);
  $("chat").hidden = false;
  if (chat.connects > 1) {
    chat.rooms.forEach((room) => place(room, noticeItem("info", "Back: the server sends what you missed.")));
  }
  request(EVENTS.ROOMS, {}).then((ack) => roomsChanged(socket, ack), (failure) => complain("Could not list the rooms", failure));
  const names = chat.rooms.size > 0 ? [...chat.rooms.keys()] : [DEFAULT_ROOM];
  const joins = names.map((name) => joinRoom(name).then(() => {
    if (chat.current === null) {
      selectRoom(name);
    }
  }, (failure) => complain("Could not join #" + name, failure)));
  Promise.all(joins).then(() => {
    if (socket === chat.socket && socket.connected) {
      openOutbox(true); // members again first, or the server refuses them
    }
  });
  $("message").focus();
}

function connectFailed(socket, error) {
  if (socket.active) { // the network, or the server is down: Socket.IO tries again by itself
    $("status-detail").textContent = "could not connect: " + describe(error);
    return;
  }
  const reason = "The server refused you: " + (error && error.message ? error.message : "it gave no reason.");
  if (error && error.data && error.data.field === "nickname") {
    signedOut(null);
    return showNicknameError(reason); // beside the field at fault: the nickname is what to change
  }
  signedOut(reason);
}

function disconnected(socket, reason) {
  openOutbox(false);
  const why = (DISCONNECT_REASONS[reason] || "disconnected") + " (" + reason + ")";
  chat.rooms.forEach(clearTypists);
  Object.assign(chat.typing, { room: null, lastSent: 0 });
  renderTyping();
  if (chat.away) {
    setState("offline", "offline by choice: what others say waits on the server");
  } else if (socket.active) {
    setState("reconnecting", "connection lost: " + why);
  } else {
    signedOut(chat.refusal || "Disconnected: " + why + ".");
    return;
  }
  chat.rooms.forEach((room) => place(room, noticeItem("lost", "Connection lost: " + why + ".")));
}

/** "Go offline" closes the connection but keeps the rooms and the outbox; "Come back" reconnects and catches up. */
function toggleConnection() {
  const socket = chat.socket;
  if (!socket) {
    return;
  }
  chat.away = !chat.away;
  $("toggle-connection").textContent = chat.away ? "Come back" : "Go offline";
  if (chat.away) {
    socket.disconnect();
  } else {
    setState("connecting", "connecting…");
    socket.connect();
  }
}

function signOut() {
  closeQuietly();
  resetChat();
  signedOut(null);
}

/** Not connected, and not trying to: show why, and the sign-in form. */
function signedOut(message) {
  chat.socket = null;
  setState("offline", "offline");
  showSignInForm(true);
  if (message) {
    showError(message);
  }
}

/** Closes the current connection, if any, without reacting to its events. */
function closeQuietly() {
  const socket = chat.socket;
  chat.socket = null;
  if (socket) {
    socket.disconnect();
  }
}

function resetChat() {
  chat.rooms.forEach(clearTypists);
  chat.rooms.clear();
  chat.outbox.clear();
  clearTimeout(outbox.timer);
  Object.assign(outbox, { sending: null, timer: null, open: false });
  chat.privateSeen.clear();
  chat.directory = [];
  chat.current = null;
  chat.away = false;
  clearTimeout(chat.typing.idle);
  chat.typing = { room: null, lastSent: 0, idle: null };
  $("toggle-connection").textContent = "Go offline";
  $("private").replaceChildren();
  selectRoom(null);
}

function renderRooms() {
  const counts = new Map(chat.directory.map((room) => [room.name, room.members]));
  chat.rooms.forEach((room, name) => {
    if (!counts.has(name)) {
      counts.set(name, room.members.length);
    }
  });
  const items = [...counts.keys()].sort().map((name) => roomItem(name, counts.get(name)));
  $("rooms").replaceChildren(...items);
}

function roomItem(name, members) {
  const room = chat.rooms.get(name);
  const item = element("li", "room" + (room ? " joined" : "") + (name === chat.current ? " current" : ""));
  item.dataset.room = name;
  const button = element("button", "name", "#" + name);
  button.type = "button";
  button.title = room ? "Show #" + name : "Join #" + name;
  button.addEventListener("click", () => (room ? selectRoom(name) : joinAndSelect(name).catch(() => {})));
  const count = element("span", "count", members);
  count.title = members + " in the room";
  const unread = element("span", "unread", room ? room.unread : 0);
  unread.title = "unread messages";
  unread.hidden = !room || room.unread === 0;
  item.append(button, count, unread);
  return item;
}

function renderMembers() {
  const room = chat.rooms.get(chat.current);
  const members = room ? room.members : [];
  $("member-count").textContent = String(members.length);
  $("members").replaceChildren(...members.map((nickname) => {
    const item = element("li", "member" + (nickname === chat.nickname ? " me" : ""));
    item.dataset.nickname = nickname;
    const button = element("button", "name", nickname);
    button.type = "button";
    button.title = "Write to " + nickname + " privately";
    button.addEventListener("click", () => {
      $("private-to").value = nickname;
      $("private-text").focus();
    });
    item.append(button);
    if (nickname === chat.nickname) {
      item.append(element("span", "you", "(you)"));
    }
    return item;
  }));
}

function renderTyping() {
  const room = chat.rooms.get(chat.current);
  const names = room ? [...room.typists.keys()].sort() : [];
  const text = names.length === 0 ? ""
    : names.length === 1 ? names[0] + " is typing…"
      : names.length === 2 ? names[0] + " and " + names[1] + " are typing…"
        : names[0] + ", " + names[1] + " and " + (names.length - 2) + " more are typing…";
  $("typing").textContent = text;
}

/** Adds an item to a room's log: messages and notices before our own that wait for their copy. */
function place(room, item) {
  const before = item.classList.contains("outgoing") ? null : room.log.querySelector("li.outgoing");
  const view = $("messages");
  const atBottom = view.scrollHeight - view.scrollTop - view.clientHeight < 40;
  room.log.insertBefore(item, before);
  if (atBottom && room.name === chat.current) {
    view.scrollTop = view.scrollHeight;
  }
  return item;
}

/** A room message ("message"), or one of ours on its way ("outgoing"): sender, time, status, text. */
function messageItem(kind, sender, text, time, mine) {
  const item = element("li", kind + (mine ? " mine" : ""));
  const meta = element("div", "meta");
  meta.append(element("span", "sender", sender), element("time", "time"), element("span", "status"));
  setTime(meta.querySelector("time"), time);
  item.append(meta, element("p", "text", text));
  return item;
}

function privateItem(direction, from, to, text, time) {
  const item = messageItem("private-message", direction === "in" ? from : "to " + to, text, time, direction === "out");
  item.dataset.direction = direction;
  item.dataset.from = from;
  item.dataset.to = to;
  const list = $("private");
  list.append(item);
  list.scrollTop = list.scrollHeight;
  return item;
}

function noticeItem(kind, text) {
  const item = element("li", "notice");
  item.dataset.kind = kind;
  const stamp = element("time", "time");
  setTime(stamp, new Date().toISOString());
  item.append(stamp, element("span", "text", text));
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
  const status = $("status");
  status.dataset.state = name;
  status.dataset.connects = String(chat.connects);
  status.textContent = name;
  $("status-detail").textContent = text;
  updateControls();
}

/** What can be used depends on being signed in and in a room; being offline does not stop writing: the outbox waits. */
function updateControls() {
  const signedIn = chat.socket !== null;
  const inRoom = signedIn && chat.current !== null;
  $("message").disabled = !inRoom;
  $("send").disabled = !inRoom;
  $("leave-room").disabled = !inRoom;
  ["room-name", "join-room", "private-to", "private-text", "private-send"].forEach((id) => { $(id).disabled = !signedIn; });
  $("signout").hidden = !signedIn;
  $("toggle-connection").hidden = !signedIn;
}

function showSignInForm(enabled) {
  $("signin-form").hidden = !enabled;
  ["nickname", "token", "signin"].forEach((id) => { $(id).disabled = !enabled; });
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

function isConnected() {
  return chat.socket !== null && chat.socket.connected;
}

/** This tab's clientId: the server knows a page by it across reconnects and reloads, and stores each message once per clientMessageId. */
function clientIdOfThisTab() {
  try {
    const kept = sessionStorage.getItem(CLIENT_ID_KEY);
    if (kept) {
      return kept;
    }
    const id = newId();
    sessionStorage.setItem(CLIENT_ID_KEY, id);
    return id;
  } catch (error) {
    return newId(); // storage is off: the id lasts as long as the page
  }
}

/** 32 random hex digits; crypto.getRandomValues works on plain http too, randomUUID does not. */
function newId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
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
  $("nickname-rule").textContent = "The server checks the nickname: 1 to " + config.maxNicknameChars
    + " characters, and nobody else online uses it.";
  $("room-rule").textContent = "1 to 24 of a-z, 0-9, - and _; the server lower-cases it. Joining shows its last "
    + config.historySize + " messages.";
  chat.maxPayloadBytes = config.maxPayloadBytes;
  $("message").maxLength = config.maxTextChars;
  $("private-text").maxLength = config.maxTextChars;
  countChars();
}

/** Without its Socket.IO client the page cannot connect: say why, plainly, instead of failing later. */
function unavailable(message) {
  $("signin").disabled = true;
  $("status-detail").textContent = "no Socket.IO client";
  showError(message);
}

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

function hideError() {
  $("error").hidden = true;
  $("error").textContent = "";
  showNicknameError("");
}

/** Shows why the nickname was refused under its field (the field's aria-describedby names it), or clears it. */
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

function describe(error) {
  return error && error.message ? error.message : String(error);
}

$("signin-form").addEventListener("submit", signIn);
$("join-form").addEventListener("submit", joinFromForm);
$("composer").addEventListener("submit", sendToRoom);
$("private-form").addEventListener("submit", sendPrivately);
$("message").addEventListener("input", typed);
$("leave-room").addEventListener("click", leaveCurrentRoom);
$("signout").addEventListener("click", signOut);
$("toggle-connection").addEventListener("click", toggleConnection);
window.addEventListener("error", (event) => showError("The page's script failed: " + event.message));
window.addEventListener("unhandledrejection", (event) => showError("The page's script failed: " + describe(event.reason)));
updateControls();
if (window.SOCKET_IO_MISSING) {
  unavailable(String(window.SOCKET_IO_MISSING));
} else if (typeof io !== "function") {
  unavailable("The Socket.IO browser client did not load from " + CLIENT_URL + ", so the page cannot connect. "
    + "Is the server still running? Reload the page to try again.");
} else {
  loadConfig().then(applyConfig, (error) => showError("Could not load /api/config: " + describe(error)));
}
