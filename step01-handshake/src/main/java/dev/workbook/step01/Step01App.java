package dev.workbook.step01;

import dev.workbook.pages.PageUrl;
import dev.workbook.pages.PortInUse;
import dev.workbook.pages.StepApp;
import io.javalin.Javalin;
import java.io.IOException;

/** Step 01 running: the hand-written echo server and the inspector page that talks to it. */
public final class Step01App implements StepApp {

    private final HandwrittenWebSocketServer webSocketServer;
    private final Javalin page;
    private final String host;

    private Step01App(HandwrittenWebSocketServer webSocketServer, Javalin page, String host) {
        this.webSocketServer = webSocketServer;
        this.page = page;
        this.host = host;
    }

    /** Starts both servers; port 0 in the settings lets the OS choose. */
    public static Step01App start(Step01Settings settings) throws IOException {
        HandshakeTranscripts transcripts = new HandshakeTranscripts();
        ServerSettings serverSettings = ServerSettings.onPort(settings.webSocketPort()).withHost(settings.host());
        HandwrittenWebSocketServer server = PortInUse.bind(settings.webSocketPort(), "step01.webSocketPort",
                () -> new HandwrittenWebSocketServer(serverSettings, MessageHandler.ECHO, transcripts).start());
        try {
            Javalin page = PortInUse.bind(settings.webPort(), "step01.webPort", () -> InspectorPage.create(server.port(),
                    serverSettings.maxMessageBytes(), transcripts).start(settings.host(), settings.webPort()));
            return new Step01App(server, page, settings.host());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The inspector page's address. */
    @Override
    public String pageUrl() {
        return PageUrl.of(host, page.port());
    }

    public int webSocketPort() {
        return webSocketServer.port();
    }

    @Override
    public void close() {
        page.stop();
        webSocketServer.close();
    }
}
