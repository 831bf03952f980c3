// The step 02 chat page: joins step 02's chat server with the browser's own WebSocket, speaks its
// JSON envelopes, and reconnects by itself when the connection drops. This module only wires the
// page: connection.js opens and closes the WebSocket, reconnect.js is the exercise (2.5),
// envelopes.js reads and writes the envelopes, session.js holds the chat's state, view.js shows it.

import { $, describe, loadConfig, reportScriptFailures, showError } from "./workbook.js";
import { join, leave } from "./connection.js";
import { send } from "./envelopes.js";
import { applyLimits, updateCharCount } from "./view.js";

$("join-form").addEventListener("submit", join);
$("composer").addEventListener("submit", send);
$("message").addEventListener("input", updateCharCount);
$("leave").addEventListener("click", leave);
reportScriptFailures();
loadConfig().then(applyLimits, (error) => showError("Could not load /api/config: " + describe(error)));
