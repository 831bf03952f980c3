package dev.workbook.step06;

import dev.workbook.step04.RoomPresence;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redisson.api.RScript;

/**
 * Who is in which room on every node, in Redis: a hash per room, {@code chat:members:{room}}, from
 * {@code "node session"} to the member's nickname, and a set, {@value #ROOMS}, of the rooms that
 * have members. A leave or a disconnect takes its entry out; the entries of a node whose
 * {@link NodeLease} lapsed count for nothing, and the scripts that read them drop them.
 */
final class SharedPresence implements RoomPresence {

    static final String ROOMS = "chat:rooms";
    private static final String MEMBERS_PREFIX = "chat:members:";

    private static final String JOINED = """
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])""";
    private static final String LEFT = """
            redis.call('HDEL', KEYS[1], ARGV[1])
            if redis.call('HLEN', KEYS[1]) == 0 then
              redis.call('SREM', KEYS[2], ARGV[2])
            end""";
    /** {@code members(room)}: the nicknames of the room's members on live nodes; the others are dropped, an empty room too. */
    private static final String MEMBERS = NodeLease.ALIVE + """
            local function members(room)
              local key = '%s' .. room
              local entries = redis.call('HGETALL', key)
              local names = {}
              for i = 1, #entries, 2 do
                if alive(string.match(entries[i], '^(%%S+) ')) then
                  names[#names + 1] = entries[i + 1]
                else
                  redis.call('HDEL', key, entries[i])
                end
              end
              if #names == 0 then
                redis.call('SREM', KEYS[1], room)
              end
              return names
            end
            """.formatted(MEMBERS_PREFIX);
    private static final String NICKNAMES_IN = MEMBERS + "return members(ARGV[1])";
    /** Each room with members, then how many: {@code {room, count, room, count...}}. */
    private static final String COUNTS = MEMBERS + """
            local counts = {}
            for _, room in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local count = #members(room)
              if count > 0 then
                counts[#counts + 1] = room
                counts[#counts + 1] = count
              end
            end
            return counts""";

    private final NodeScripts scripts;

    SharedPresence(NodeScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void joined(UUID session, String nickname, String room) {
        scripts.run(JOINED, RScript.ReturnType.VALUE, List.of(membersKey(room), ROOMS), entry(session), nickname, room);
    }

    @Override
    public void left(UUID session, String room) {
        scripts.run(LEFT, RScript.ReturnType.VALUE, List.of(membersKey(room), ROOMS), entry(session), room);
    }

    @Override
    public Collection<String> nicknamesIn(String room) {
        return scripts.run(NICKNAMES_IN, RScript.ReturnType.LIST, List.of(ROOMS), room);
    }

    @Override
    public Map<String, Integer> counts() {
        List<Object> flat = scripts.run(COUNTS, RScript.ReturnType.LIST, List.of(ROOMS));
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            counts.put((String) flat.get(i), ((Number) flat.get(i + 1)).intValue());
        }
        return counts;
    }

    private String entry(UUID session) {
        return scripts.node() + " " + session;
    }

    static String membersKey(String room) {
        return MEMBERS_PREFIX + room;
    }
}
