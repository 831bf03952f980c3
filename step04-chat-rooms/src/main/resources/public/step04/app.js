// The step 04 chat page: rooms, members, typing, private messages, on the official Socket.IO
// browser client. Nothing is lost across a reconnect: the page remembers the last seq it showed in
// each room and joins again with {after: lastSeq}, and it keeps what it sent in an outbox until the
// server acknowledges it, sending one message at a time, in the order written, again with the same
// clientMessageId after a drop (the server stores it once), and after a rate limit's retryAfterMs.
//
// This module only wires the page. session.js holds the connection; rooms.js, room-list.js,
// members.js and typing.js the rooms; delivery.js, the exercise (4.7), shows each room message once
// and in order, in messages-view.js; composer.js, private.js and outbox.js send.

import { $, describe, reportScriptFailures, showError } from "./workbook.js";
import { startWithClient } from "./socketio-page.js";
import { chat } from "./chat.js";
import { countChars, sendToRoom } from "./composer.js";
import { sendPrivately } from "./private.js";
import { joinFromForm, leaveCurrentRoom } from "./rooms.js";
import { signOut, toggleConnection } from "./session.js";
import { signIn } from "./sign-in.js";
import { updateControls } from "./status.js";
import { typed } from "./typing.js";

/** The server's limits and rules, from /api/config, in the fields and the sentences that state them. */
function applyConfig(config) {
  $("token-field").hidden = !config.tokenRequired;
  $("nickname-rule").textContent = "The server checks the nickname: 1 to " + config.maxNicknameChars
    + " characters, and nobody else online uses it.";
  $("room-rule").textContent = "1 to 24 of a-z, 0-9, - and _; the server lower-cases it. Joining shows its last "
    + config.historySize + " messages.";
  chat.maxPayloadBytes = config.maxPayloadBytes;
  $("message").maxLength = config.maxTextChars;
  $("private-text").maxLength = config.maxTextChars;
  countChars();
  startExtensions(config);
}

/** The page's extra modules, when its server names some (step 06's nodes.js): each exports start(config). */
function startExtensions(config) {
  (Array.isArray(config.modules) ? config.modules : []).forEach((name) => {
    import("./" + name).then((module) => module.start(config), (error) => showError("Could not load " + name + ": " + describe(error)));
  });
}

/** Without its Socket.IO client the page cannot connect: say why, plainly, instead of failing later. */
function unavailable(message) {
  $("signin").disabled = true;
  $("status-detail").textContent = "no Socket.IO client";
  showError(message);
}

$("signin-form").addEventListener("submit", signIn);
$("join-form").addEventListener("submit", joinFromForm);
$("composer").addEventListener("submit", sendToRoom);
$("private-form").addEventListener("submit", sendPrivately);
$("message").addEventListener("input", () => {
  countChars();
  typed();
});
$("leave-room").addEventListener("click", leaveCurrentRoom);
$("signout").addEventListener("click", signOut);
$("toggle-connection").addEventListener("click", toggleConnection);
reportScriptFailures();
updateControls();
startWithClient(applyConfig, unavailable);

/** The page's one hook for tests: its current Socket.IO socket, to change how soon it reconnects. */
window.chatPage = Object.freeze({ socket: () => chat.socket });
