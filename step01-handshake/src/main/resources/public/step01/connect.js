// Exercise 1.10: the page's side of the WebSocket, on the browser's own WebSocket API.

/**
 * Opens a WebSocket to url and returns it. Reports to ui: ui.opened() once the handshake
 * succeeds, ui.received(data) for each message, ui.closed(code, reason) when the connection
 * ends, and ui.failed(description) when the browser reports an error.
 */
export function openSocket(url, ui) {
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
