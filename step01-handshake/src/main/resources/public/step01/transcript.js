// The server's transcript of one connection (its handshake and frames), fetched until it is complete.

import { $, describe, showError } from "./workbook.js";
import { renderFrames } from "./frames-view.js";
import { renderHttp } from "./http-view.js";

/** The server records each frame before sending it; retries only cover a slow fetch or a busy machine. */
const TRANSCRIPT_ATTEMPTS = 20;
/** A connection that never opened may have no transcript at all: ask only a few times. */
const TRANSCRIPT_ATTEMPTS_UNOPENED = 5;
const TRANSCRIPT_RETRY_MILLIS = 50;

/**
 * Shows the connection's transcript until connection.isComplete(transcript) holds or the attempts
 * run out: one fetch at a time, and one more at once if connection.asked was set meanwhile (a
 * burst of echoes costs a few fetches, not one each); stops once isCurrent() says a newer
 * connection took over.
 */
export async function refreshTranscript(connection, isCurrent) {
  let shown = false;
  for (let attempt = 1; attempt <= attemptsFor(connection); attempt++) {
    if (connection.asked) {
      connection.asked = false;
      attempt = 1; // asked again: the newest question gets all its attempts
    }
    let transcript;
    try {
      transcript = await fetchTranscript(connection.session);
    } catch (error) {
      return showError("Could not load the transcript: " + describe(error));
    }
    if (!isCurrent()) {
      return; // a newer connection shows what is current
    }
    if (transcript) {
      shown = true;
      renderHttp($("request"), transcript.request);
      renderHttp($("response"), transcript.response);
      renderFrames(transcript);
      if (!connection.asked && connection.isComplete(transcript)) {
        return;
      }
    }
    if (!connection.asked) {
      await new Promise((resolve) => setTimeout(resolve, TRANSCRIPT_RETRY_MILLIS));
    }
  }
  if (!shown) {
    for (const id of ["request", "response"]) {
      $(id).textContent = "The server recorded no handshake for this connection: did the request reach it?";
    }
  }
}

function attemptsFor(connection) {
  return connection.opened ? TRANSCRIPT_ATTEMPTS : TRANSCRIPT_ATTEMPTS_UNOPENED;
}

/** How many data frames (text or binary) the server has sent in this transcript. */
export function countSentData(transcript) {
  return transcript.frames.filter((f) => f.direction === "SENT" && (f.opcodeName === "TEXT" || f.opcodeName === "BINARY")).length;
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
