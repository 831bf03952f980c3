package dev.workbook.step04;

/**
 * One lock per room, or nearly: what happens in a room (a message stored and sent, a member
 * joining with the history) happens one thing at a time, so every member sees the same order.
 * A fixed set of locks, shared by hashing, keeps a client that invents room names from making
 * the server keep a lock for each.
 */
final class RoomLocks {

    private static final int STRIPES = 64;
    private final Object[] locks = new Object[STRIPES];

    RoomLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    Object of(String room) {
        return locks[Math.floorMod(room.hashCode(), STRIPES)];
    }
}
