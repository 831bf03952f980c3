// The composer: writing to the room on screen, and what becomes of our message once the server has it.

import { $, setStatus } from "./workbook.js";
import { chat, EVENTS, newId } from "./chat.js";
import { messageItem, place } from "./messages-view.js";
import { post } from "./outbox.js";
import { stopTyping } from "./typing.js";

/** Sends a message to the room on screen; the outbox keeps it until the server acknowledges it. */
export function sendToRoom(event) {
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

/** "12 / 500" under the message field, marked once it nears the limit. */
export function countChars() {
  const max = $("message").maxLength;
  const used = $("message").value.length;
  $("chars").textContent = used + " / " + max;
  $("chars").classList.toggle("near", used > max * 0.9);
}
