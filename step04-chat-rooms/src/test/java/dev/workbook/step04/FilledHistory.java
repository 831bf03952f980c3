package dev.workbook.step04;

import dev.workbook.testkit.ServerErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A chat server whose database holds messages before it starts: #sixty has 60, #many 450, all
 * from zed; the tests of history and catching up read them and write none.
 */
final class FilledHistory {

    private FilledHistory() {
    }

    /** Fills a database in {@code folder} and starts a server on it, with a rate limit no test reaches. */
    static ChatRoomsServer start(Path folder, ServerErrors errors) throws IOException {
        Path database = folder.resolve("chat");
        try (MessageStore store = MessageStore.open(database)) {
            fill(store, "sixty", 60);
            fill(store, "many", 450);
        } catch (SQLException e) {
            throw new IOException("could not fill the test database in " + folder, e);
        }
        return ChatRoomsServer.start(Step04Settings.forTests(database).withLimits(ChatLimits.DEFAULT.withRate(1000, 1000)), errors);
    }

    private static void fill(MessageStore store, String room, int count) throws SQLException {
        for (int i = 1; i <= count; i++) {
            store.append(room, "zed", room + " " + i, Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i), "zed-1", room + "-" + i);
        }
    }
}
