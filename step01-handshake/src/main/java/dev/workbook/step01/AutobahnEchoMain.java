package dev.workbook.step01;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Starts the echo server for the Autobahn conformance suite, which passes the port as the only
 * argument and connects to {@link InetAddress#getLocalHost()}.
 */
public final class AutobahnEchoMain {

    private AutobahnEchoMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AutobahnEchoMain PORT");
        }
        String host = InetAddress.getLocalHost().getHostAddress();
        ServerSettings settings = ServerSettings.onPort(Integer.parseInt(args[0])).withHost(host);
        HandwrittenWebSocketServer server = new HandwrittenWebSocketServer(settings, MessageHandler.ECHO, ServerListener.NONE).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "autobahn-echo-shutdown"));
    }
}
