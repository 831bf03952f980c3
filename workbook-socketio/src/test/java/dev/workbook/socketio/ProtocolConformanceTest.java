package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.time.Duration;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mended server against the Engine.IO 4 and Socket.IO 5 protocol documents, packet by packet on
 * raw HTTP and WebSocket: this project's own conformance tests, run without Node.
 */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProtocolConformanceTest {

    private static final Duration LOOPBACK = Duration.ofSeconds(1);
    private static final String POLLING = "/socket.io/?EIO=4&transport=polling";
    private static ProtocolTestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = ProtocolTestServer.mended();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("A long-polling answer says Connection: close, and the server closes the connection after it")
    void pollingAnswersSayClose() throws IOException {
        RawHttp handshake = RawHttp.send(server.port(), "GET", POLLING, "");
        RawHttp post = RawHttp.send(server.port(), "POST", POLLING + "&sid=" + server.pollingSession(), "40");

        for (RawHttp answer : new RawHttp[] {handshake, post}) {
            assertThat(answer.headers().get("connection")).as("the Connection header of an answer with body '%s'", answer.body())
                    .isEqualToIgnoringCase("close");
            assertThat(answer.closedAfter()).as("whether the server closed the connection after '%s'", answer.body()).isTrue();
        }
    }

    @Test
    @DisplayName("The open packet announces maxPayload, over long polling and over WebSocket")
    void openPacketHasMaxPayload() throws IOException, InterruptedException {
        String overPolling = RawHttp.send(server.port(), "GET", POLLING, "").body();
        String overWebSocket;
        try (RawWebSocket socket = RawWebSocket.open(server.port())) {
            overWebSocket = socket.next(LOOPBACK);
        }

        String expected = "\"maxPayload\":" + WorkbookServerConfig.MAX_PAYLOAD_BYTES;
        assertThat(overPolling).as("the open packet over long polling").startsWith("0{").contains(expected);
        assertThat(overWebSocket).as("the open packet over WebSocket").startsWith("0{").contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT"})
    @DisplayName("A handshake that is not a GET gets 400 Bad handshake method")
    void handshakeMustBeGet(String method) throws IOException {
        RawHttp answer = RawHttp.send(server.port(), method, POLLING, "");

        assertThat(answer.status()).as("the status of a %s handshake", method).isEqualTo(400);
        assertThat(answer.body()).as("the body of the 400").contains("\"code\":2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/socket.io/?transport=polling", "/socket.io/?EIO=abc&transport=polling"})
    @DisplayName("A handshake without a known EIO version gets 400")
    void handshakeNeedsAnEngineIoVersion(String request) throws IOException {
        assertThat(RawHttp.send(server.port(), "GET", request, "").status()).as("the status of GET %s", request).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not-a-uuid", "unknown", "ended"})
    @DisplayName("A request for a session that is not a UUID, unknown, or ended gets 400 Session ID unknown")
    void unknownSessionGets400(String kind) throws IOException {
        String sid = switch (kind) {
            case "not-a-uuid" -> "abc";
            case "unknown" -> UUID.randomUUID().toString();
            default -> endedSession();
        };

        // The close is read after the POST is answered, so a poll can come first and wait 1 s unanswered; the next finds it gone.
        RawHttp answer = Await.await().atMost(Duration.ofSeconds(3)).value("a poll for a session that is " + kind + " answered 400", () -> {
            RawHttp poll = poll(sid);
            return poll.status() == 400 ? poll : null;
        });

        assertThat(answer.status()).as("the status of a poll for a session that is %s", kind).isEqualTo(400);
        assertThat(answer.body()).as("the body of the 400").contains("Session ID unknown");
    }

    @ParameterizedTest(name = "auth {0}")
    @CsvSource(delimiter = '|', value = {"\"ada\"|a string", "42|a number", "[\"ada\"]|a list", "true|a boolean"})
    @DisplayName("A CONNECT whose auth is not an object gets a CONNECT_ERROR asking for {nickname}, and the session goes on")
    void authThatIsNotAnObjectIsRefused(String auth, String kind) throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(server.port())) {
            socket.next(LOOPBACK); // the open packet
            socket.send("40" + ProtocolTestServer.NAMESPACE + "," + auth);
            String refusal = socket.next(LOOPBACK);
            socket.send("40" + ProtocolTestServer.NAMESPACE + ",{\"nickname\":\"ada\"}");
            String accepted = socket.next(LOOPBACK);

            assertThat(refusal).as("the answer to a CONNECT with auth %s", auth)
                    .isEqualTo("44/chat,{\"message\":\"send {nickname} in the handshake's auth: an object, not " + kind + "\"}");
            assertThat(accepted).as("the answer to a CONNECT with an object after that").startsWith("40/chat,{\"sid\":");
        }
    }

    @Test
    @DisplayName("A CONNECT to an unknown namespace gets a CONNECT_ERROR whose data is {message}")
    void unknownNamespaceErrorIsAnObject() throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(server.port())) {
            socket.next(LOOPBACK);
            socket.send("40/random,");

            assertThat(socket.next(LOOPBACK)).as("the answer to a CONNECT to /random")
                    .isEqualTo("44/random,{\"message\":\"Invalid namespace\"}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abc, 1002", "4abc, 1002", "1, 1000"})
    @DisplayName("An invalid packet, or an Engine.IO close, ends the session: the server closes the WebSocket with a Close frame")
    void invalidPacketOrCloseEndsTheSession(String packet, int status) throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(server.port())) {
            socket.next(LOOPBACK);
            socket.send(packet);

            assertThat(socket.next(LOOPBACK)).as("what the server did within %s of receiving '%s'", LOOPBACK, packet)
                    .isEqualTo(RawWebSocket.CLOSED);
            assertThat(socket.closeStatus()).as("the status code of the server's Close frame after '%s' (null: it sent none)", packet)
                    .isEqualTo(status);
        }
    }

    @Test
    @DisplayName("The default namespace's connect listener runs at the client's CONNECT, after the answer to it")
    void defaultNamespaceConnectsAtTheClientsConnect() throws InterruptedException {
        try (RawWebSocket socket = RawWebSocket.open(server.port())) {
            socket.next(LOOPBACK);
            socket.send("40");

            assertThat(socket.next(LOOPBACK)).as("the first frame after the client's 40: the answer to it").startsWith("40{\"sid\":");
            assertThat(socket.next(LOOPBACK)).as("the next frame: what the connect listener sent")
                    .isEqualTo("42[\"" + ProtocolTestServer.WELCOME + "\"]");
        }
    }

    private static RawHttp poll(String sid) {
        try {
            return RawHttp.send(server.port(), "GET", POLLING + "&sid=" + sid, "");
        } catch (IOException e) {
            throw new AssertionError("could not poll session " + sid, e);
        }
    }

    /** A long-polling session that the client closed with an Engine.IO close packet. */
    private static String endedSession() {
        try {
            String sid = server.pollingSession();
            RawHttp.send(server.port(), "POST", POLLING + "&sid=" + sid, "1");
            return sid;
        } catch (IOException e) {
            throw new AssertionError("could not open and close a long-polling session", e);
        }
    }
}
