package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Payloads.objects;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.JOIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a join and {@code history} return: the last 50 messages, or exactly those after a seq, a page
 * of 200 at a time, from a database filled before the server starts (see {@link FilledHistory}).
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HistoryTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass(FilledHistory::start);

    @Test
    @InARoom
    @DisplayName("Joining a room of 60 messages gives its last 50, oldest first, and more: false")
    void joinGivesTheLatestFifty() {
        try (RoomsTestClient ada = connect("ada")) {

            JSONObject ack = ada.join("sixty");

            assertOk(ack, JOIN, "the ack of ada's join of #sixty");
            assertThat(Payloads.seqs(ack)).as("%s: the seqs of the messages in the join ack, in a room of 60", JOIN)
                    .containsExactlyElementsOf(Payloads.range(11, 60));
            assertThat(objects(ack.optJSONArray("messages")).get(0).optString("text")).as("%s: the text of the first of them", JOIN)
                    .isEqualTo("sixty 11");
            assertThat(ack.opt("more")).as("%s: 'more' in the join ack", JOIN).isEqualTo(false);
        }
    }

    private RoomsTestClient connect(String nickname) {
        return SERVER.connect(RoomsTestClient.Transports.DEFAULT, unique(nickname));
    }
}
