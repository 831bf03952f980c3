package dev.workbook.bench;

import static dev.workbook.bench.ServerKind.NETTY_SOCKETIO;
import static dev.workbook.bench.ServerKind.NODE_SOCKETIO;
import static dev.workbook.bench.ServerKind.NODE_WS;
import static dev.workbook.bench.ServerKind.STEP01;
import static dev.workbook.bench.ServerKind.STEP02;
import static dev.workbook.bench.ServerKind.STEP01_VIRTUAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which servers a repetition measures together, taking turns, and which one by one. */
@Tag("support")
class TakingTurnsTest {

    @Test
    @DisplayName("netty-socketio takes turns with Socket.IO, its peer alone; the three Java servers of ws run one by one")
    void pairsOnlyASoleJavaPartnerWithItsPeer() {
        assertThat(BenchRun.takingTurns(BenchConfig.ALL_SERVERS))
                .as("groups of the default run")
                .containsExactly(List.of(STEP01), List.of(NODE_WS), List.of(NETTY_SOCKETIO, NODE_SOCKETIO), List.of(STEP02),
                        List.of(STEP01_VIRTUAL));
    }

    @Test
    @DisplayName("in the reversed order of every other repetition the Node server of a pair goes first")
    void keepsTheOrderWithinAPair() {
        assertThat(BenchRun.takingTurns(List.of(STEP02, NODE_SOCKETIO, NETTY_SOCKETIO, NODE_WS)))
                .as("groups of a reversed run of four servers")
                .containsExactly(List.of(STEP02, NODE_WS), List.of(NODE_SOCKETIO, NETTY_SOCKETIO));
    }

    @Test
    @DisplayName("a server whose partner did not run is measured alone")
    void measuresAServerWithoutItsPartnerAlone() {
        assertThat(BenchRun.takingTurns(List.of(NETTY_SOCKETIO, NODE_WS))).as("groups without Socket.IO")
                .containsExactly(List.of(NETTY_SOCKETIO), List.of(NODE_WS));
    }
}
