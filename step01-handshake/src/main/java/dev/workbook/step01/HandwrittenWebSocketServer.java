package dev.workbook.step01;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket server on {@link ServerSocket}: one thread accepts, and each connection gets a
 * thread of its own that runs the handshake and then reads frames.
 *
 * <p>A thread per connection keeps the code as plain as the protocol; step 02's library and the
 * load lesson show what an event loop changes.
 */
public final class HandwrittenWebSocketServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HandwrittenWebSocketServer.class);
    /** How long closing connections get to answer the server's close frame when it stops. */
    private static final long CLOSE_GRACE_MILLIS = 1000;

    private final ServerSettings settings;
    private final MessageHandler handler;
    private final ServerListener listener;
    private final Map<Long, Socket> sockets = new ConcurrentHashMap<>();
    private final Map<Long, WebSocketConnection> webSockets = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    /** Set before {@link #close()} says goodbye, read after a handshake registers: no connection misses both. */
    private volatile boolean closing;
    private final ExecutorService connectionThreads;
    private ServerSocket serverSocket;
    private Thread acceptor;

    public HandwrittenWebSocketServer(ServerSettings settings, MessageHandler handler, ServerListener listener) {
        this(settings, handler, listener, named("step01-connection-"));
    }

    /**
     * The same server, its connections' threads made by {@code connectionThreads}: on Java 21 or newer, say,
     * {@code Thread.ofVirtual().factory()}, which gives each connection a virtual thread (the load lesson compares them).
     */
    public HandwrittenWebSocketServer(ServerSettings settings, MessageHandler handler, ServerListener listener,
                                      ThreadFactory connectionThreads) {
        this.settings = settings;
        this.handler = handler;
        this.listener = listener;
        this.connectionThreads = Executors.newCachedThreadPool(connectionThreads);
    }

    /** Binds the port and starts accepting; returns once the port is open. */
    public HandwrittenWebSocketServer start() throws IOException {
        serverSocket = new ServerSocket(settings.port(), 128, InetAddress.getByName(settings.host()));
        acceptor = named("step01-acceptor-").newThread(this::acceptLoop);
        acceptor.start();
        LOG.info("WebSocket server listening on ws://{}:{}/", settings.host(), port());
        return this;
    }

    /** The port it listens on; the real one when the settings asked for 0. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Closes every connection with 1001 (going away), stops accepting, and ends every thread. */
    @Override
    public void close() {
        try {
            serverSocket.close();
            acceptor.join(CLOSE_GRACE_MILLIS);
        } catch (IOException | InterruptedException e) {
            LOG.warn("while stopping the acceptor", e);
        }
        closing = true;
        webSockets.values().forEach(HandwrittenWebSocketServer::sayGoingAway);
        connectionThreads.shutdown();
        try {
            if (!connectionThreads.awaitTermination(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                sockets.values().forEach(HandwrittenWebSocketServer::closeQuietly);
                connectionThreads.shutdownNow();
                connectionThreads.awaitTermination(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("WebSocket server on port {} stopped", serverSocket.getLocalPort());
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                if (sockets.size() >= settings.maxConnections()) {
                    refuseBusy(socket);
                } else {
                    long id = ids.incrementAndGet();
                    sockets.put(id, socket);
                    connectionThreads.execute(() -> serve(id, socket));
                }
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("accepting a connection failed; still accepting", e);
            }
        }
    }

    private void serve(long id, Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) settings.handshakeTimeout().toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            if (new Handshaker(id, listener).perform(in, out)) {
                socket.setSoTimeout((int) settings.idleTimeout().toMillis());
                WebSocketConnection connection = new WebSocketConnection(id, in, out, settings.maxMessageBytes(), handler, listener);
                webSockets.put(id, connection);
                if (closing) {
                    // Its handshake finished while close() was saying goodbye to the others: a client
                    // got its 101 and must still hear 1001, not see the socket simply drop (1006).
                    sayGoingAway(connection);
                }
                connection.run();
            }
            closeGracefully(socket, in);
        } catch (IOException e) {
            LOG.debug("connection {}: {}", id, e.toString());
        } finally {
            webSockets.remove(id);
            sockets.remove(id);
        }
    }

    /**
     * Half-closes, then reads what the client still sends until it closes too, so that unread
     * bytes do not make the OS reset the connection and lose the close frame already sent.
     */
    // tag::close-gracefully[]
    private static void closeGracefully(Socket socket, InputStream in) throws IOException {
        socket.shutdownOutput();
        socket.setSoTimeout((int) CLOSE_GRACE_MILLIS);
        byte[] discard = new byte[1024];
        try {
            while (in.read(discard) >= 0) {
                // the client's last frames: nothing more to do with them
            }
        } catch (IOException timedOutOrReset) {
            // the socket closes either way
        }
    }
    // end::close-gracefully[]

    private static void sayGoingAway(WebSocketConnection connection) {
        connection.initiateClose(CloseCodes.GOING_AWAY, "server shutting down"); // sent once, however often asked
    }

    private static void refuseBusy(Socket socket) {
        try (socket) {
            String answer = HttpResponses.error(503, "too many connections; try again later", Map.of());
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("could not refuse a connection: {}", e.toString());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing a socket: {}", e.toString());
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }
}
