// A room's messages on screen: each message, our own on their way, and notices, in the room's list.

import { $, element, setTime } from "./workbook.js";
import { chat } from "./chat.js";
import { renderRooms } from "./room-list.js";

/** Puts a room message on screen, in the place of our own copy that waited for it; counts it unread in a room not on screen. */
export function show(room, message) {
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

/** A room's list of messages, shown in the scrolling #messages while the room is on screen. */
export function newLog(name) {
  const log = element("ol", "log");
  log.dataset.room = name;
  return log;
}

/** Adds an item to a room's log: messages and notices before our own that wait for their copy. */
export function place(room, item) {
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
export function messageItem(kind, sender, text, time, mine) {
  const item = element("li", kind + (mine ? " mine" : ""));
  const meta = element("div", "meta");
  meta.append(element("span", "sender", sender), element("time", "time"), element("span", "status"));
  setTime(meta.querySelector("time"), time);
  item.append(meta, element("p", "text", text));
  return item;
}

/** A line about the room rather than a message in it: someone joined or left, the connection went or came back. */
export function noticeItem(kind, text) {
  const item = element("li", "notice");
  item.dataset.kind = kind;
  const stamp = element("time", "time");
  setTime(stamp, new Date().toISOString());
  item.append(stamp, element("span", "text", text));
  return item;
}
