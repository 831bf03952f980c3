package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Canaries: netty-socketio 2.0.14 as it ships still has each deviation that a mend in this module
 * makes up for. The day an upgrade fixes one, its canary fails and says which mend to remove.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NettySocketIoCanaryTest {

    private static final Duration LOOPBACK = Duration.ofSeconds(1);
    private static final String POLLING = "/socket.io/?EIO=4&transport=polling";
    private static ProtocolTestServer library;

    @BeforeAll
    static void start() throws IOException {
        library = ProtocolTestServer.plain();
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    @Test
    @DisplayName("The library says Connection: keep-alive, then closes the connection: ConnectionCloseHeader")
    void saysKeepAliveThenCloses() throws IOException {
        RawHttp answer = RawHttp.send(library.port(), "GET", POLLING, "");

        assertThat(answer.headers().get("connection") + ", closed after: " + answer.closedAfter())
                .withFailMessage("netty-socketio's polling answer now says Connection: %s and closedAfter=%s: "
                        + "remove this mend, ConnectionCloseHeader", answer.headers().get("connection"), answer.closedAfter())
                .isEqualToIgnoringCase("keep-alive, closed after: true");
    }

    @Test
    @DisplayName("The library opens a session for a POST handshake and for one without EIO: HandshakeRequestCheck")
    void servesHandshakesEngineIoRefuses() throws IOException {
        RawHttp post = RawHttp.send(library.port(), "POST", POLLING, "");
        RawHttp noVersion = RawHttp.send(library.port(), "GET", "/socket.io/?transport=polling", "");

        assertThat(post.status() + " " + noVersion.status())
                .withFailMessage("netty-socketio now answers a POST handshake with %d and one without EIO with %d: "
                        + "remove this mend, HandshakeRequestCheck", post.status(), noVersion.status())
                .isEqualTo("200 200");
    }

    @Test
    @DisplayName("The library answers an unknown session with 500, and a sid that is not a UUID with nothing: UnknownSessionAnswer")
    void answersUnknownSessionsWrongly() throws IOException {
        RawHttp unknown = RawHttp.send(library.port(), "GET", POLLING + "&sid=" + UUID.randomUUID(), "");
        RawHttp notUuid = RawHttp.send(library.port(), "GET", POLLING + "&sid=abc", "");

        assertThat(unknown.status() + " " + notUuid.status())
                .withFailMessage("netty-socketio now answers an unknown session with %d and a sid that is not a UUID with %d "
                        + "(0: nothing): remove this mend, UnknownSessionAnswer", unknown.status(), notUuid.status())
                .isEqualTo("500 0");
    }

    @Test
    @DisplayName("The library never answers a CONNECT whose auth is a string: ConnectAuthCheck")
    void neverAnswersAuthThatIsNotAnObject() throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(library.port())) {
            socket.next(LOOPBACK); // the open packet
            socket.next(LOOPBACK); // the default namespace's greeting, sent at once (see below)
            socket.send("40/chat,\"ada\"");
            socket.send("40/chat,{}");
            String firstAnswer = socket.next(LOOPBACK);

            assertThat(firstAnswer)
                    .withFailMessage("netty-socketio now answers a CONNECT whose auth is a string with %s: "
                            + "remove this mend, ConnectAuthCheck", firstAnswer)
                    .startsWith("40/chat,{\"sid\":"); // the answer to the second CONNECT: the first got none
        }
    }

    @Test
    @DisplayName("The library writes no maxPayload in the open packet, and CONNECT_ERROR data as a bare string: ProtocolShapedEncoder")
    void writesPacketsInTheWrongShape() throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(library.port())) {
            String open = socket.next(LOOPBACK);
            socket.next(LOOPBACK);
            socket.send("40/random,");
            String refusal = socket.next(LOOPBACK);

            assertThat(open + "\n" + refusal)
                    .withFailMessage("netty-socketio now writes the open packet as %s and a CONNECT_ERROR as %s: "
                            + "remove what it fixed from this mend, ProtocolShapedEncoder", open, refusal)
                    .doesNotContain("maxPayload").endsWith("44/random,\"Invalid namespace\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"4abc", "1"})
    @DisplayName("The library keeps the WebSocket open after an invalid packet or an Engine.IO close: SessionEndingPackets")
    void keepsTheWebSocketOpen(String packet) throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(library.port())) {
            socket.next(LOOPBACK);
            socket.next(LOOPBACK);
            socket.send(packet);
            String after = socket.next(LOOPBACK);

            assertThat(after)
                    .withFailMessage("netty-socketio now answers '%s' over WebSocket with %s: remove this mend, SessionEndingPackets",
                            packet, after)
                    .isNull();
        }
    }

    @Test
    @DisplayName("The library runs the default namespace's connect listener before the client's CONNECT: DefaultNamespaceOnConnect")
    void connectsTheDefaultNamespaceAtOpen() throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(library.port())) {
            socket.next(LOOPBACK);
            String unasked = socket.next(LOOPBACK);

            assertThat(unasked)
                    .withFailMessage("netty-socketio now sends %s after the open packet to a client that sent no CONNECT: "
                            + "remove this mend, DefaultNamespaceOnConnect", unasked)
                    .isEqualTo("42[\"" + ProtocolTestServer.WELCOME + "\"]");
        }
    }

    @Test
    @DisplayName("The library stops pinging once the client leaves the main namespace (41), and keeps the WebSocket open: left unmended")
    void stopsPingingAfterLeavingTheMainNamespace() throws IOException, InterruptedException {
        Duration ping = Duration.ofMillis(200);
        try (ProtocolTestServer pinging = ProtocolTestServer.plainPinging(ping); RawWebSocket socket = RawWebSocket.open(pinging.port())) {
            socket.send("40");
            assertThat(framesWithin(socket, Duration.ofSeconds(2), "2")).as("a ping within 2 s while in the main namespace, every %s", ping)
                    .contains("2");
            socket.send("3");

            socket.send("41");
            List<String> after = framesWithin(socket, ping.multipliedBy(5), null);

            assertThat(after).withFailMessage("netty-socketio now sends %s within %s of a 41 (a ping, or a close): update the row"
                    + " 'after 41 ... the session stays, with its heartbeats' in docs/step03-socketio-server.md", after, ping.multipliedBy(5))
                    .doesNotContain("2", RawWebSocket.CLOSED);
        }
    }

    /** The frames that came within {@code wait}, stopping early at {@code stopAt} (null: never) or at the close. */
    private static List<String> framesWithin(RawWebSocket socket, Duration wait, String stopAt) throws InterruptedException {
        List<String> frames = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String frame = socket.next(Duration.ofNanos(left));
            if (frame == null) {
                break;
            }
            frames.add(frame);
            if (frame.equals(stopAt) || frame.equals(RawWebSocket.CLOSED)) {
                break;
            }
        }
        return frames;
    }
}
