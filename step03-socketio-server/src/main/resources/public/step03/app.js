// The step 03 chat page: joins step 03's Socket.IO chat with the official browser client, sends
// each message with an acknowledgement, and leaves reconnecting, and sending again what was not
// acknowledged, to Socket.IO itself (its ackTimeout and retries). This module only wires the page:
// connection.js opens the connection and reads its events, ack.js is the exercise (3.6),
// messages.js follows our messages and shows everyone's, session.js holds the state, view.js shows it.

import { $, describe, loadConfig, reportScriptFailures, showError } from "./workbook.js";
import { join, leave } from "./connection.js";
import { send } from "./messages.js";
import { session } from "./session.js";
import { applyConfig, unavailable, updateCharCount } from "./view.js";

/** Where the page loads the Socket.IO browser client from: the build copies it there from npm. */
const CLIENT_URL = "/vendor/socket.io.min.js";

$("join-form").addEventListener("submit", join);
$("composer").addEventListener("submit", send);
$("message").addEventListener("input", updateCharCount);
$("leave").addEventListener("click", leave);
reportScriptFailures();
if (window.SOCKET_IO_MISSING) {
  unavailable(String(window.SOCKET_IO_MISSING));
} else if (typeof io !== "function") {
  unavailable("The Socket.IO browser client did not load from " + CLIENT_URL + ", so the page cannot connect. "
    + "Is the server still running? Reload the page to try again.");
} else {
  loadConfig().then(applyConfig, (error) => showError("Could not load /api/config: " + describe(error)));
}

/** The page's one hook for tests: its current Socket.IO socket, to make an outage the way a network would. */
window.chatPage = Object.freeze({ socket: () => session.socket });
