"use strict";

// The handshake inspector: connects to step 01's hand-written echo server and shows, from the
// transcript that server recorded, what crossed the wire. Everything that comes from the network
// is shown with textContent, never parsed as HTML.

/** Names for close codes, from RFC 6455 section 7.4.1. */
const CLOSE_CODES = {
  1000: "normal closure", 1001: "going away", 1002: "protocol error", 1003: "unsupported data",
  1005: "no code in the close frame", 1006: "closed without a close frame", 1007: "invalid payload data",
  1008: "policy violation", 1009: "message too big", 1010: "extension missing", 1011: "internal server error",
  1015: "TLS handshake failed"
};
/** The server records each frame before sending it; retries only cover a slow fetch or a busy machine. */
const TRANSCRIPT_ATTEMPTS = 20;
/** A connection that never opened may have no transcript at all: ask only a few times. */
const TRANSCRIPT_ATTEMPTS_UNOPENED = 5;
const TRANSCRIPT_RETRY_MILLIS = 50;

const $ = (id) => document.getElementById(id);

/** The connection the page shows; callbacks from older sockets are ignored. */
let current = null;
let configPromise = null;

/**
 * Opens a WebSocket to url and returns it. Reports to ui: ui.opened() once the handshake
 * succeeds, ui.received(data) for each message, ui.closed(code, reason) when the connection
 * ends, and ui.failed(description) when the browser reports an error.
 */
function openSocket(url, ui) {
  // BEGIN EXERCISE 1.10: Open a WebSocket to url and report open, each message, close (code and reason) and errors to ui.
  const socket = new WebSocket(url);
  socket.onopen = () => ui.opened();
  socket.onmessage = (event) => ui.received(event.data);
  socket.onclose = (event) => ui.closed(event.code, event.reason);
  socket.onerror = () => ui.failed("The WebSocket reported an error. Browsers give no details here: "
    + "look at the close code, the handshake below, and the server's log.");
  return socket;
  // END EXERCISE 1.10
}

async function connect() {
  resetViews();
  setState("connecting", "connecting…");
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    return notConnected("Could not load /api/config: " + describe(error));
  }
  const connection = { session: newSessionId(), socket: null, opened: false, echoes: 0, refreshes: 0 };
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
      refreshTranscript(connection, () => true);
      $("message").focus();
    }),
    received: ifCurrent((data) => {
      connection.echoes += 1;
      addLog("echo", "echo", typeof data === "string" ? data : "[a binary message]");
      refreshTranscript(connection, (t) => countSentData(t) >= connection.echoes || t.framesLeftOut > 0); // past the cap, no more come
    }),
    closed: ifCurrent((code, reason) => {
      const name = CLOSE_CODES[code] ? " (" + CLOSE_CODES[code] + ")" : "";
      const why = reason ? ", reason: “" + reason + "”" : ", no reason given";
      setState("closed", "closed · code " + code + name + why);
      addLog("info", "closed", "code " + code + name + why);
      refreshTranscript(connection, (t) => !connection.opened
        || t.frames.some((f) => f.direction === "SENT" && f.opcodeName === "CLOSE"));
    }),
    failed: ifCurrent((description) => showError(description))
  };
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

/** Fetches the transcript until isComplete(transcript) holds or the attempts run out, showing each. */
async function refreshTranscript(connection, isComplete) {
  const ticket = ++connection.refreshes;
  const attempts = connection.opened ? TRANSCRIPT_ATTEMPTS : TRANSCRIPT_ATTEMPTS_UNOPENED;
  let shown = false;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let transcript;
    try {
      transcript = await fetchTranscript(connection.session);
    } catch (error) {
      return showError("Could not load the transcript: " + describe(error));
    }
    if (connection !== current || ticket !== connection.refreshes) {
      return; // a newer connection or a newer refresh shows what is current
    }
    if (transcript) {
      shown = true;
      renderHttp($("request"), transcript.request);
      renderHttp($("response"), transcript.response);
      renderFrames(transcript);
      if (isComplete(transcript)) {
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, TRANSCRIPT_RETRY_MILLIS));
  }
  if (!shown) {
    for (const id of ["request", "response"]) {
      $(id).textContent = "The server recorded no handshake for this connection: did the request reach it?";
    }
  }
}

async function fetchTranscript(session) {
  const response = await fetch("/api/transcripts/" + encodeURIComponent(session), { cache: "no-store" });
  if (response.status === 404) {
    return null; // not recorded yet, or already forgotten
  }
  if (!response.ok) {
    throw new Error("HTTP " + response.status);
  }
  return response.json();
}

function loadConfig() {
  if (!configPromise) {
    configPromise = fetch("/api/config", { cache: "no-store" }).then((response) => {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
    configPromise.catch(() => { configPromise = null; });
  }
  return configPromise;
}

/** Shows an HTTP head line by line: the start line, then "Name: value" fields, then any body. */
function renderHttp(pre, raw) {
  pre.replaceChildren();
  pre.classList.remove("empty");
  const lines = String(raw || "").split("\r\n");
  while (lines.length > 0 && lines[lines.length - 1] === "") {
    lines.pop();
  }
  let inHead = true;
  lines.forEach((line, index) => {
    const row = document.createElement("span");
    row.className = "line";
    const colon = line.indexOf(":");
    if (index === 0) {
      row.classList.add("start-line");
      row.textContent = line;
    } else if (line === "") {
      inHead = false;
    } else if (inHead && colon > 0) {
      const name = document.createElement("span");
      name.className = "field-name";
      name.textContent = line.slice(0, colon);
      row.append(name, document.createTextNode(line.slice(colon)));
      if (/^sec-websocket-(key|accept)$/i.test(line.slice(0, colon))) {
        row.classList.add("key-line");
      }
    } else {
      row.textContent = line;
    }
    pre.append(row, document.createTextNode("\n"));
  });
}

/** The first frames the server kept, then, past its cap, a row that says how many it left out, then the closing frames. */
function renderFrames(transcript) {
  const rows = $("frame-rows");
  rows.replaceChildren();
  if (transcript.frames.length === 0) {
    rows.append(placeholderRow("No frames yet."));
  }
  const leftOut = transcript.framesLeftOut || 0;
  transcript.frames.forEach((frame, index) => {
    const afterGap = leftOut > 0 && index >= transcript.firstFramesKept;
    if (afterGap && index === transcript.firstFramesKept) {
      rows.append(leftOutRow(leftOut, transcript.firstFramesKept));
    }
    rows.append(frameRow(frame, index + 1 + (afterGap ? leftOut : 0)));
  });
  if (leftOut > 0 && transcript.frames.length <= transcript.firstFramesKept) {
    rows.append(leftOutRow(leftOut, transcript.firstFramesKept));
  }
}

function leftOutRow(leftOut, kept) {
  const row = placeholderRow(leftOut + (leftOut === 1 ? " frame" : " frames") + " not shown: the inspector keeps the first "
    + kept + " frames of a connection, and its closing frames.");
  row.classList.add("frames-left-out");
  return row;
}

function frameRow(frame, number) {
  const row = document.createElement("tr");
  row.className = frame.direction === "SENT" ? "sent" : "received";
  row.dataset.direction = frame.direction;
  row.dataset.opcode = frame.opcodeName;
  row.dataset.masked = String(frame.masked);
  const shownBytes = frame.payloadHex ? frame.payloadHex.split(" ").length : 0;
  const more = frame.payloadLength > shownBytes ? " …" : "";
  const arrow = frame.direction === "SENT" ? "server → browser" : "browser → server";
  [
    [String(number)],
    [frame.direction, arrow],
    [frame.fin ? "1" : "0"],
    [frame.rsv.toString(2).padStart(3, "0")],
    [frame.opcodeName, "0x" + frame.opcode.toString(16).toUpperCase()],
    [frame.masked ? "1" : "0"],
    [String(frame.payloadLength)],
    [frame.maskingKey || "—"],
    [frame.payloadHex ? frame.payloadHex + more : "(empty)"],
    [payloadAsText(frame, more)]
  ].forEach(([text, note]) => row.append(cell(text, note)));
  return row;
}

function payloadAsText(frame, more) {
  if (frame.opcodeName === "CLOSE") {
    const bytes = (frame.payloadHex || "").split(" ").filter(Boolean).map((h) => parseInt(h, 16));
    if (bytes.length < 2) {
      return "no code";
    }
    const code = (bytes[0] << 8) | bytes[1];
    const reason = new TextDecoder().decode(new Uint8Array(bytes.slice(2)));
    return "code " + code + (CLOSE_CODES[code] ? " (" + CLOSE_CODES[code] + ")" : "") + (reason ? ", “" + reason + "”" : "");
  }
  if (frame.opcodeName === "BINARY") {
    return "—";
  }
  return frame.payloadText ? "“" + frame.payloadText + "”" + more : "—";
}

function cell(text, note) {
  const td = document.createElement("td");
  td.textContent = text;
  if (note) {
    const small = document.createElement("small");
    small.textContent = note;
    td.append(small);
  }
  return td;
}

function placeholderRow(text) {
  const row = document.createElement("tr");
  row.className = "placeholder";
  const td = cell(text);
  td.colSpan = 10;
  row.append(td);
  return row;
}

function addLog(kind, label, text) {
  const item = document.createElement("li");
  item.className = kind;
  const tag = document.createElement("span");
  tag.className = "label";
  tag.textContent = label;
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  item.append(tag, body);
  const log = $("log");
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

function countSentData(transcript) {
  return transcript.frames.filter((f) => f.direction === "SENT" && (f.opcodeName === "TEXT" || f.opcodeName === "BINARY")).length;
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

function showError(message) {
  $("error").textContent = message;
  $("error").hidden = false;
}

function resetViews() {
  $("error").hidden = true;
  $("error").textContent = "";
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

function describe(error) {
  return error && error.message ? error.message : String(error);
}

$("connect").addEventListener("click", connect);
$("disconnect").addEventListener("click", disconnect);
$("send-form").addEventListener("submit", send);
window.addEventListener("error", (event) => showError("The page's script failed: " + event.message));
window.addEventListener("unhandledrejection", (event) => showError("The page's script failed: " + describe(event.reason)));
