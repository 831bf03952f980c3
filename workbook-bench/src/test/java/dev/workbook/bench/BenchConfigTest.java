package dev.workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How the system properties pick the servers, the collector and the flags of a run. */
@Tag("support")
class BenchConfigTest {

    @Test
    @DisplayName("-Dbench.servers keeps only the servers named, in the A/B order, whatever order they were named in")
    void keepsTheNamedServersInTheAbOrder() {
        assertThat(BenchConfig.serversFrom("step02, node_ws"))
                .as("servers of -Dbench.servers=step02,node_ws")
                .containsExactly(ServerKind.NODE_WS, ServerKind.STEP02);
    }

    @Test
    @DisplayName("no -Dbench.servers means every server")
    void blankMeansAll() {
        assertThat(BenchConfig.serversFrom(" ")).isEqualTo(BenchConfig.ALL_SERVERS);
        assertThat(BenchConfig.serversFrom(null)).isEqualTo(BenchConfig.ALL_SERVERS);
    }

    @Test
    @DisplayName("a misspelt server is refused with the list of the real ones")
    void unknownNameIsRefusedClearly() {
        assertThatThrownBy(() -> BenchConfig.serversFrom("STEP03"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no server called 'STEP03'")
                .hasMessageContaining("NETTY_SOCKETIO");
    }

    @Test
    @DisplayName("step 01 on virtual threads runs only where a JDK with virtual threads was found")
    void virtualThreadRowNeedsItsJdk() {
        assertThat(BenchConfig.runnable(BenchConfig.ALL_SERVERS, Optional.empty())).as("servers with no JDK 21+")
                .doesNotContain(ServerKind.STEP01_VIRTUAL).contains(ServerKind.STEP01);
        assertThat(BenchConfig.runnable(BenchConfig.ALL_SERVERS, Optional.of(Path.of("/jdk25")))).as("servers with a JDK 25")
                .contains(ServerKind.STEP01_VIRTUAL);
    }

    @Test
    @DisplayName("-Dbench.gc picks Parallel or G1 in any case, defaults to Parallel, and refuses anything else")
    void gcIsOneOfTwo() {
        assertThat(BenchConfig.gcFrom(null)).isEqualTo("Parallel");
        assertThat(BenchConfig.gcFrom(" g1 ")).isEqualTo("G1");
        assertThatThrownBy(() -> BenchConfig.gcFrom("ZGC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bench.gc").hasMessageContaining("Parallel or G1");
    }

    @Test
    @DisplayName("-Dbench.jvmArgs is split into flags for the JVM servers, and nothing given means none")
    void jvmArgsAreSplitIntoFlags() {
        assertThat(BenchConfig.flagsFrom(" -agentpath:/tmp/a.so=start,event=cpu  -XX:+UseParallelGC "))
                .as("flags of -Dbench.jvmArgs").containsExactly("-agentpath:/tmp/a.so=start,event=cpu", "-XX:+UseParallelGC");
        assertThat(BenchConfig.flagsFrom(null)).isEmpty();
        assertThat(BenchConfig.flagsFrom("  ")).isEmpty();
    }
}
