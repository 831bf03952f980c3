package dev.workbook.step04;

/**
 * One lock per room, or nearly: what happens in a room (a message stored and sent, a member
 * joining with the history) happens one thing at a time, so every member sees the same order.
 * A fixed set of locks, shared by hashing, keeps a client that invents room names from making
 * the server keep a lock for each. The helpers that must run under a room's lock check that they do.
 */
public final class RoomLocks {

    private static final int STRIPES = 64;
    private final Object[] locks = new Object[STRIPES];

    public RoomLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** The lock for {@code room}'s events. */
    public Object of(String room) {
        return locks[Math.floorMod(room.hashCode(), STRIPES)];
    }

    /**
     * Fails, naming {@code what}, unless the calling thread holds {@code room}'s lock: the chat's
     * helpers that must run under it check, so that code which forgets the lock fails every time,
     * not once in a thousand runs when two threads happen to meet.
     */
    public void requireHeld(String room, String what) {
        if (!Thread.holdsLock(of(room))) {
            throw new IllegalStateException(what + " outside #" + room + "'s lock: do it inside synchronized (locks.of(room)),"
                    + " or another thread can store and send a message in between");
        }
    }
}
