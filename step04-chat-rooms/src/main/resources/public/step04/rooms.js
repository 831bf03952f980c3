// The rooms this page is in: joining (again, after a reconnect, with what was missed), leaving, and the one on screen.

import { $, hideError } from "./workbook.js";
import { chat, EVENTS, isConnected } from "./chat.js";
import { askHistory, deliverAll } from "./delivery.js";
import { renderMembers } from "./members.js";
import { newLog } from "./messages-view.js";
import { renderRooms } from "./room-list.js";
import { updateControls } from "./status.js";
import { clearTypists, renderTyping, stopTyping } from "./typing.js";
import { complain, request } from "./requests.js";

/**
 * A room this page is in. lastSeq: the seq of the last message shown (see receive in delivery.js);
 * null until the first join answers. held: live messages that came while a join was on its way,
 * shown after its answer (null when no join is). fetching, fetchAgain: a history request is on its
 * way, and another is needed after it. awaiting: our own messages, acknowledged, by seq, until
 * their copy shows. log: the room's list of messages.
 */
function newRoom(name) {
  return {
    name, lastSeq: null, held: null, joining: null, fetching: false, fetchAgain: false, unread: 0,
    members: [], typists: new Map(), awaiting: new Map(), log: newLog(name)
  };
}

/**
 * Joins a room, or joins it again after a reconnect: with {after: lastSeq} the answer holds just
 * what was missed; the first time, the latest messages. Resolves with the room; one join at a time.
 */
export function joinRoom(name) {
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

export function joinFromForm(event) {
  event.preventDefault();
  const name = $("room-name").value.trim().toLowerCase(); // as the server does, to find the room in our list
  if (name === "" || !chat.socket) {
    return;
  }
  hideError();
  joinAndSelect(name).then(() => { $("room-name").value = ""; }, () => {});
}

export function joinAndSelect(name) {
  if (chat.rooms.has(name) && chat.rooms.get(name).lastSeq !== null) {
    selectRoom(name);
    return Promise.resolve();
  }
  return joinRoom(name).then((room) => selectRoom(room.name),
      (failure) => { complain("Could not join #" + name, failure); throw failure; });
}

export function leaveCurrentRoom() {
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
export function selectRoom(name) {
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
