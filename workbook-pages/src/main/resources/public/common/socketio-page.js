// What the workbook's Socket.IO pages (steps 03 and 04) share: their start once the client is in, where the chat is,
// which events count, and a disconnect in words.

import { describe, loadConfig, showError } from "./workbook.js";

/** Where the pages load the Socket.IO browser client from: the build copies it there from npm. */
const CLIENT_URL = "/vendor/socket.io.min.js";

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

/**
 * Starts the page with its server's /api/config once the Socket.IO browser client is in; without
 * the client the page cannot connect, so unavailable(message) says why, plainly, instead of a
 * failure later.
 */
export function startWithClient(start, unavailable) {
  if (window.SOCKET_IO_MISSING) {
    unavailable(String(window.SOCKET_IO_MISSING));
  } else if (typeof io !== "function") {
    unavailable("The Socket.IO browser client did not load from " + CLIENT_URL + ", so the page cannot connect. "
      + "Is the server still running? Reload the page to try again.");
  } else {
    loadConfig().then(start, (error) => showError("Could not load /api/config: " + describe(error)));
  }
}
