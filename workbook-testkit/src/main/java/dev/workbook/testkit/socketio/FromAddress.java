package dev.workbook.testkit.socketio;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets that leave from one local address, so that a test client looks like a machine of its own
 * to a balancer that tells clients apart by address: on Linux all of 127.0.0.0/8 is loopback, and
 * a client bound to 127.0.0.7 reaches 127.0.0.1 from 127.0.0.7.
 */
final class FromAddress extends SocketFactory {

    private final InetAddress local;

    FromAddress(InetAddress local) {
        this.local = local;
    }

    /** The one OkHttp calls: an unconnected socket, already bound to the address. */
    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(local, 0));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw new IOException("could not send from " + local.getHostAddress() + " (Linux routes all of 127.0.0.0/8 to"
                    + " loopback; other systems may need an alias, such as `sudo ifconfig lo0 alias " + local.getHostAddress()
                    + "` on macOS)", e);
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    /** Leaves from our address, not the one asked for: that is this factory's point. */
    @Override
    public Socket createSocket(String host, int port, InetAddress ignored, int ignoredPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress ignored, int ignoredPort) throws IOException {
        return createSocket(host, port);
    }

    private Socket connected(InetSocketAddress to) throws IOException {
        Socket socket = createSocket();
        socket.connect(to);
        return socket;
    }
}
