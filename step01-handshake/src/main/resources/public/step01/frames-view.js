// The frames table: one row per frame the server recorded, its header bits and its payload.

import { $, closeCodeName } from "./workbook.js";

/** The first frames the server kept, then, past its cap, a row that says how many it left out, then the closing frames. */
export function renderFrames(transcript) {
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

/** The table's row when there is nothing to show but text. */
export function placeholderRow(text) {
  const row = document.createElement("tr");
  row.className = "placeholder";
  const td = cell(text);
  td.colSpan = 10;
  row.append(td);
  return row;
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
    return "code " + code + closeCodeName(code) + (reason ? ", “" + reason + "”" : "");
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
