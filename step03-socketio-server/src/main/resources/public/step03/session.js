// The chat as this page sees it: the connection, and our own messages on their way.

/**
 * socket: the current connection; events from older ones are ignored. nickname: ours, as the
 * server shows it (it trims). connects: how often this socket connected, so that 2 and more are
 * reconnections. refusal: the reason of a 'refused' event, shown when the disconnect that follows
 * it comes.
 */
export const session = { socket: null, nickname: null, connects: 0, refusal: null };

/**
 * Our messages to everyone come back to us as 'chat message' events, and each takes the place of
 * its copy, in the order the server sent them. A copy is ours when its id is the one our ack
 * brought, and over long polling the copy may come before the ack: while some of ours are not
 * acknowledged, copies from our nickname wait hidden in held; acknowledged messages whose copy has
 * not come yet wait in acknowledged. Both are keyed by id.
 */
export const ownCopies = { unacknowledged: 0, held: new Map(), acknowledged: new Map() };
