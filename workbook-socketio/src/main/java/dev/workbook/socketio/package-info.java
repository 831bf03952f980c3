/**
 * What the Socket.IO steps (03 and 04) share and the learner never edits: {@link dev.workbook.socketio.FreePortStart},
 * {@link dev.workbook.socketio.OriginCheck}, the {@link dev.workbook.socketio.BrowserClient} from npm, and
 * {@link dev.workbook.socketio.WorkbookServerConfig#newServer}, which puts the mends of {@code dev.workbook.mends}
 * (module workbook-mends) into netty-socketio where it loses packets or breaks the Engine.IO and Socket.IO protocols.
 */
package dev.workbook.socketio;
