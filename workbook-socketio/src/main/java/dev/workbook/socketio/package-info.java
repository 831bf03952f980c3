/**
 * What the Socket.IO steps (03 and 04) share and the learner never edits: {@link dev.workbook.socketio.FreePortStart},
 * {@link dev.workbook.socketio.NettyShutdown}, {@link dev.workbook.socketio.OriginCheck}, the
 * {@link dev.workbook.socketio.BrowserClient} from npm, and netty-socketio mended where it loses
 * packets or breaks the Engine.IO and Socket.IO protocols ({@link dev.workbook.socketio.WorkbookServerConfig#newServer}).
 */
package dev.workbook.socketio;
