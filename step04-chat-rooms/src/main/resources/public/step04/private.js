// Private messages: to one person, and from anyone, in the page's private list.

import { $, setStatus, setTime } from "./workbook.js";
import { chat, EVENTS, newId } from "./chat.js";
import { messageItem } from "./messages-view.js";
import { post } from "./outbox.js";

export function sendPrivately(event) {
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

/** A private message to us, shown once: the same id twice is the same message. */
export function privateReceived(socket, message) {
  if (!chat.privateSeen.has(message.id)) {
    chat.privateSeen.add(message.id);
    privateItem("in", message.from, message.to, message.text, message.time);
  }
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
