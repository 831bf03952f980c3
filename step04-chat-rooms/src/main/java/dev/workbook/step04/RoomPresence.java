package dev.workbook.step04;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who is in which room, for the lists the chat shows (a join's members, the rooms' counts): one
 * server's own ({@link LocalPresence}), or every node's (step 06).
 */
public interface RoomPresence {

    /** {@code session}, signed in as {@code nickname}, is now in {@code room}. */
    void joined(UUID session, String nickname, String room);

    /** {@code session} is no longer in {@code room}. */
    void left(UUID session, String room);

    /** The nicknames of the room's members, one per connection, in no particular order. */
    Collection<String> nicknamesIn(String room);

    /** Every room with members, with how many connections are in each. */
    Map<String, Integer> counts();
}
