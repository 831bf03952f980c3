// The handshake inspector: connects to step 01's hand-written echo server and shows, from the
// transcript that server recorded, what crossed the wire. This module only wires the page:
// connect.js is the exercise (1.10), transcript.js, http-view.js and frames-view.js show what
// the server recorded.

import { $, closeCodeName, describe, element, hideError, loadConfig, reportScriptFailures, showError } from "./workbook.js";
import { openSocket } from "./connect.js";
import { placeholderRow } from "./frames-view.js";
import { countSentData, refreshTranscript } from "./transcript.js";

/** The connection the page shows; callbacks from older sockets are ignored. */
let current = null;

async function connect() {
  resetViews();
  setState("connecting", "connecting…");
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    return notConnected("Could not load /api/config: " + describe(error));
  }
  const connection = { session: newSessionId(), socket: null, opened: false, echoes: 0, asked: false, isComplete: null, refreshing: null };
  const url = "ws://" + location.hostname + ":" + config.webSocketPort + "/?session=" + connection.session;
  current = connection;
  $("url").textContent = url;
  $("url").hidden = false;
  try {
    connection.socket = openSocket(url, callbacksFor(connection));
    if (!(connection.socket instanceof WebSocket)) {
      throw new Error("openSocket(url, ui) must return the WebSocket it opened.");
    }
  } catch (error) {
    current = null;
    notConnected("Connect failed: " + describe(error));
  }
}

function callbacksFor(connection) {
  const ifCurrent = (action) => (...args) => {
    if (connection === current) {
      action(...args);
    }
  };
  return {
    opened: ifCurrent(() => {
      connection.opened = true;
      setState("open", "open");
      addLog("info", "connected", "handshake done; the connection now speaks WebSocket");
      refresh(connection, () => true);
      $("message").focus();
    }),
    received: ifCurrent((data) => {
      connection.echoes += 1;
      addLog("echo", "echo", typeof data === "string" ? data : "[a binary message]");
      refresh(connection, (t) => countSentData(t) >= connection.echoes || t.framesLeftOut > 0); // past the cap, no more come
    }),
    closed: ifCurrent((code, reason) => {
      const why = reason ? ", reason: “" + reason + "”" : ", no reason given";
      setState("closed", "closed · code " + code + closeCodeName(code) + why);
      addLog("info", "closed", "code " + code + closeCodeName(code) + why);
      refresh(connection, (t) => !connection.opened
        || t.frames.some((f) => f.direction === "SENT" && f.opcodeName === "CLOSE"));
    }),
    failed: ifCurrent((description) => showError(description))
  };
}

/** Shows the transcript again, until isComplete(transcript); a refresh asked for meanwhile joins the running one. */
function refresh(connection, isComplete) {
  connection.isComplete = isComplete;
  connection.asked = true;
  if (!connection.refreshing) {
    connection.refreshing = refreshTranscript(connection, () => connection === current)
      .finally(() => { connection.refreshing = null; });
  }
}

function disconnect() {
  if (current && current.socket) {
    setState("closing", "closing…");
    current.socket.close(1000, "the learner clicked Disconnect");
  }
}

async function send(event) {
  event.preventDefault();
  const text = $("message").value;
  if (!current || !current.socket || text === "") {
    return;
  }
  const config = await loadConfig();
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > config.maxMessageBytes) {
    showError("That message is " + bytes + " bytes; the server accepts at most " + config.maxMessageBytes + ".");
    return;
  }
  current.socket.send(text);
  addLog("sent", "you sent", text);
  $("message").value = "";
  $("message").focus();
}

function addLog(kind, label, text) {
  const item = element("li", kind);
  item.append(element("span", "label", label), element("span", "text", text));
  const log = $("log");
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

function setState(name, text) {
  const state = $("state");
  state.dataset.state = name;
  state.textContent = text;
  const open = name === "open";
  const busy = name === "connecting" || name === "open" || name === "closing";
  $("connect").disabled = busy;
  $("disconnect").disabled = !busy || name === "closing";
  $("message").disabled = !open;
  $("send").disabled = !open;
}

function notConnected(message) {
  setState("error", "not connected");
  showError(message);
  for (const id of ["request", "response"]) {
    $(id).textContent = "No handshake: the page did not connect.";
  }
}

function resetViews() {
  hideError();
  $("url").hidden = true;
  $("log").replaceChildren();
  for (const id of ["request", "response"]) {
    $(id).textContent = "Waiting for the handshake…";
    $(id).classList.add("empty");
  }
  $("frame-rows").replaceChildren(placeholderRow("No frames yet."));
}

function newSessionId() {
  if (window.crypto && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID(); // only on https and localhost pages
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

$("connect").addEventListener("click", connect);
$("disconnect").addEventListener("click", disconnect);
$("send-form").addEventListener("submit", send);
reportScriptFailures();

/** The page's one hook for tests: the WebSocket it shows now, to send what the page's form would refuse. */
window.inspectorPage = Object.freeze({ socket: () => (current ? current.socket : null) });
