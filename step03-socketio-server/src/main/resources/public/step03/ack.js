// Exercise 3.6: a message sent with an acknowledgement, and what became of it.

/**
 * Emits event with {text} and an acknowledgement callback, and reports what became of it:
 * ui.acknowledged(ack) when the server answers {ok: true, id, time}, ui.refused(error) when it
 * answers {ok: false, error}, and ui.timedOut() when Socket.IO gave up on it. The socket was made
 * with ackTimeout and retries (see connection.js): it keeps the message while offline, sends it
 * once connected, and again after each try that got no answer, ACK_RETRIES times at most; the
 * callback then gets (error, ack), error when it gave up.
 */
export function sendWithAck(socket, event, text, ui) {
  // BEGIN EXERCISE 3.6: Emit {text} with an ack callback (error, ack) (the socket retries by itself), then report ui.acknowledged(ack), ui.refused(error) or ui.timedOut().
  socket.emit(event, { text }, (error, ack) => {
    if (error) {
      ui.timedOut();
    } else if (ack && ack.ok === true) {
      ui.acknowledged(ack);
    } else {
      ui.refused(ack && typeof ack.error === "string" ? ack.error : "the server answered " + JSON.stringify(ack));
    }
  });
  // END EXERCISE 3.6
}
