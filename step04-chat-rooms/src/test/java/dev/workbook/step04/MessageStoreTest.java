package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.CATCH_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link MessageStore} on an H2 file of its own: numbering, the dedupe key, the latest messages, and what a client missed. */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MessageStoreTest {

    private static final Instant TIME = Instant.parse("2026-11-25T10:15:30.123Z");

    @TempDir
    Path folder;
    private MessageStore store;

    @BeforeEach
    void open() throws IOException, SQLException {
        store = MessageStore.open(folder.resolve("chat"));
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    @Test
    @Tag("support")
    @DisplayName("Each room numbers its own messages 1, 2, 3, however the rooms' messages interleave")
    void eachRoomCountsFromOne() throws SQLException {
        List<String> rooms = List.of("general", "help", "general", "general", "help");

        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            numbered.add(rooms.get(i) + " " + store.append(rooms.get(i), "ada", "message " + i, TIME, "ada-1", "m" + i).seq());
        }

        assertThat(numbered).as("the room and seq of five messages appended to two rooms")
                .containsExactly("general 1", "help 1", "general 2", "general 3", "help 2");
    }

    @Test
    @Tag("support")
    @DisplayName("append returns the message as stored: room, seq, sender, text, and the time in ISO 8601 UTC")
    void appendReturnsTheStoredMessage() throws SQLException {
        StoredMessage stored = store.append("general", "ada", "hello", TIME, "ada-1", "m1");

        assertThat(stored).as("what append returns").isEqualTo(new StoredMessage("general", 1, "ada", "hello", "2026-11-25T10:15:30.123Z"));
        assertThat(store.latest("general", 1)).as("what latest then returns").containsExactly(stored);
    }

    @Test
    @Tag("support")
    @DisplayName("A client's message id is stored once: the same id again is refused, and find returns the first copy")
    void sameClientMessageIdIsStoredOnce() throws SQLException {
        StoredMessage first = store.append("general", "ada", "hello", TIME, "ada-1", "m1");

        Throwable again = catchThrowable(() -> store.append("general", "ada", "hello again", TIME, "ada-1", "m1"));
        StoredMessage otherClientsM1 = store.append("general", "bob", "hi", TIME, "bob-1", "m1");

        assertThat(again).as("appending with a (clientId, clientMessageId) stored before").isInstanceOf(SQLException.class);
        assertThat(store.find("ada-1", "m1")).as("find(ada-1, m1)").contains(first);
        assertThat(otherClientsM1.seq()).as("the seq of another client's message with the same id m1: its own, next one").isEqualTo(2);
        assertThat(store.lastSeq("general")).as("the room's last seq: the refused copy took no number").isEqualTo(2);
        assertThat(store.find("ada-1", "m2")).as("find(ada-1, m2), never sent").isEmpty();
    }

    @Test
    @Tag("support")
    @DisplayName("latest(room, n) gives the room's last n messages, oldest first, or all of them when there are fewer")
    void latestGivesTheLastOnesOldestFirst() throws SQLException {
        appendTexts("general", 8);
        appendTexts("help", 3);

        List<StoredMessage> lastFive = store.latest("general", 5);
        List<StoredMessage> allOfHelp = store.latest("help", 5);

        assertThat(lastFive).as("latest(general, 5) of 8").extracting(StoredMessage::seq).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(allOfHelp).as("latest(help, 5) of 3").extracting(StoredMessage::text).containsExactly("help 1", "help 2", "help 3");
        assertThat(store.latest("empty", 5)).as("latest of a room without messages").isEmpty();
    }

    @Test
    @Tag("support")
    @DisplayName("The messages and their numbering survive closing and opening the database again")
    void survivesAReopen() throws IOException, SQLException {
        appendTexts("general", 3);

        store.close();
        store = MessageStore.open(folder.resolve("chat"));
        StoredMessage next = store.append("general", "ada", "after the restart", TIME, "ada-1", "after");
        Throwable retried = catchThrowable(() -> store.append("general", "ada", "general 2", TIME, "ada-1", "general-2"));

        assertThat(store.latest("general", 10)).as("the room's messages after reopening").extracting(StoredMessage::text)
                .containsExactly("general 1", "general 2", "general 3", "after the restart");
        assertThat(next.seq()).as("the seq of the first message after reopening").isEqualTo(4);
        assertThat(retried).as("a retry of a message stored before the reopen").isInstanceOf(SQLException.class);
    }

    @Test
    @Tag("exercise-4.4")
    @DisplayName("after(room, seq, limit) gives exactly the messages after seq, oldest first")
    void afterGivesWhatWasMissed() throws SQLException {
        appendTexts("general", 10);
        appendTexts("help", 10);

        List<StoredMessage> missed = store.after("general", 6, 200);

        assertThat(missed).as("%s: after(general, 6, 200) of 10 messages, with 10 in help too", CATCH_UP)
                .extracting(message -> message.room() + " " + message.seq())
                .containsExactly("general 7", "general 8", "general 9", "general 10");
    }

    @Test
    @Tag("exercise-4.4")
    @DisplayName("after(room, seq, limit) gives at most limit messages: the first ones after seq, so the client can ask again")
    void afterIsLimitedToTheOldest() throws SQLException {
        appendTexts("general", 10);

        List<StoredMessage> page = store.after("general", 2, 3);
        List<StoredMessage> nextPage = store.after("general", 5, 3);

        assertThat(page).as("%s: after(general, 2, 3) of 10 messages", CATCH_UP).extracting(StoredMessage::seq)
                .containsExactly(3L, 4L, 5L);
        assertThat(nextPage).as("%s: after(general, 5, 3), the next page", CATCH_UP).extracting(StoredMessage::seq)
                .containsExactly(6L, 7L, 8L);
    }

    @Test
    @Tag("exercise-4.4")
    @DisplayName("after(room, 0, limit) starts at the first message; after the last one, or in an empty room, it gives none")
    void afterAtTheEdges() throws SQLException {
        appendTexts("general", 3);

        List<StoredMessage> fromTheStart = store.after("general", 0, 200);
        List<StoredMessage> afterTheLast = store.after("general", 3, 200);
        List<StoredMessage> emptyRoom = store.after("nobody-here", 0, 200);

        assertThat(fromTheStart).as("%s: after(general, 0, 200) of 3 messages", CATCH_UP).extracting(StoredMessage::text)
                .containsExactly("general 1", "general 2", "general 3");
        assertThat(afterTheLast).as("%s: after(general, 3, 200): the client has everything", CATCH_UP).isEmpty();
        assertThat(emptyRoom).as("%s: after(nobody-here, 0, 200), a room without messages", CATCH_UP).isEmpty();
    }

    /** Appends "room 1", "room 2"... from ada, with client message ids "room-1", "room-2"... */
    private void appendTexts(String room, int count) throws SQLException {
        for (int i = 1; i <= count; i++) {
            store.append(room, "ada", room + " " + i, TIME, "ada-1", room + "-" + i);
        }
    }
}
