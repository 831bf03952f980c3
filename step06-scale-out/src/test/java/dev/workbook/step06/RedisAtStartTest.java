package dev.workbook.step06;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.socketio.FreePortStart;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A node that cannot reach Redis when it starts says where it looked and which setting names another. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RedisAtStartTest {

    @Test
    @DisplayName("With nothing listening at the Redis address, the node does not start and names the address and -Dstep06.redis")
    void unreachableRedisIsNamed(@TempDir Path folder) throws IOException {
        String nowhere = "redis://127.0.0.1:" + FreePortStart.freePort("127.0.0.1");
        Step06Settings settings = Step06Settings.forTests(1, folder);

        assertThatThrownBy(() -> ChatNode.start("node-1", settings.node(0, 0), nowhere, ServerErrors.none()).close())
                .as("starting a node with no Redis at %s", nowhere)
                .isInstanceOf(IOException.class)
                .hasMessageContaining(nowhere)
                .hasMessageContaining("-Dstep06.redis=");
    }
}
