package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, nothing twice, under abuse: members on every transport go offline at random
 * moments (seeded), write in bursts above the rate limit, and the server restarts twice; at the end
 * every member shows every message once, in the server's order. Bounded for CI; longer with
 * {@code -Dstep04.torture.rounds=50}, and replayed with the {@code -Dstep04.torture.seed=...} it prints.
 * Every wait is bounded ({@link Await}), so the test ends even when delivery breaks.
 */
@ExtendWith(NoThreadsLeftBehind.class)
class DeliveryTortureTest {

    /**
     * The seed a plain run uses, so that its verdict is the same every run; {@code -Dstep04.torture.seed=random}
     * explores others.
     */
    private static final long CI_SEED = 6899021495419L;

    private static final String ROOM = "torture";
    private static final int ROUNDS = Integer.getInteger("step04.torture.rounds", 6);
    private static final int MEMBERS_PER_TRANSPORT = Integer.getInteger("step04.torture.members", 2);
    /** A burst of 5, then 20 a second: a burst of 4 to 9 goes past it. */
    private static final ChatLimits LIMITS = ChatLimits.DEFAULT.withRate(5, 20.0);
    private static final double OFFLINE_CHANCE = 0.3;
    /** The last messages paced by the rate limit, and the reconnects after the last restart. */
    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final ServerErrors errors = new ServerErrors();
    private final Await await = Await.watching(errors);
    private final List<TortureMember> members = new ArrayList<>();
    @TempDir
    Path folder;
    private OnePortChatServer chat;
    private ChatRoomsServer server;

    @BeforeEach
    void chat() {
        chat = new OnePortChatServer(folder, LIMITS, errors);
    }

    @AfterEach
    void stop() {
        members.forEach(TortureMember::close);
        chat.close();
    }

    @Test
    @SendsToTheRoom
    @Tag("exercise-4.4")
    @DisplayName("Members on every transport going offline, writing in bursts past the rate limit, two server restarts: each message once, in order, everywhere")
    void nothingLostNothingTwice() throws IOException {
        String asked = System.getProperty("step04.torture.seed", String.valueOf(CI_SEED));
        long seed = asked.equals("random") ? System.nanoTime() : Long.parseLong(asked);
        System.out.printf("Delivery torture: seed %d, %d rounds (replay: -Dstep04.torture.seed=%d -Dstep04.torture.rounds=%d)%n",
                seed, ROUNDS, seed, ROUNDS);
        Random random = new Random(seed);
        server = chat.start();
        joinAll(chat.port());

        for (int round = 1; round <= ROUNDS; round++) {
            if (round == ROUNDS / 3 + 1 || round == 2 * ROUNDS / 3 + 1) {
                restart();
            }
            for (TortureMember member : members) {
                playATurn(member, random);
            }
        }
        settle();

        TortureReport report = TortureReport.of(members, ROOM);
        System.out.println(report);
        assertThat(report.lost()).as("%s and %s: messages written but missing from a member's view (%s)", SEND, CATCH_UP, report)
                .isZero();
        assertThat(report.duplicated()).as("%s: messages shown twice, or stored twice (%s)", SEND, report).isZero();
        for (TortureMember member : members) {
            assertThat(member.delivery.seqs(ROOM)).as("%s: the seqs %s shows, in the server's order 1, 2, 3...", CATCH_UP,
                    member.client.nickname).containsExactlyElementsOf(Payloads.range(1, report.sent()));
        }
    }

    /**
     * Every connection drops; what is written meanwhile waits. It returns once every connected
     * member saw its disconnect: until then its client would send a join on a dead connection.
     */
    private void restart() throws IOException {
        Map<RoomsTestClient, Integer> connected = new LinkedHashMap<>();
        members.stream().map(m -> m.client).filter(RoomsTestClient::connected).forEach(c -> connected.put(c, c.disconnections()));
        chat.stop(server);
        connected.forEach((client, before) -> client.awaitDisconnectedSince(before, "the server stopped"));
        server = chat.start();
    }

    private void joinAll(int port) {
        for (RoomsTestClient.Transports transports : transports()) {
            for (int i = 1; i <= MEMBERS_PER_TRANSPORT; i++) {
                String nickname = transports.name().toLowerCase() + "-" + i;
                TortureMember member = new TortureMember(RoomsTestClient.connect(port, transports, nickname, await), ROOM,
                        await.atMost(Await.CONNECT_TIMEOUT));
                members.add(member);
                member.joinFirst();
            }
        }
    }

    /** Comes back, or goes offline (by choice or a network break), then writes a burst and sends what it can. */
    private static void playATurn(TortureMember member, Random random) {
        if (member.away() && random.nextBoolean()) {
            member.comeBack();
        } else if (random.nextDouble() < OFFLINE_CHANCE) {
            member.goOffline(random.nextBoolean());
        }
        member.writeBurst(4 + random.nextInt(6));
    }

    /** Everyone back; every outbox sent, paced by the rate limit; every view caught up with a last join. */
    private void settle() {
        members.forEach(TortureMember::comeBack);
        await.atMost(SETTLE).until("every member's messages acknowledged", () -> {
            members.forEach(TortureMember::sendIfItCan);
            return members.stream().allMatch(TortureMember::allAcknowledged);
        }, () -> members.stream().map(m -> m.client.nickname + ": " + m.delivery.unacknowledgedCount() + " unacknowledged").toList());
        int sent = members.stream().mapToInt(m -> m.written.size()).sum();
        for (TortureMember member : members) {
            member.sendIfItCan(); // joins again if it reconnected since
            member.delivery.join(ROOM); // after its last seq: what it missed, also a live message the transport lost
            member.delivery.awaitThrough(ROOM, sent);
        }
    }

    /** Every transport in a check of the whole step and in CI; the default one in a learner's run (see TransportsUnderTest). */
    private static List<RoomsTestClient.Transports> transports() {
        boolean every = "all".equals(System.getProperty("workbook.transports", "all"));
        return every ? Arrays.asList(RoomsTestClient.Transports.values()) : List.of(RoomsTestClient.Transports.DEFAULT);
    }
}
