/**
 * Step 02: a chat on the Java-WebSocket library, with a small JSON protocol of its own:
 * nicknames, presence, messages acknowledged as delivered, heartbeats, and a page that reconnects
 * by itself.
 *
 * <p>Try it: {@code mvn -q compile exec:java -Dexec.args=step02} from the repository root. The
 * lesson, with the protocol, is {@code docs/step02-raw-websocket.md}.
 */
package dev.workbook.step02;
