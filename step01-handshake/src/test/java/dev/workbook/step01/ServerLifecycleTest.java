package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the server fails and stops: the parts of step 01 that are not exercises (closing on stop is in ClosingHandshakeTest). */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ServerLifecycleTest {

    @Test
    @OpensAWebSocket
    @ExchangesFrames
    @CarriesMessages
    @DisplayName("A handler that throws closes its connection with 1011 and reports the error")
    void throwingHandlerClosesWithInternalError() throws IOException {
        RecordingListener heard = new RecordingListener();
        try (EchoServerFixture fixture = EchoServerFixture.start(EchoServerFixture.settings(), (connection, message) -> {
            throw new IllegalStateException("the handler broke");
        })) {
            WebSocket client = fixture.connectJdkClient(heard);

            client.sendText("hello", true).join();
            RecordingListener.Closed closed = Await.await().value("the server's close frame", heard::closeIfDone);

            assertThat(closed.code()).as("%s: the close code after the message handler threw", Step01Exercises.FRAGMENTS)
                    .isEqualTo(1011);
            assertThatThrownBy(fixture.errors::rethrowFirst).as("the error the server reported")
                    .hasMessageContaining("the handler broke");
            client.abort();
        }
    }

    @Test
    @DisplayName("The port is free again as soon as the server stops")
    void portIsFreeAfterStop() throws IOException {
        EchoServerFixture first = EchoServerFixture.start();
        int port = first.port();
        first.close();

        try (HandwrittenWebSocketServer again = new HandwrittenWebSocketServer(ServerSettings.onPort(port),
                MessageHandler.ECHO, ServerListener.NONE).start()) {
            assertThat(again.port()).as("the port of a server started where the stopped one was").isEqualTo(port);
        }
    }
}
