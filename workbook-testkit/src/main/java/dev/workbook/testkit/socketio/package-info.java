/**
 * The Socket.IO test client that steps 03 and 04 extend: a real socket.io-client-java client
 * that keeps what it hears, waits a bounded time for each event and acknowledgement, and leaves
 * no thread behind. A step that uses it names {@code io.socket:socket.io-client} itself (test
 * scope): the kit's dependency on it is optional, so the other steps' tests go without.
 */
package dev.workbook.testkit.socketio;
