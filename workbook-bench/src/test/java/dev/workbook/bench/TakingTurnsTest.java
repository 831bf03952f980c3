package dev.workbook.bench;

import static dev.workbook.bench.ServerKind.NETTY_SOCKETIO;
import static dev.workbook.bench.ServerKind.NODE_SOCKETIO;
import static dev.workbook.bench.ServerKind.NODE_WS;
import static dev.workbook.bench.ServerKind.STEP01;
import static dev.workbook.bench.ServerKind.STEP01_VIRTUAL;
import static dev.workbook.bench.ServerKind.STEP02;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which servers a repetition measures together, taking turns, and in which order. */
@Tag("support")
class TakingTurnsTest {

    @Test
    @DisplayName("every Java server takes turns with its Node peer; step 01's two thread models share one group")
    void groupsEveryJavaServerWithItsPeer() {
        assertThat(BenchRun.takingTurns(BenchConfig.ALL_SERVERS))
                .as("groups of the default run")
                .containsExactly(List.of(STEP01, NODE_WS, STEP01_VIRTUAL), List.of(NETTY_SOCKETIO, NODE_SOCKETIO),
                        List.of(NODE_WS, STEP02));
    }

    @Test
    @DisplayName("a reversed repetition has the same groups, in reversed order, and reversed within each")
    void reversesGroupsAndTheirMembers() {
        List<ServerKind> reversed = new ArrayList<>(BenchConfig.ALL_SERVERS);
        Collections.reverse(reversed);

        assertThat(BenchRun.takingTurns(reversed))
                .as("groups of a reversed repetition")
                .containsExactly(List.of(STEP01_VIRTUAL, NODE_WS, STEP01), List.of(STEP02, NODE_WS),
                        List.of(NODE_SOCKETIO, NETTY_SOCKETIO));
    }

    @Test
    @DisplayName("no group holds more than three servers: at N = 5 000 that is 15 000 of the load generator's sockets")
    void keepsEveryGroupWithinTheFileDescriptors() {
        assertThat(BenchRun.takingTurns(BenchConfig.ALL_SERVERS)).as("groups of the default run")
                .allSatisfy(group -> assertThat(group).as("one group").hasSizeLessThanOrEqualTo(3));
    }

    @Test
    @DisplayName("a server whose partner did not run is measured alone")
    void measuresAServerWithoutItsPartnerAlone() {
        assertThat(BenchRun.takingTurns(List.of(NETTY_SOCKETIO, NODE_WS))).as("groups without Socket.IO")
                .containsExactly(List.of(NETTY_SOCKETIO), List.of(NODE_WS));
    }
}
