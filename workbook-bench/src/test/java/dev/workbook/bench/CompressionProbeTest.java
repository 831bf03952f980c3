package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    @DisplayName("with the workbook's setting the server refuses permessage-deflate, and echoes still flow")
    void workbookSettingRefusesDeflate() throws IOException, InterruptedException {
        CompressionProbe.Result off = CompressionProbe.measure(false, out, SHORT, SHORT);

        assertThat(off.negotiated()).as("deflate agreed although WorkbookServerConfig turns compression off").isFalse();
        assertThat(off.messagesPerSecond()).as("echoes per second without compression").isPositive();
    }

    @Test
    @DisplayName("with the library's default the server agrees to permessage-deflate, and echoes still flow")
    void libraryDefaultAgreesToDeflate() throws IOException, InterruptedException {
        CompressionProbe.Result on = CompressionProbe.measure(true, out, SHORT, SHORT);

        assertThat(on.negotiated()).as("deflate agreed with -Dbench.netty.compression=true").isTrue();
        assertThat(on.messagesPerSecond()).as("echoes per second with compression").isPositive();
    }
}
