package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Catching up (exercise 4.4): a join with {@code after}, and {@code history}, return exactly the
 * messages after a seq, a page of 200 at a time, from a database filled before the server starts
 * (see {@link FilledHistory}).
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CatchUpTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass(FilledHistory::start);

    @Test
    @InARoom
    @Tag("exercise-4.4")
    @DisplayName("Joining with after: 55 gives exactly the messages after 55")
    void joinAfterGivesWhatWasMissed() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "sixty", "after", 55));

            assertOk(ack, CATCH_UP, "the ack of ada's join of #sixty after 55");
            assertThat(Payloads.seqs(ack)).as("%s: the seqs in the ack of a join after 55, in a room of 60", CATCH_UP)
                    .containsExactly(56L, 57L, 58L, 59L, 60L);
            assertThat(ack.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(false);
        }
    }

    @Test
    @InARoom
    @Tag("exercise-4.4")
    @DisplayName("Joining with after the last seq gives no messages: the client has them all")
    void joinAfterTheLastGivesNone() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "sixty", "after", 60));

            assertOk(ack, CATCH_UP, "the ack of ada's join of #sixty after 60");
            assertThat(Payloads.seqs(ack)).as("%s: the seqs in the ack of a join after 60, in a room of 60", CATCH_UP).isEmpty();
            assertThat(ack.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(false);
        }
    }

    @Test
    @InARoom
    @Tag("exercise-4.4")
    @DisplayName("Catching up on 450 messages comes in pages of 200: the join, then history twice, until more: false")
    void catchUpComesInPages() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject join = ada.emitWithAck(RoomsTestClient.JOIN, object("room", "many", "after", 0));
            JSONObject second = ada.emitWithAck(RoomsTestClient.HISTORY, object("room", "many", "after", 200));
            JSONObject third = ada.emitWithAck(RoomsTestClient.HISTORY, object("room", "many", "after", 400));

            assertOk(join, CATCH_UP, "the ack of ada's join of #many after 0");
            assertThat(Payloads.seqs(join)).as("%s: the seqs in the ack of a join after 0, in a room of 450", CATCH_UP)
                    .containsExactlyElementsOf(Payloads.range(1, 200));
            assertThat(join.opt("more")).as("%s: 'more' in that ack", CATCH_UP).isEqualTo(true);
            assertThat(Payloads.seqs(assertOk(second, CATCH_UP, "the ack of 'history' after 200"))).as("%s: history after 200", CATCH_UP)
                    .containsExactlyElementsOf(Payloads.range(201, 400));
            assertThat(second.opt("more")).as("%s: 'more' in the ack of history after 200", CATCH_UP).isEqualTo(true);
            assertThat(Payloads.seqs(assertOk(third, CATCH_UP, "the ack of 'history' after 400"))).as("%s: history after 400", CATCH_UP)
                    .containsExactlyElementsOf(Payloads.range(401, 450));
            assertThat(third.opt("more")).as("%s: 'more' in the ack of history after 400", CATCH_UP).isEqualTo(false);
        }
    }

    private RoomsTestClient connect(String nickname) {
        return SERVER.connect(RoomsTestClient.Transports.DEFAULT, unique(nickname));
    }
}
