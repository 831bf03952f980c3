// The session: one Socket.IO connection, signed in as a nickname; every (re)connect joins the rooms again, then opens the outbox.

import { $, describe, showError } from "./workbook.js";
import { disconnectReason, namespaceUrl, whileCurrent } from "./socketio-page.js";
import { chat, EVENTS, newId } from "./chat.js";
import { chatMessage } from "./delivery.js";
import { membersChanged } from "./members.js";
import { noticeItem, place } from "./messages-view.js";
import { emptyOutbox, openOutbox } from "./outbox.js";
import { privateReceived } from "./private.js";
import { roomsChanged } from "./room-list.js";
import { joinRoom, selectRoom } from "./rooms.js";
import { complain, request } from "./requests.js";
import { hideErrors, showNicknameError, showSignInForm } from "./sign-in.js";
import { setState } from "./status.js";
import { clearTypists, renderTyping, typingChanged } from "./typing.js";

/** Socket.IO waits 1 s, 2 s, 4 s... between attempts; capped low so that a restarted server is found fast. */
const RECONNECTION_DELAY_MAX_MILLIS = 2000;
/** The room every page joins when it signs in. */
const DEFAULT_ROOM = "general";
/** Where the tab keeps its clientId: sessionStorage survives a reload but is not shared with other tabs. */
const CLIENT_ID_KEY = "workbook.step04.clientId";
/** What else wants each new connection before it connects: step 06's page fails over to another node. */
const connectingHooks = [];

/** Calls hook(socket, config) with each new connection, before it connects. */
export function onConnecting(hook) {
  connectingHooks.push(hook);
}

/** Opens a Socket.IO connection to the chat's namespace, with who we are in the handshake's auth. */
export function connect(config, nickname, token) {
  closeQuietly();
  resetChat();
  chat.clientId = clientIdOfThisTab();
  const url = namespaceUrl(config);
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
  connectingHooks.forEach((hook) => hook(socket, config));
}

function listen(socket) {
  const ifCurrent = whileCurrent(socket, (s) => s === chat.socket);
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
  hideErrors();
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
      $("message").focus({ preventScroll: true }); // signed in: what comes next is writing
      $("room-card").scrollIntoView({ block: "nearest" }); // the room and its composer, on a phone's screen too
    }
  }, (failure) => complain("Could not join #" + name, failure)));
  Promise.all(joins).then(() => {
    if (socket === chat.socket && socket.connected) {
      openOutbox(true); // members again first, or the server refuses them
    }
  });
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
  const why = disconnectReason(reason, "you went offline");
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
export function toggleConnection() {
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

export function signOut() {
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
  emptyOutbox();
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
