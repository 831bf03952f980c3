package dev.workbook.step04;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is in which room. netty-socketio keeps rooms too, for sending, but forgets a connection's
 * rooms before the disconnect listener runs; this keeps each connection's rooms here, and tells
 * {@link RoomPresence} who is in them, with their nicknames, for the lists the chat shows.
 */
final class Memberships {

    private final Map<UUID, Set<String>> roomsOf = new HashMap<>();
    private final List<String> defaultRooms;
    private final RoomPresence presence;

    /**
     * @param defaultRooms rooms listed even when empty
     * @param presence where the members' nicknames are kept: this server's, or every node's
     */
    Memberships(List<String> defaultRooms, RoomPresence presence) {
        this.defaultRooms = List.copyOf(defaultRooms);
        this.presence = presence;
    }

    /**
     * Puts a session in a room.
     *
     * @return false when it was in the room already
     * @throws Refusal ({@code too-many-rooms}) when it is in {@code maxRooms} rooms already
     */
    boolean join(UUID session, String nickname, String room, int maxRooms) throws Refusal {
        synchronized (this) {
            Set<String> joined = roomsOf.computeIfAbsent(session, id -> new TreeSet<>());
            if (joined.contains(room)) {
                return false;
            }
            if (joined.size() >= maxRooms) {
                throw new Refusal(Refusal.TOO_MANY_ROOMS, "you are in " + joined.size() + " rooms, the most there may be: leave one first");
            }
            joined.add(room);
        }
        try { // outside this object's lock: a shared presence may wait on the network
            presence.joined(session, nickname, room);
        } catch (RuntimeException unreachable) { // not in the room after all, so that the client can try again
            synchronized (this) {
                roomsOf.get(session).remove(room);
            }
            throw unreachable;
        }
        return true;
    }

    /** Takes a session out of a room; refused ({@code not-in-room}) if it was not in it. */
    void leave(UUID session, String room) throws Refusal {
        synchronized (this) {
            requireMember(session, room);
            roomsOf.get(session).remove(room);
        }
        presence.left(session, room);
    }

    /** Takes a session out of every room, and says which they were. */
    Set<String> forget(UUID session) {
        Set<String> joined;
        synchronized (this) {
            joined = roomsOf.remove(session);
        }
        if (joined == null) {
            return Set.of();
        }
        joined.forEach(room -> presence.left(session, room));
        return joined;
    }

    synchronized void requireMember(UUID session, String room) throws Refusal {
        if (!roomsOf.getOrDefault(session, Set.of()).contains(room)) {
            throw new Refusal(Refusal.NOT_IN_ROOM, "you are not in #" + room + ": join it first");
        }
    }

    /** The nicknames in a room, sorted. */
    List<String> nicknamesIn(String room) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(presence.nicknamesIn(room));
        return List.copyOf(names);
    }

    /** Every room with members, and the default rooms, by name, with how many are in each. */
    List<Map<String, Object>> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        defaultRooms.forEach(room -> counts.put(room, 0));
        counts.putAll(presence.counts());
        List<Map<String, Object>> list = new ArrayList<>();
        counts.forEach((room, members) -> list.add(Map.of("name", room, "members", members)));
        return list;
    }
}
