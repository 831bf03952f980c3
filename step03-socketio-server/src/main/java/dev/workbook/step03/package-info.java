/**
 * Step 03: the chat on Socket.IO, with netty-socketio: named events, acknowledgements, a checked
 * handshake, long polling when WebSocket is blocked, and reconnection the client does by itself.
 *
 * <p>Try it: {@code mvn -q compile exec:java -Dexec.args=step03} from the repository root. The
 * lesson is {@code docs/step03-socketio-server.md}.
 */
package dev.workbook.step03;
