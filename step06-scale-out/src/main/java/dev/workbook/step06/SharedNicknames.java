package dev.workbook.step06;

import dev.workbook.pages.nicknames.NicknameRule;
import dev.workbook.step04.Identity;
import dev.workbook.step04.Nicknames;
import dev.workbook.step04.Refusal;
import dev.workbook.step04.Roster;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.redisson.api.RScript;

/**
 * Step 04's roster, kept in Redis for every node: one hash, {@value #KEY}, from each nickname's
 * look-alike key ({@link NicknameRule#lookAlikeKey}) to its holder, {@code "node session clientId
 * nickname"}. A claim is one script, so two nodes cannot both give "ada" away; a holder whose
 * node's {@link NodeLease} has lapsed holds nothing, so a node that dies frees its users'
 * nicknames without doing anything.
 */
final class SharedNicknames implements Nicknames {

    static final String KEY = "chat:nicknames";

    /** Gives the nickname unless another client holds it on a live node; the same client takes it over, and learns its old session. */
    private static final String CLAIM = NodeLease.ALIVE + """
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if current then
              local node, session, client, nickname = string.match(current, '^(%S+) (%S+) (%S+) (.*)$')
              if client ~= ARGV[3] and alive(node) then
                return {'taken', nickname}
              end
              redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
              if client == ARGV[3] then
                return {'claimed', session}
              end
              return {'claimed'}
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return {'claimed'}""";
    /** Frees the nickname only for the session that holds it: not after the same page took it over on a new connection. */
    private static final String RELEASE = """
            if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
              return redis.call('HDEL', KEYS[1], ARGV[1])
            end
            return 0""";
    /** The holder, if its node is alive; a dead node's holder is dropped on the way. */
    private static final String FIND = NodeLease.ALIVE + """
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current then
              return false
            end
            if alive(string.match(current, '^(%S+) ')) then
              return current
            end
            redis.call('HDEL', KEYS[1], ARGV[1])
            return false""";

    private final NodeScripts scripts;

    SharedNicknames(NodeScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public UUID claim(Identity identity, UUID session) throws Refusal {
        List<Object> answer = run(CLAIM, RScript.ReturnType.LIST, key(identity.nickname()), holder(identity, session), identity.clientId());
        if (answer.get(0).equals("taken")) {
            throw new Refusal(Refusal.NICKNAME_TAKEN, NicknameRule.takenBy(identity.nickname(), (String) answer.get(1)));
        }
        UUID before = answer.size() > 1 ? UUID.fromString((String) answer.get(1)) : null;
        return session.equals(before) ? null : before;
    }

    @Override
    public boolean release(Identity identity, UUID session) {
        long freed = run(RELEASE, RScript.ReturnType.LONG, key(identity.nickname()), holder(identity, session));
        return freed == 1;
    }

    @Override
    public Optional<Roster.Online> find(String nickname) {
        String holder = run(FIND, RScript.ReturnType.VALUE, key(nickname));
        if (holder == null) {
            return Optional.empty();
        }
        String[] parts = holder.split(" ", 4); // node, session, clientId, then the nickname, which may have spaces
        return Optional.of(new Roster.Online(new Identity(parts[3], parts[2]), UUID.fromString(parts[1])));
    }

    private <R> R run(String script, RScript.ReturnType type, Object... args) {
        return scripts.run(script, type, List.of(KEY), args);
    }

    private String holder(Identity identity, UUID session) {
        return scripts.node() + " " + session + " " + identity.clientId() + " " + identity.nickname();
    }

    private static String key(String nickname) {
        return NicknameRule.lookAlikeKey(nickname);
    }
}
