package dev.workbook.step04;

import com.corundumstudio.socketio.SocketIOClient;
import java.sql.SQLException;

/** What the chat does with one kind of event from a client: it answers through {@code reply}, or refuses by throwing. */
@FunctionalInterface
interface Handler {

    void handle(SocketIOClient client, Identity sender, Object payload, Reply reply) throws Refusal, SQLException;
}
