// "Is typing": saying so while we type in a room, and showing who else types in the room on screen.

import { $ } from "./workbook.js";
import { chat, EVENTS, isConnected } from "./chat.js";
import { request } from "./requests.js";

/** While someone types, the page says so at most this often... */
const TYPING_RENEW_MILLIS = 2000;
/** ...and says they stopped after this long without a key. */
const TYPING_IDLE_MILLIS = 3000;
/** Someone else's "is typing" goes away without a renewal in this long: their "stopped" may never come. */
const TYPING_SHOWN_MILLIS = 6000;

/** A key in the message field: say we type, renewed every so often, and that we stopped once it is empty or idle. */
export function typed() {
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

export function stopTyping() {
  clearTimeout(chat.typing.idle);
  const room = chat.typing.room;
  Object.assign(chat.typing, { room: null, lastSent: 0, idle: null });
  if (room !== null && isConnected()) {
    request(EVENTS.TYPING, { room, typing: false }, 0).catch(() => {}); // lost: the others hide it after a while
  }
}

/** Someone in one of our rooms started or stopped typing. */
export function typingChanged(socket, news) {
  const room = chat.rooms.get(news.room);
  if (!room || news.nickname === chat.nickname) {
    return;
  }
  forgetTypist(room, news.nickname);
  if (news.typing === true) {
    room.typists.set(news.nickname, setTimeout(() => {
      room.typists.delete(news.nickname);
      renderTyping();
    }, TYPING_SHOWN_MILLIS));
  }
  renderTyping();
}

export function forgetTypist(room, nickname) {
  clearTimeout(room.typists.get(nickname));
  room.typists.delete(nickname);
}

export function clearTypists(room) {
  room.typists.forEach((timer) => clearTimeout(timer));
  room.typists.clear();
}

export function renderTyping() {
  const room = chat.rooms.get(chat.current);
  const names = room ? [...room.typists.keys()].sort() : [];
  const text = names.length === 0 ? ""
    : names.length === 1 ? names[0] + " is typing…"
      : names.length === 2 ? names[0] + " and " + names[1] + " are typing…"
        : names[0] + ", " + names[1] + " and " + (names.length - 2) + " more are typing…";
  $("typing").textContent = text;
}
