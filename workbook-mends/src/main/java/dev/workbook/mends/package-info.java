/**
 * The library mends, in one place: each class marked {@link dev.workbook.mends.Mend} makes up for a
 * deviation of netty-socketio 2.0.14 or Java-WebSocket 1.6.0 from the protocols (RFC 6455,
 * Engine.IO 4, Socket.IO 5) or a packet it loses, and names its canary test and its story in
 * {@code docs/library-notes.md}.
 *
 * <pre>
 * netty-socketio (installed by WorkbookServerConfig.newServer in workbook-socketio)
 *   LosslessPollingInitializer  the library's channel set-up, with these in its pipeline:
 *     BroadcastOnceEncoder        encodes a room broadcast once, not once per member
 *     LosslessPacketEncoder       loses no packet of a long-polling burst
 *     ProtocolShapedEncoder       maxPayload in the open packet, CONNECT_ERROR as {message}
 *     PollingCloseGuard           keeps a waiting polling request from being forgotten
 *     ProtocolMends               puts in the protocol's rules:
 *       ConnectionCloseHeader, HandshakeRequestCheck, UnknownSessionAnswer,
 *       SessionEndingPackets, ConnectAuthCheck, DefaultNamespaceOnConnect, OversizeAnswer,
 *       OversizeRequestAnswer
 *   NettyShutdown               stops a server in milliseconds, not seconds
 * Java-WebSocket (used by step 02's ChatServer)
 *   MaskedClientFrames          closes with 1002 on an unmasked client frame
 *   CheckedHandshakeFactory     reads each socket through CheckedHandshakeChannel, which answers a
 *                               bad opening handshake as RFC 6455 section 4.2.2 says (UpgradeRequestRules)
 *   HeldFrameWatch              sends on a frame the selector left waiting
 * </pre>
 *
 * <p>The canaries live in the tests of the modules that run the libraries unmended
 * ({@code workbook-socketio}, {@code step02-raw-websocket}, and this module's own); the
 * {@code MendCatalogueTest} here checks that every mend names one, and that the libraries on the
 * class path are the versions the mends were written against.
 */
package dev.workbook.mends;
