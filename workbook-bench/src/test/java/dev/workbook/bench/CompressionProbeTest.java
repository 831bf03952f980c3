package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.bench.servers.NettySocketIoBenchMain;
import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compression probe in a fraction of a second each way: it must really switch deflate on and off. */
@Tag("support")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(NoThreadsLeftBehind.class)
class CompressionProbeTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @TempDir
    Path out;

    @BeforeAll
    static void notInTheLearnerEdition() {
        Assumptions.assumeFalse(Files.exists(Path.of(System.getProperty("basedir", ".")).resolve("../.learner-edition")),
                "the probe measures the workbook's finished netty-socketio server");
    }

    @ParameterizedTest(name = "compression {0}: deflate agreed exactly when asked for, and echoes still flow")
    @ValueSource(booleans = {false, true})
    @DisplayName("the workbook's setting refuses permessage-deflate, the library's default agrees to it")
    void deflateIsAgreedExactlyWhenTurnedOn(boolean compression) throws IOException, InterruptedException {
        CompressionProbe.Result result = CompressionProbe.measure(compression, out, SHORT, SHORT);

        assertThat(result.negotiated()).as("deflate agreed with -D%s=%s", NettySocketIoBenchMain.COMPRESSION, compression)
                .isEqualTo(compression);
        assertThat(result.messagesPerSecond()).as("echoes per second with compression %s", compression).isPositive();
    }
}
