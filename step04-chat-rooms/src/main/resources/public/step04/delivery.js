// Exercise 4.7: every room message reaches the screen once and in seq order, whatever the network does.

import { describe, showError } from "./workbook.js";
import { chat, EVENTS } from "./chat.js";
import { show } from "./messages-view.js";
import { complain, request } from "./requests.js";

/**
 * Shows a room message once, in seq order. Every room message comes through here: live ones, those
 * in a join's answer, and those in a history answer. room.lastSeq is the seq of the last message
 * shown in the room; show(room, message) puts one on screen; askHistory(room) asks the server for
 * every message after room.lastSeq and hands each of them to receive.
 */
export function receive(message) {
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

/** Asks for what came after room.lastSeq; again while the server has more, or a gap came meanwhile. */
export function askHistory(room) {
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

/** A live room message; while a join is on its way it waits, so that the join's answer comes first. */
export function chatMessage(socket, message) {
  const room = chat.rooms.get(message && message.room);
  if (room && room.held) {
    room.held.push(message);
    return;
  }
  deliver(message);
}

/** Hands each message of a join's or a history's answer to receive, in the answer's order. */
export function deliverAll(messages) {
  (Array.isArray(messages) ? messages : []).forEach(deliver);
}

/** The network as receive meets it: by default each message passes once, as it came. */
let network = (message, pass) => pass(message);

/**
 * Puts another network between the page and receive: faulty(message, pass) calls pass once for
 * each copy it lets through. The browser tests' seam, to play a network that repeats or loses messages.
 */
export function useNetwork(faulty) {
  network = faulty;
}

/** Hands a message to receive, through the network, and shows what goes wrong there rather than break the connection. */
function deliver(message) {
  network(message, (copy) => {
    try {
      receive(copy);
    } catch (error) {
      showError("The page could not show a message: " + describe(error));
    }
  });
}
