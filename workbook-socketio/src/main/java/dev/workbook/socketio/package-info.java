/**
 * What the Socket.IO steps (03 and 04) share and the learner never edits: {@link dev.workbook.socketio.FreePortStart},
 * {@link dev.workbook.socketio.NettyShutdown}, {@link dev.workbook.socketio.OriginCheck} and the
 * {@link dev.workbook.socketio.BrowserClient} from npm.
 */
package dev.workbook.socketio;
