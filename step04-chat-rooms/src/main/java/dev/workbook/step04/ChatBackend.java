package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIONamespace;
import java.util.function.Predicate;

/**
 * What the chat keeps and how it reaches people: one server's database, memory and own broadcast
 * ({@link #oneServer}), or what several nodes share (step 06).
 *
 * @param history where the rooms' messages are kept and numbered
 * @param locks the rooms' locks, which {@code delivery} runs under
 * @param delivery how a message just stored reaches the room's members
 * @param nicknames who is online under which nickname
 * @param presence who is in which room, for the members lists and the rooms' counts
 * @param rateLimits how fast each client may send
 * @param connections how a private message finds its recipient's connection
 * @param outage which failures mean the shared store is unreachable for now, not a bug: they are
 *               refused with {@link Refusal#UNAVAILABLE}, and the client sends again later
 */
public record ChatBackend(MessageHistory history, RoomLocks locks, RoomDelivery delivery, Nicknames nicknames, RoomPresence presence,
                          RateLimiter rateLimits, Connections connections, Predicate<Throwable> outage) {

    /** One server: {@code history} in its database, each message sent to the room as soon as it is stored, the rest in memory. */
    public static ChatBackend oneServer(SocketIONamespace chat, MessageHistory history, ChatLimits limits) {
        return new ChatBackend(history, new RoomLocks(),
                message -> chat.getRoomOperations(message.room()).sendEvent(ChatRoomsEvents.CHAT_MESSAGE, message),
                new Roster(), new LocalPresence(), new RateLimits(limits), chat::getClient, failure -> false);
    }
}
