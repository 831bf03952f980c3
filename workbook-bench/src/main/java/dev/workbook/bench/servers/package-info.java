/**
 * The servers under test, one {@code main} each, every one started by the benchmark as a process of
 * its own on the port it is given: the workbook's steps behind one small echo and room protocol.
 *
 * <p>Raw WebSocket servers: a text {@code j} joins the room (answered with {@code j}), a text that
 * starts with {@code b} goes to every member, anything else comes back as it is. Socket.IO servers:
 * {@code echo} is answered with an ack, {@code join} puts the socket in room {@code r}, and
 * {@code broadcast} reaches every member as event {@code b}.
 */
package dev.workbook.bench.servers;
