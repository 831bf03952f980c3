// The page's WebSocket: opening it, joining on it, and what happens when it closes.

import { $, closeCodeName, describe, loadConfig } from "./workbook.js";
import { received } from "./envelopes.js";
import { reconnectLater } from "./reconnect.js";
import { closeQuietly, failPending, goOffline, joinFailed, sendJoin, session, stopTimers } from "./session.js";
import { addNotice, clearErrors, setState, showJoinForm, showOnline } from "./view.js";

/** Hints for a close before the server's welcome, by close code. */
const CLOSE_HINTS = { 1006: " Is the chat server running?", 1011: " The server's log says why." };

/** The join form's submit: joins under the nickname typed. */
export function join(event) {
  event.preventDefault();
  clearErrors();
  connect($("nickname").value); // the server trims it and says what is wrong with it, if anything
}

/** Opens a connection and joins as nickname once it is open. */
async function connect(nickname) {
  stopTimers();
  setState("connecting", session.nickname ? "reconnecting…" : "connecting…");
  showJoinForm(false);
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    return joinFailed("Could not load /api/config: " + describe(error));
  }
  const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.hostname + ":" + config.webSocketPort + "/";
  const socket = new WebSocket(url);
  session.socket = socket;
  $("state-detail").textContent = url;
  const ifCurrent = (handle) => (event) => socket === session.socket && handle(event, socket);
  socket.onopen = ifCurrent(() => sendJoin(socket, nickname));
  socket.onmessage = ifCurrent((event) => received(event.data));
  socket.onclose = ifCurrent(closed);
}

function closed(event) {
  session.socket = null;
  const how = "code " + event.code + closeCodeName(event.code) + (event.reason ? ", reason “" + event.reason + "”" : "");
  if (session.nickname === null) {
    return joinFailed("The connection closed before the server welcomed you: " + how + "." + (CLOSE_HINTS[event.code] || ""));
  }
  failPending("not delivered: connection lost");
  if ($("state").dataset.state === "online") {
    addNotice("lost", "Connection lost: " + how + ".");
  }
  $("state-detail").textContent = "attempt " + (session.attempt + 1) + " · last close: " + how;
  try {
    session.timer = reconnectLater(session, { waiting: showCountdown, rejoin: connect });
  } catch (error) {
    joinFailed("Reconnect failed: " + describe(error));
  }
}

/** The Leave button: closes, and does not come back. */
export function leave() {
  const nickname = session.nickname;
  session.nickname = null;
  closeQuietly("left the chat");
  failPending("not delivered: you left");
  goOffline();
  showOnline([], null);
  showJoinForm(true);
  clearErrors();
  if (nickname !== null) {
    addNotice("info", "You left the chat.");
  }
}

/** Shows "reconnecting in N s", counting down until the wait of millis is over. */
function showCountdown(millis) {
  const until = Date.now() + millis;
  const tick = () => setState("reconnecting", "reconnecting in " + Math.max(0, Math.ceil((until - Date.now()) / 1000)) + " s");
  clearInterval(session.countdown);
  tick();
  session.countdown = setInterval(tick, 200);
}
