package dev.workbook.step01;

import java.io.IOException;

/**
 * The echo server the Autobahn conformance suite checks ({@code mvn verify -Pautobahn -pl
 * step01-handshake -am}), on the address and port the suite's runner chooses.
 */
public final class AutobahnEchoMain {

    private AutobahnEchoMain() {
    }

    /** Starts the hand-written echo server on {@code host}:{@code port}; closing it stops it. */
    public static AutoCloseable start(String host, int port) throws IOException {
        ServerSettings settings = ServerSettings.onPort(port).withHost(host);
        return new HandwrittenWebSocketServer(settings, MessageHandler.ECHO, ServerListener.NONE).start();
    }

    /** Arguments: the host and the port. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AutobahnEchoMain HOST PORT");
        }
        AutoCloseable server = start(args[0], Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "autobahn-echo-shutdown"));
    }
}
