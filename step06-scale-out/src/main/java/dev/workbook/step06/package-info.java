/**
 * Step 06: step 04's chat on several nodes that share one Redis.
 *
 * <pre>
 *   client ── node 1 (ChatNode) ─┐                     ┌─ node 2 (ChatNode) ── client
 *              │ stores with     │   Redis             │ FeedReader hears the feed,
 *              │ RoomStreams ────┼─▶ chat:room:{name}  │ NodeRooms sends what its
 *              │ (one script)    │   chat:feed ────────┼─▶ members were not sent yet
 *              └ NodeStoreFactory┴── pub/sub (typing, presence) ──┘
 * </pre>
 *
 * {@link dev.workbook.step06.RoomStreams} numbers and keeps each room's messages in a Redis stream;
 * {@link dev.workbook.step06.NodeRooms} sends every message to a node's own members once and in order,
 * whichever node stored it; {@link dev.workbook.step06.SharedHistory} answers joins and catch-ups up
 * to what the node has sent. {@code SharedNicknames}, {@code SharedPresence},
 * {@code SharedRateLimits} and {@code NodeConnections} keep step 04's
 * nicknames, members lists, rate limits and private messages across nodes, each entry held by its node's
 * {@code NodeLease}. See docs/step06-scale-out.md.
 */
package dev.workbook.step06;
