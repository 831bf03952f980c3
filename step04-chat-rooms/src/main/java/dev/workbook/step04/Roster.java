package dev.workbook.step04;

import dev.workbook.pages.nicknames.NicknameRule;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online, by nickname: a nickname belongs to one client at a time. Nicknames that look alike
 * count as one ({@link NicknameRule#lookAlikeKey}): "Ada", "ada", "Ａｄａ" in full-width letters and
 * "Аda" with a Cyrillic А.
 */
public final class Roster implements Nicknames {

    private final Map<String, Online> byNickname = new ConcurrentHashMap<>();

    @Override
    public UUID claim(Identity identity, UUID session) throws Refusal {
        Online[] before = new Online[1];
        Online[] holder = new Online[1];
        try {
            byNickname.compute(key(identity.nickname()), (name, current) -> {
                if (current != null && !current.identity().clientId().equals(identity.clientId())) {
                    holder[0] = current;
                    throw new Taken();
                }
                before[0] = current;
                return new Online(identity, session);
            });
        } catch (Taken taken) {
            throw new Refusal(Refusal.NICKNAME_TAKEN, NicknameRule.takenBy(identity.nickname(), holder[0].identity().nickname()));
        }
        return before[0] == null || before[0].session().equals(session) ? null : before[0].session();
    }

    @Override
    public boolean release(Identity identity, UUID session) {
        return byNickname.remove(key(identity.nickname()), new Online(identity, session));
    }

    @Override
    public Optional<Online> find(String nickname) {
        return Optional.ofNullable(byNickname.get(key(nickname)));
    }

    /** Whether two nicknames are the same one. */
    public static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }

    private static String key(String nickname) {
        return NicknameRule.lookAlikeKey(nickname);
    }

    /** Someone online: who, and on which connection. */
    public record Online(Identity identity, UUID session) {
    }

    /** Thrown out of {@code compute} to leave the map as it was. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super(null, null, false, false);
        }
    }
}
