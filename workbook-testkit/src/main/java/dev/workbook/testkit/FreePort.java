package dev.workbook.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds a TCP port on the loopback interface that nobody is listening on right now. */
public final class FreePort {

    private FreePort() {
    }

    /**
     * Binds port 0 on 127.0.0.1, reads the port the OS chose, and releases it.
     *
     * <p>Another process may take the port before the caller binds it: prefer binding to port 0
     * directly where the server allows it, and retry on {@link java.net.BindException} where not.
     */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port on 127.0.0.1", e);
        }
    }
}
