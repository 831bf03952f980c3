package dev.workbook.step03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the Socket.IO server starts and stops: the part of step 03 that is not an exercise. */
@Tag("support")
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ServerLifecycleTest {

    /** Threads of the JDK, its HttpClient, JUnit and Netty's shared executor, started lazily: not the server's own. */
    private static final List<String> NOT_THE_SERVERS = List.of("HttpClient-", "globalEventExecutor", "junit-", "ForkJoinPool",
            "Common-Cleaner", "process reaper", "Attach Listener");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ServerErrors errors = new ServerErrors();

    @Test
    @DisplayName("close() stops every thread the server started, and a new server gets the port back at once, connections and all")
    void closeFreesThreadsAndPort() throws IOException, InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        SocketIoChatServer first = SocketIoChatServer.start(Step03Settings.forTests(), errors);
        int status = pollingHandshakeStatus(first.port()); // a connection the server closes: its port is then in TIME_WAIT

        first.close();
        Await.await().until("the threads of the closed server to end", () -> threadsStartedSince(before).isEmpty());
        try (SocketIoChatServer second = SocketIoChatServer.start(Step03Settings.forTests().withSocketPort(first.port()), errors)) {

            assertThat(status).as("the status of a long-polling handshake before close()").isEqualTo(200);
            assertThat(pollingHandshakeStatus(second.port())).as("the status of a handshake with the new server on the same port")
                    .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("A server on a port already taken fails with an IOException that names the port, and leaves no thread behind")
    void takenPortFailsClearly() throws IOException {
        try (SocketIoChatServer first = SocketIoChatServer.start(Step03Settings.forTests(), errors)) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();

            IOException failed = catchThrowableOfType(IOException.class,
                    () -> SocketIoChatServer.start(Step03Settings.forTests().withSocketPort(first.port()), errors).close());
            Await.await().until("the threads of the server that failed to start to end", () -> threadsStartedSince(before).isEmpty());

            assertThat(failed).as("what starting a second server on port %d throws", first.port()).isNotNull()
                    .hasMessageContaining(String.valueOf(first.port())).hasCauseInstanceOf(BindException.class);
        }
    }

    private static int pollingHandshakeStatus(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=polling"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> threadsStartedSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread))
                .map(Thread::getName).filter(name -> NOT_THE_SERVERS.stream().noneMatch(name::startsWith)).collect(Collectors.toList());
    }
}
