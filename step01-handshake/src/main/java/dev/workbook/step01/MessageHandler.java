package dev.workbook.step01;

import java.io.IOException;

/** What the application does with each whole message a client sends. */
@FunctionalInterface
public interface MessageHandler {

    /** Called on the connection's own thread, one message at a time. */
    void onMessage(WebSocketConnection connection, Message message) throws IOException;

    /** Sends every message straight back to its sender: the step's application. */
    // tag::echo-handler[]
    MessageHandler ECHO = WebSocketConnection::send;
    // end::echo-handler[]
}
