/**
 * Step 04: the finished chat, with rooms, on netty-socketio: nicknames, presence, typing, private
 * messages, history kept in an embedded database, and no message lost or doubled across reconnects
 * and restarts.
 *
 * <p>Try it: {@code mvn -q compile exec:java -Dexec.args=step04} from the repository root. The
 * lesson is {@code docs/step04-chat-rooms.md}.
 */
package dev.workbook.step04;
