// What the workbook's Socket.IO pages (steps 03 and 04) share: where the chat is, which events count, and a disconnect in words.

import { describe, showError } from "./workbook.js";

/** The reasons Socket.IO gives for a disconnect, in words; the page's own ("io client disconnect") it names itself. */
const DISCONNECT_REASONS = Object.freeze({
  "io server disconnect": "the server closed the connection",
  "ping timeout": "the server stopped sending its heartbeat",
  "transport close": "the connection was closed",
  "transport error": "the connection failed",
  "parse error": "the server sent something the client could not read"
});

/** The chat's namespace on this page's own host, at the Socket.IO port the server's /api/config gives. */
export function namespaceUrl(config) {
  return location.protocol + "//" + location.hostname + ":" + config.socketPort + config.namespace;
}

/** "the connection was closed (transport close)"; ownWords is what the page calls its own disconnect. */
export function disconnectReason(reason, ownWords) {
  const words = reason === "io client disconnect" ? ownWords : DISCONNECT_REASONS[reason];
  return (words || "disconnected") + " (" + reason + ")";
}

/**
 * Wraps a socket's handlers so that only the current connection's events count (an old one may still
 * speak after a new one opened), and a handler that throws is shown on the page: Socket.IO would take
 * the exception for a broken packet and drop the connection.
 */
export function whileCurrent(socket, isCurrent) {
  return (handle) => (...args) => {
    try {
      if (isCurrent(socket)) {
        handle(socket, ...args);
      }
    } catch (error) {
      showError("The page's script failed: " + describe(error));
    }
  };
}
