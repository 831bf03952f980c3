package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.objects;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static dev.workbook.step04.Step04Exercises.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.Await;
import dev.workbook.testkit.NoThreadsLeftBehind;
import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a join and {@code history} return: the last 50 messages, or exactly those after a seq, a page
 * of 200 at a time. The database is filled before the server starts: #sixty holds 60 messages,
 * #many 450; no test writes to them.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HistoryTest {

    private static final ServerErrors ERRORS = new ServerErrors();
    @TempDir
    static Path folder;
    private static ChatRoomsServer server;
    private final Await await = Await.watching(ERRORS);

    @BeforeAll
    static void fillTheDatabaseAndStart() throws IOException, SQLException {
        Path database = folder.resolve("chat");
        try (MessageStore store = MessageStore.open(database)) {
            fill(store, "sixty", 60);
            fill(store, "many", 450);
        }
        server = ChatRoomsServer.start(Step04Settings.onFreePorts(database).withLimits(ChatLimits.DEFAULT.withRate(1000, 1000)), ERRORS);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetEarlierErrors() {
        ERRORS.clear();
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @DisplayName("Joining a room of 60 messages gives its last 50, oldest first, and more: false")
    void joinGivesTheLatestFifty() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.join("sixty");

            assertOk(ack, JOIN, "the ack of ada's join of #sixty");
            assertThat(seqs(ack)).as("%s: the seqs of the messages in the join ack, in a room of 60", JOIN)
                    .containsExactlyElementsOf(range(11, 60));
            assertThat(objects(ack.optJSONArray("messages")).get(0).optString("text")).as("%s: the text of the first of them", JOIN)
                    .isEqualTo("sixty 11");
            assertThat(ack.opt("more")).as("%s: 'more' in the join ack", JOIN).isEqualTo(false);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.4")
    @DisplayName("Joining with after: 55 gives exactly the messages after 55")
    void joinAfterGivesWhatWasMissed() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "sixty", "after", 55));

            assertOk(ack, CATCH_UP, "the ack of ada's join of #sixty after 55");
            assertThat(seqs(ack)).as("%s: the seqs in the ack of a join after 55, in a room of 60", CATCH_UP)
                    .containsExactly(56L, 57L, 58L, 59L, 60L);
            assertThat(ack.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(false);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.4")
    @DisplayName("Joining with after the last seq gives no messages: the client has them all")
    void joinAfterTheLastGivesNone() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "sixty", "after", 60));

            assertOk(ack, CATCH_UP, "the ack of ada's join of #sixty after 60");
            assertThat(seqs(ack)).as("%s: the seqs in the ack of a join after 60, in a room of 60", CATCH_UP).isEmpty();
            assertThat(ack.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(false);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.4")
    @DisplayName("Catching up on 450 messages comes in pages of 200: the join, then history twice, until more: false")
    void catchUpComesInPages() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject join = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "many", "after", 0));
            JSONObject second = ada.emitWithAck(RoomsTestClient.HISTORY, object("room", "many", "after", 200));
            JSONObject third = ada.emitWithAck(RoomsTestClient.HISTORY, object("room", "many", "after", 400));

            assertOk(join, CATCH_UP, "the ack of ada's join of #many after 0");
            assertThat(seqs(join)).as("%s: the seqs in the ack of a join after 0, in a room of 450", CATCH_UP)
                    .containsExactlyElementsOf(range(1, 200));
            assertThat(join.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(true);
            assertThat(seqs(assertOk(second, CATCH_UP, "the ack of 'history' after 200"))).as("%s: history after 200", CATCH_UP)
                    .containsExactlyElementsOf(range(201, 400));
            assertThat(second.opt("more")).as("%s: 'more' in the ack of history after 200", CATCH_UP).isEqualTo(true);
            assertThat(seqs(assertOk(third, CATCH_UP, "the ack of 'history' after 400"))).as("%s: history after 400", CATCH_UP)
                    .containsExactlyElementsOf(range(401, 450));
            assertThat(third.opt("more")).as("%s: 'more' in the ack of history after 400", CATCH_UP).isEqualTo(false);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @Tag("exercise-4.2")
    @Tag("exercise-4.5")
    @Tag("exercise-4.3")
    @DisplayName("Joining while someone sends: each message comes once, in the join's history or live, with no gap")
    void joinWhileOthersSendMissesNothing() {
        String room = unique("busy");
        try (RoomsTestClient ada = connect("ada");
             RoomsTestClient bob = connect("bob")) {
            bob.joined(room);
            List<BlockingQueue<JSONObject>> acks = new ArrayList<>();

            for (int i = 1; i <= 100; i++) { // not waiting for the acks: they are still coming while ada joins
                acks.add(bob.emitAsync(RoomsTestClient.CHAT, Payloads.message(room, "busy " + i, Payloads.newMessageId())));
            }
            JSONObject join = ada.joined(room);
            acks.forEach(ack -> assertOk(await.next("the ack of one of bob's messages", ack), SEND, "the ack of bob's message"));
            List<Long> seen = new ArrayList<>(seqs(join));
            while (seen.isEmpty() || seen.get(seen.size() - 1) < 100) {
                seen.add(ada.nextChatMessage().optLong("seq"));
            }

            assertThat(seen).as("%s: the seqs ada saw, first in her join ack (%s), then live, while bob sent 100 messages", JOIN, seqs(join))
                    .containsExactlyElementsOf(range(seen.get(0), 100));
        }
    }

    private RoomsTestClient connect(String nickname) {
        return RoomsTestClient.connect(server.port(), RoomsTestClient.Transports.DEFAULT, unique(nickname), await);
    }

    private static void fill(MessageStore store, String room, int count) throws SQLException {
        for (int i = 1; i <= count; i++) {
            store.append(room, "zed", room + " " + i, Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i), "zed-1", room + "-" + i);
        }
    }

    private static List<Long> seqs(JSONObject ack) {
        return objects(ack.optJSONArray("messages")).stream().map(message -> message.optLong("seq")).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
