// The step 03 chat page: joins step 03's Socket.IO chat with the official browser client, sends
// each message with an acknowledgement, and leaves reconnecting, and sending again what was not
// acknowledged, to Socket.IO itself (its ackTimeout and retries). This module only wires the page:
// connection.js opens the connection and reads its events, ack.js is the exercise (3.6),
// messages.js follows our messages and shows everyone's, session.js holds the state, view.js shows it.

import { $, reportScriptFailures } from "./workbook.js";
import { startWithClient } from "./socketio-page.js";
import { join, leave } from "./connection.js";
import { send } from "./messages.js";
import { session } from "./session.js";
import { applyConfig, unavailable, updateCharCount } from "./view.js";

$("join-form").addEventListener("submit", join);
$("composer").addEventListener("submit", send);
$("message").addEventListener("input", updateCharCount);
$("leave").addEventListener("click", leave);
reportScriptFailures();
startWithClient(applyConfig, unavailable);

/** The page's one hook for tests: its current Socket.IO socket, to make an outage the way a network would. */
window.chatPage = Object.freeze({ socket: () => session.socket });
