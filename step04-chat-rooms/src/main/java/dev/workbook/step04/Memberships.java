package dev.workbook.step04;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is in which room. netty-socketio keeps rooms too, for sending, but forgets a connection's
 * rooms before the disconnect listener runs; this keeps them, with each member's nickname.
 */
final class Memberships {

    /** Room name to the sessions in it and their nicknames. */
    private final Map<String, Map<UUID, String>> rooms = new HashMap<>();
    private final Map<UUID, Set<String>> roomsOf = new HashMap<>();
    private final List<String> defaultRooms;

    /** @param defaultRooms rooms listed even when empty */
    Memberships(List<String> defaultRooms) {
        this.defaultRooms = List.copyOf(defaultRooms);
    }

    /**
     * Puts a session in a room.
     *
     * @return false when it was in the room already
     * @throws Refusal ({@code too-many-rooms}) when it is in {@code maxRooms} rooms already
     */
    synchronized boolean join(UUID session, String nickname, String room, int maxRooms) throws Refusal {
        Set<String> joined = roomsOf.computeIfAbsent(session, id -> new TreeSet<>());
        if (joined.contains(room)) {
            return false;
        }
        if (joined.size() >= maxRooms) {
            throw new Refusal(Refusal.TOO_MANY_ROOMS, "you are in " + joined.size() + " rooms, the most there may be: leave one first");
        }
        joined.add(room);
        rooms.computeIfAbsent(room, name -> new LinkedHashMap<>()).put(session, nickname);
        return true;
    }

    /** Takes a session out of a room; refused ({@code not-in-room}) if it was not in it. */
    synchronized void leave(UUID session, String room) throws Refusal {
        requireMember(session, room);
        roomsOf.get(session).remove(room);
        removeFromRoom(session, room);
    }

    /** Takes a session out of every room, and says which they were. */
    synchronized Set<String> forget(UUID session) {
        Set<String> joined = roomsOf.remove(session);
        if (joined == null) {
            return Set.of();
        }
        joined.forEach(room -> removeFromRoom(session, room));
        return joined;
    }

    synchronized void requireMember(UUID session, String room) throws Refusal {
        if (!roomsOf.getOrDefault(session, Set.of()).contains(room)) {
            throw new Refusal(Refusal.NOT_IN_ROOM, "you are not in #" + room + ": join it first");
        }
    }

    /** The nicknames in a room, sorted. */
    synchronized List<String> nicknamesIn(String room) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(rooms.getOrDefault(room, Map.of()).values());
        return List.copyOf(names);
    }

    /** Every room with members, and the default rooms, by name, with how many are in each. */
    synchronized List<Map<String, Object>> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        defaultRooms.forEach(room -> counts.put(room, 0));
        rooms.forEach((room, members) -> counts.put(room, members.size()));
        List<Map<String, Object>> list = new ArrayList<>();
        counts.forEach((room, members) -> list.add(Map.of("name", room, "members", members)));
        return list;
    }

    private void removeFromRoom(UUID session, String room) {
        Map<UUID, String> members = rooms.get(room);
        members.remove(session);
        if (members.isEmpty()) {
            rooms.remove(room);
        }
    }
}
