package dev.workbook.step04;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who is in which room on one server, in memory: all the members there are. */
final class LocalPresence implements RoomPresence {

    /** Room name to the sessions in it and their nicknames; a room leaves when its last member does. */
    private final Map<String, Map<UUID, String>> rooms = new HashMap<>();

    @Override
    public synchronized void joined(UUID session, String nickname, String room) {
        rooms.computeIfAbsent(room, name -> new LinkedHashMap<>()).put(session, nickname);
    }

    @Override
    public synchronized void left(UUID session, String room) {
        Map<UUID, String> members = rooms.get(room);
        if (members == null) {
            return;
        }
        members.remove(session);
        if (members.isEmpty()) {
            rooms.remove(room);
        }
    }

    @Override
    public synchronized Collection<String> nicknamesIn(String room) {
        return List.copyOf(rooms.getOrDefault(room, Map.of()).values());
    }

    @Override
    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        rooms.forEach((room, members) -> counts.put(room, members.size()));
        return counts;
    }
}
