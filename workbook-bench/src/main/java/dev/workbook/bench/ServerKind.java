package dev.workbook.bench;

import dev.workbook.bench.load.Protocol;
import dev.workbook.bench.servers.NettySocketIoBenchMain;
import dev.workbook.bench.servers.Step01BenchMain;
import dev.workbook.bench.servers.Step02BenchMain;
import java.util.List;

/** Every server under test: what it is, how it is started, which protocol it speaks, and its Node peer. */
public enum ServerKind {
    STEP01("step01 hand-written", Step01BenchMain.class.getName(), null, Protocol.RAW, "NODE_WS"),
    NODE_WS("node ws", null, "ws-server.js", Protocol.RAW, null),
    NETTY_SOCKETIO("netty-socketio", NettySocketIoBenchMain.class.getName(), null, Protocol.SOCKET_IO, "NODE_SOCKETIO"),
    NODE_SOCKETIO("node socket.io", null, "socketio-server.js", Protocol.SOCKET_IO, null),
    STEP02("step02 Java-WebSocket", Step02BenchMain.class.getName(), null, Protocol.RAW, "NODE_WS"),
    /** Step 01's server unchanged, its connection threads virtual: run on a JDK 21+ ({@link BenchConfig#virtualJdk()}). */
    STEP01_VIRTUAL("step01 virtual threads", Step01BenchMain.class.getName(), null, Protocol.RAW, "NODE_WS");

    private final String label;
    private final String javaMain;
    private final String nodeScript;
    private final Protocol protocol;
    private final String peer;

    ServerKind(String label, String javaMain, String nodeScript, Protocol protocol, String peer) {
        this.label = label;
        this.javaMain = javaMain;
        this.nodeScript = nodeScript;
        this.protocol = protocol;
        this.peer = peer;
    }

    public String label() {
        return label;
    }

    public boolean isJava() {
        return javaMain != null;
    }

    public String javaMain() {
        return javaMain;
    }

    public String nodeScript() {
        return nodeScript;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** Whether it runs step 01 on virtual threads, which needs a JDK 21 or newer. */
    public boolean onVirtualThreads() {
        return this == STEP01_VIRTUAL;
    }

    /**
     * The threads that hand each message to one another, which the bench gives one core
     * ({@link BenchConfig#handOffOnOneCore()}): Java-WebSocket's selector and its one decoder, named as Linux keeps
     * them (15 characters). None for the others: Node and netty-socketio's one event loop do it all on one thread,
     * and step 01 has a thread per connection.
     */
    public List<String> handOffThreads() {
        return this == STEP02 ? List.of("WebSocketSelect", "WebSocketWorker") : List.of();
    }

    /** The Node server a Java server is compared with; null for the Node servers themselves. */
    public ServerKind peer() {
        return peer == null ? null : valueOf(peer);
    }
}
