package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIONamespace;
import java.util.function.Predicate;

/**
 * Where the chat keeps its messages and how they reach a room: one server's database and its own
 * broadcast ({@link #oneServer}), or what several nodes share (step 06).
 *
 * @param history where the rooms' messages are kept and numbered
 * @param locks the rooms' locks, which {@code delivery} runs under
 * @param delivery how a message just stored reaches the room's members
 * @param outage which failures mean the shared store is unreachable for now, not a bug: they are
 *               refused with {@link Refusal#UNAVAILABLE}, and the client sends again later
 */
public record ChatBackend(MessageHistory history, RoomLocks locks, RoomDelivery delivery, Predicate<Throwable> outage) {

    /** One server: {@code history} in its database, each message sent to the room as soon as it is stored. */
    public static ChatBackend oneServer(SocketIONamespace chat, MessageHistory history) {
        return new ChatBackend(history, new RoomLocks(),
                message -> chat.getRoomOperations(message.room()).sendEvent(ChatRoomsEvents.CHAT_MESSAGE, message), failure -> false);
    }
}
