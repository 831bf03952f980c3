package dev.workbook.step02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.BadHandshakes;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canaries: Java-WebSocket 1.6.0 as it ships, an echo server with its own draft and factory, still
 * processes an unmasked client frame and answers a bad handshake with 404; the day an upgrade fixes
 * either, its canary fails and says which of the server's checks to remove.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWebSocketCanaryTest {

    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private WebSocketServer echo;

    @BeforeEach
    void start() throws Exception {
        echo = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0), List.of(new Draft_6455())) {
            @Override public void onOpen(WebSocket connection, ClientHandshake handshake) { }
            @Override public void onClose(WebSocket connection, int code, String reason, boolean remote) { }
            @Override public void onMessage(WebSocket connection, String message) { connection.send(message); }
            @Override public void onMessage(WebSocket connection, ByteBuffer message) { }
            @Override public void onError(WebSocket connection, Exception ex) { }
            @Override public void onStart() { started.complete(null); }
        };
        echo.setReuseAddr(true);
        echo.start();
        started.get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        echo.stop(1000);
    }

    @Test
    @DisplayName("The library echoes an unmasked client frame instead of closing with 1002: MaskedClientFrames")
    void processesUnmaskedFrames() throws IOException {
        try (RawChatSocket client = RawChatSocket.connect(echo.getPort())) {
            client.sendUnmaskedText("unmasked");
            RawChatSocket.Frame answer = client.readFrame();

            assertThat(answer.opcode() + " " + answer.text())
                    .withFailMessage("Java-WebSocket now answers an unmasked frame with opcode %d: remove this mend, MaskedClientFrames",
                            answer.opcode())
                    .isEqualTo(RawChatSocket.TEXT + " unmasked");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.workbook.testkit.BadHandshakes#all")
    @DisplayName("The library answers each bad handshake with 404, or upgrades it: CheckedHandshakeChannel")
    void answersBadHandshakesWith404OrAnUpgrade(BadHandshakes.BadHandshake bad) throws IOException {
        String answer = RawChatSocket.answerTo(echo.getPort(), bad.request() + "\r\n");
        String statusLine = answer.lines().findFirst().orElse("(no answer)");

        assertThat(statusLine)
                .withFailMessage("Java-WebSocket now answers a handshake with %s by '%s': if it is %d, remove this mend, "
                        + "CheckedHandshakeChannel", bad.what(), statusLine, bad.status())
                .matches("HTTP/1\\.1 (404|101) .*");
    }
}
