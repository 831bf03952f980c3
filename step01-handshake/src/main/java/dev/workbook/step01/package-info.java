/**
 * Step 01: a WebSocket server written by hand on {@link java.net.ServerSocket}, with no WebSocket
 * library, that echoes every message.
 *
 * <p>Try it: {@code mvn -q compile exec:java -Dexec.args=step01} from the repository root, then
 * open the page it prints. The lesson is {@code docs/step01-handshake.md}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6455">RFC 6455: The WebSocket Protocol</a>
 */
package dev.workbook.step01;
