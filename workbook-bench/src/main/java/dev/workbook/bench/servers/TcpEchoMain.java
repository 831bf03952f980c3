package dev.workbook.bench.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The floor: a plain TCP echo on one blocking socket, no framing at all, to show what a round trip
 * costs before any WebSocket code runs.
 */
public final class TcpEchoMain {

    private TcpEchoMain() {
    }

    public static void main(String[] args) throws IOException {
        ServerSocket listener = new ServerSocket(ServerControl.port(args), 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(() -> acceptLoop(listener), "tcp-echo");
        acceptor.setDaemon(true);
        acceptor.start();
        ServerControl.ready(listener.getLocalPort(), () -> closeQuietly(listener));
    }

    private static void acceptLoop(ServerSocket listener) {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                socket.setTcpNoDelay(true);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                byte[] buffer = new byte[4096];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                }
            } catch (IOException closed) {
                // the next client, or the end
            }
        }
    }

    private static void closeQuietly(ServerSocket listener) {
        try {
            listener.close();
        } catch (IOException e) {
            // exiting anyway
        }
    }
}
