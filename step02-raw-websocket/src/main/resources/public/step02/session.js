// The chat as this page sees it: who we are, the connection, and our messages not yet sent back.

import { setStatus, showError, showFieldError } from "./workbook.js";
import { setState, showJoinForm } from "./view.js";

/** The close code the page sends when you leave, from RFC 6455 section 7.4.1. */
const NORMAL_CLOSURE = 1000;

/**
 * nickname: who we are, from the last welcome; null before the first one and after Leave, and
 * only while it is set does a dropped connection reconnect. attempt: reconnect attempts since the
 * last welcome. socket: the current connection; events from older ones are ignored. timer: a
 * pending reconnect or rejoin, which Leave cancels; countdown: the wait shown meanwhile.
 */
export const session = { nickname: null, attempt: 0, socket: null, timer: null, countdown: null, rejoinRetried: false };
/** Our messages the server has not sent back yet, by clientId, oldest first. */
export const pending = new Map();

export function sendJoin(socket, nickname) {
  socket.send(JSON.stringify({ type: "join", nickname }));
}

/** Marks every message still waited for as not delivered, and stops waiting for them. */
export function failPending(text) {
  pending.forEach((item) => setStatus(item, "failed", text));
  pending.clear();
}

export function stopTimers() {
  clearTimeout(session.timer);
  clearInterval(session.countdown);
  session.timer = null;
  session.countdown = null;
}

/** Closes the current connection, if any, without reacting to its close event. */
export function closeQuietly(reason) {
  stopTimers();
  const socket = session.socket;
  session.socket = null;
  if (socket) {
    socket.close(NORMAL_CLOSURE, reason);
  }
}

/** Not joined, and not trying to: show why, and the join form. */
export function joinFailed(message) {
  session.nickname = null;
  goOffline();
  showJoinForm(true);
  showError(message);
}

/** The first join was refused, or a rejoin for good: close, and let the user pick another nickname, the reason next to it. */
export function joinRefused(text) {
  closeQuietly("join refused");
  joinFailed("");
  showFieldError("nickname", text);
}

/** Offline: no timer left running, and the state says so. */
export function goOffline() {
  stopTimers();
  setState("offline", "offline");
}
