package dev.workbook.step02;

/** What a client may send, once parsed: a request to join with a nickname, or a chat message. */
public sealed interface ClientMessage {

    /**
     * {@code {"type":"join","nickname":"ada"}}: take a nickname and enter the chat.
     *
     * @param nickname as the client sent it, before any trimming
     */
    record Join(String nickname) implements ClientMessage {
    }

    /**
     * {@code {"type":"chat","text":"hi","clientId":"c-1"}}: say something to everyone.
     *
     * @param text the message
     * @param clientId the client's own name for the message, echoed back so it can mark it delivered; may be null
     */
    record Chat(String text, String clientId) implements ClientMessage {
    }
}
