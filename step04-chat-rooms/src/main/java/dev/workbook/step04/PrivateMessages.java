package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** {@code private message}: a message to one person online, by nickname. */
final class PrivateMessages {

    static final String EVENT = "private message";
    private static final int RECENT_ANSWERS = 10_000;

    /** The recipients' connections; named as step 04's namespace is, whose {@code getClient} it is on one server. */
    private final Connections chat;
    private final Nicknames roster;
    private final ChatLimits limits;
    private final RateLimiter rateLimits;
    private final Clock clock;
    /** Recent answers by client and message id: a retried private message is delivered once. */
    private final RecentAnswers delivered = new RecentAnswers(RECENT_ANSWERS);

    PrivateMessages(Connections chat, Nicknames roster, ChatLimits limits, RateLimiter rateLimits, Clock clock) {
        this.chat = chat;
        this.roster = roster;
        this.limits = limits;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** {@code private message {to, text, clientMessageId}}: acknowledged with {@code {id, to, time}}. */
    void send(SocketIOClient client, Identity sender, Object payload, Reply reply) throws Refusal {
        Fields fields = Fields.of(payload);
        String to = fields.string("to").strip();
        String text = fields.text("text", limits.maxTextChars());
        String retryKey = sender.clientId() + " " + fields.clientMessageId();
        Map<String, Object> earlier = delivered.get(retryKey);
        if (earlier != null) { // a retry of a message delivered already: the first answer again, no second copy
            reply.again(earlier);
            return;
        }
        Reply answer = reply.keepingSuccess(ack -> delivered.put(retryKey, ack));
        // BEGIN EXERCISE 4.6: Refuse a message to yourself or to nobody online; rate-limit; send it to that one client, then ack {id, to, time}.
        if (Roster.same(to, sender.nickname())) {
            throw new Refusal(Refusal.BAD_REQUEST, "that is you: send private messages to someone else");
        }
        Roster.Online recipient = roster.find(to).orElseThrow(() -> nobodyCalled(to));
        SocketIOClient connection = chat.getClient(recipient.session());
        if (connection == null) { // gone a moment ago
            throw nobodyCalled(to);
        }
        rateLimits.take(sender.clientId());
        PrivateMessage message = new PrivateMessage(UUID.randomUUID().toString(), sender.nickname(),
                recipient.identity().nickname(), text, clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        connection.sendEvent(EVENT, message);
        answer.ok(Map.of("id", message.id(), "to", message.to(), "time", message.time()));
        // END EXERCISE 4.6
    }

    private static Refusal nobodyCalled(String nickname) {
        return new Refusal(Refusal.UNKNOWN_USER, "nobody called " + nickname + " is online");
    }
}
