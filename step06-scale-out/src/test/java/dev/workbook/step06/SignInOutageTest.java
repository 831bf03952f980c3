package dev.workbook.step06;

import static dev.workbook.step06.Step06Exercises.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in needs the nicknames in Redis: while Redis is away, a node refuses a sign-in with a reason, and takes it once Redis is back. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("exercise-6.1")
class SignInOutageTest {

    @Test
    @DisplayName("Signing in while Redis is down is refused with 'cannot reach its store'; once Redis is back, the same page gets in")
    void signInWaitsForRedis() throws IOException {
        NodesFixture.assumeItsOwnRedis();
        try (NodesFixture nodes = NodesFixture.start(1)) {
            String[] refusal = new String[1];
            NodeClient[] during = new NodeClient[1];

            try {
                nodes.restartRedis(() -> {
                    during[0] = nodes.connecting(0, "ada");
                    nodes.await().atMost(NodesFixture.REDIS_TIMEOUTS).until("ada's sign-in, while Redis is down, to be answered",
                            () -> during[0].connected() || during[0].lastConnectError() != null);
                    refusal[0] = during[0].lastConnectError();
                });
                nodes.await().atMost(NodesFixture.REDIS_TIMEOUTS).value("ada signed in once Redis was back",
                        () -> SharedNicknamesTest.signedIn(nodes, 0, "ada")).close();
            } finally { // closed once the node reaches Redis again: its disconnect publishes there, and would log a warning
                if (during[0] != null) {
                    during[0].close();
                }
            }

            assertThat(refusal[0]).as("%s: the connect_error of a sign-in while Redis was down", SHARED)
                    .isEqualTo("the chat cannot reach its store just now: sign in again in a moment");
        }
    }
}
