// The chat as this page sees it: the state every module shares, and the server's event names.

/** The chat's events, as the server names them (the lesson's tables of events). */
export const EVENTS = Object.freeze({
  ROOMS: "rooms", JOIN: "join", LEAVE: "leave", HISTORY: "history", CHAT: "chat message",
  TYPING: "typing", PRIVATE: "private message", MEMBERS: "members", REFUSED: "refused"
});

/**
 * socket: the current connection; events from older ones are ignored. connects: how often it
 * connected (2 and more are reconnections). away: the person chose "Go offline". directory: every
 * room the server lists, with its member count. rooms: the rooms this page is in (see newRoom in
 * rooms.js). outbox: what we wrote and the server has not acknowledged yet, by clientMessageId, in
 * the order it was written (see outbox.js). typing: where we last said we are typing, and when.
 * maxPayloadBytes: the transport's limit, from /api/config.
 */
export const chat = {
  socket: null, nickname: null, clientId: null, connects: 0, away: false, refusal: null,
  directory: [], rooms: new Map(), current: null, outbox: new Map(), privateSeen: new Set(),
  typing: { room: null, lastSent: 0, idle: null }, maxPayloadBytes: Infinity
};

export function isConnected() {
  return chat.socket !== null && chat.socket.connected;
}

/** 32 random hex digits; crypto.getRandomValues works on plain http too, randomUUID does not. */
export function newId() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}
