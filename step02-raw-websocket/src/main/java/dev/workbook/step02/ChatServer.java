package dev.workbook.step02;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workbook.mends.CheckedHandshakeFactory;
import dev.workbook.mends.HeldFrameWatch;
import dev.workbook.mends.MaskedClientFrames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat on Java-WebSocket: the library runs the protocol, this class answers its four events
 * (open, message, close, error) and hands each message to the {@link ChatRoom}.
 */
public final class ChatServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(ChatServer.class);
    private static final int START_TIMEOUT_SECONDS = 10;

    private final ChatRoom room;
    private final ClientMessageParser parser;
    private final Envelopes envelopes;
    private final Consumer<Throwable> errors;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private HeldFrameWatch heldFrames;

    /** A server not yet started; {@code errors} hears every exception the chat's own code throws. */
    public ChatServer(ChatSettings settings, Consumer<Throwable> errors) {
        // One decoder thread: the chat is small, and messages from every client then arrive in one order.
        super(new InetSocketAddress(settings.host(), settings.port()), 1, drafts(settings.maxFrameBytes()));
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // one object per frame
        this.envelopes = new Envelopes(json);
        this.parser = new ClientMessageParser(json);
        this.room = new ChatRoom(envelopes, settings.clock());
        this.errors = errors;
        setReuseAddr(true); // so that a restarted server gets its port back at once
        setWebSocketFactory(new CheckedHandshakeFactory()); // the handshake checked as RFC 6455 says, not as the library does
        setConnectionLostTimeout((int) Math.max(1, settings.heartbeat().toSeconds()));
    }

    /** Starts and waits until the port is open, or throws why it could not be. */
    public ChatServer startAndWait() throws IOException {
        start();
        try {
            started.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            heldFrames = new HeldFrameWatch(this::getConnections); // works around a race in the library
            return this;
        } catch (ExecutionException e) {
            throw new IOException("the chat server could not start on " + getAddress() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IOException("the chat server did not start within " + START_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Closes every connection with 1001 (going away) and stops. */
    public void stopAndWait() {
        try {
            stop(2000, "server shutting down");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (heldFrames != null) {
                heldFrames.close();
            }
        }
    }

    @Override
    public void onStart() {
        LOG.info("chat server listening on ws://{}:{}/", getAddress().getHostString(), getPort());
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        LOG.debug("{} connected", connection.getRemoteSocketAddress());
    }

    // tag::on-message[]
    @Override
    public void onMessage(WebSocket connection, String text) {
        try {
            ClientMessage message = parser.parse(text);
            if (message instanceof ClientMessage.Join join) {
                room.join(connection, join);
            } else if (message instanceof ClientMessage.Chat chat) {
                room.say(connection, chat);
            }
        } catch (BadMessage refused) {
            LOG.info("{}: refused {}: {}", connection.getRemoteSocketAddress(), refused.code(), refused.getMessage());
            connection.send(envelopes.error(refused));
        } catch (WebsocketNotConnectedException senderLeft) {
            // It closed while we answered; its onClose may already have run, so take it out here too.
            LOG.debug("{} closed while its message was handled", connection.getRemoteSocketAddress());
            room.leave(connection);
        } catch (RuntimeException bug) {
            fail(connection, bug);
        }
    }
    // end::on-message[]

    @Override
    public void onMessage(WebSocket connection, ByteBuffer bytes) {
        connection.send(envelopes.error(new BadMessage("binary-not-supported", "send JSON in text frames, not binary ones")));
    }

    // tag::on-close[]
    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean byClient) {
        LOG.debug("{} closed with {} {}", connection.getRemoteSocketAddress(), code, reason);
        try {
            room.leave(connection);
        } catch (RuntimeException bug) {
            fail(connection, bug);
        }
    }
    // end::on-close[]

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            started.completeExceptionally(error); // the server itself failed, most often to bind its port
        }
        if (connection != null && error instanceof InvalidDataException refused) { // a client broke the protocol: the library closes with its code
            LOG.info("{}: closed with {}: {}", connection.getRemoteSocketAddress(), refused.getCloseCode(), refused.getMessage());
            return;
        }
        LOG.warn("WebSocket error on {}", connection == null ? "the server" : connection.getRemoteSocketAddress(), error);
    }

    /** The chat's own code threw: report it, and close that connection with 1011 so the client knows. */
    private void fail(WebSocket connection, RuntimeException bug) {
        LOG.error("the chat failed serving {}", connection.getRemoteSocketAddress(), bug);
        errors.accept(bug);
        connection.close(CloseFrame.UNEXPECTED_CONDITION, "internal error");
    }

    // tag::drafts[]
    private static List<Draft> drafts(int maxFrameBytes) {
        return List.of(new MaskedClientFrames(Collections.emptyList(), List.of(new Protocol("")), maxFrameBytes));
    }
    // end::drafts[]
}
