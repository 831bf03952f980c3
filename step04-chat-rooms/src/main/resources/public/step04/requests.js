// Requests to the server with an acknowledgement: asked again while unanswered, failing with the server's words.

import { showError } from "./workbook.js";
import { chat } from "./chat.js";

/** How long a request waits for the server's acknowledgement before it is sent again. */
const ACK_TIMEOUT_MILLIS = 5000;
/** The code of a request that failed because the page is not connected: it is tried again after the next connect. */
export const OFFLINE = "offline";

/**
 * Emits event with payload and resolves with the server's {ok: true, ...} answer, or rejects with
 * a Failure: the server's code and sentence, or OFFLINE. Without an answer in ACK_TIMEOUT_MILLIS it
 * asks again while still connected (every request here is safe to repeat), retries times at most.
 */
export function request(event, payload, retries = Infinity) {
  const socket = chat.socket;
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      if (!socket || socket !== chat.socket || !socket.connected) {
        reject(new Failure(OFFLINE, "not connected"));
        return;
      }
      socket.timeout(ACK_TIMEOUT_MILLIS).emit(event, payload, (error, ack) => {
        if (error && left > 0 && socket.connected) {
          attempt(left - 1);
        } else if (error) {
          reject(new Failure(socket.connected ? "timeout" : OFFLINE, "no answer from the server"));
        } else if (ack && ack.ok === true) {
          resolve(ack);
        } else {
          reject(new Failure(ack && ack.code, ack && typeof ack.error === "string" ? ack.error : "the server answered " + JSON.stringify(ack),
              ack && ack.retryAfterMs));
        }
      });
    };
    attempt(retries);
  });
}

/** A request that failed: the server's code and sentence, and retryAfterMs when it said when to try again. */
export class Failure extends Error {
  constructor(code, message, retryAfterMs) {
    super(message);
    this.code = code;
    this.retryAfterMs = typeof retryAfterMs === "number" ? retryAfterMs : 0;
  }
}

/** Tells the person what failed, unless it failed only because the page is offline: then it is tried again. */
export function complain(what, failure) {
  if (failure.code !== OFFLINE) {
    showError(what + ": " + failure.message);
  }
}
