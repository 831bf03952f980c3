package dev.workbook.step06;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** nginx's access log as the template's {@code balancer} format writes it: which node answered each request, and how. */
final class BalancerLog {

    /** {@code $server_port $remote_addr $upstream_addr $status $request_method transport= sid= issued=}; nginx writes "-" for empty. */
    private static final Pattern LINE = Pattern.compile(
            "(\\d+) (\\S+) (.+) (\\d{3}) (\\S+) transport=(\\S*) sid=(\\S*) issued=(\\S*)");

    /**
     * One request through a balancer.
     *
     * @param balancerPort the port of the balancer it came to
     * @param from the client's address
     * @param node the node that answered it ({@code 127.0.0.1:port}; several, comma-separated, if nginx tried more than one)
     * @param status the HTTP status the client got
     * @param method GET (a poll, a handshake, a WebSocket) or POST (packets sent over long polling)
     * @param transport polling or websocket
     * @param sid the Engine.IO session the request carries, empty for a handshake
     * @param issued the session the node handed out in its {@code io} cookie, empty if none
     */
    record Request(int balancerPort, String from, String node, int status, String method, String transport, String sid, String issued) {

        @Override
        public String toString() {
            return method + " " + transport + (sid.isEmpty() ? " handshake" : " sid " + sid) + " -> " + node + " " + status
                    + (issued.isEmpty() ? "" : " (issued " + issued + ")");
        }
    }

    /** A session a node handed out in its handshake, and a request of it that another node refused. */
    record CrossedSession(Request handshake, Request refused) {
    }

    private final Path file;

    BalancerLog(Path file) {
        this.file = file;
    }

    /** The requests that came to the balancer on {@code balancerPort} from {@code from}, in the order nginx finished them. */
    List<Request> from(int balancerPort, String from) {
        return all().stream().filter(request -> request.balancerPort == balancerPort && request.from.equals(from)).toList();
    }

    /** The first request in {@code requests} refused by a node other than the one whose handshake handed out its session; null if none. */
    static CrossedSession crossedSession(List<Request> requests) {
        for (Request refused : requests) {
            if (refused.sid.isEmpty() || refused.status < 400) {
                continue;
            }
            for (Request handshake : requests) {
                if (handshake.sid.isEmpty() && handshake.issued.equals(refused.sid) && !handshake.node.equals(refused.node)) {
                    return new CrossedSession(handshake, refused);
                }
            }
        }
        return null;
    }

    private List<Request> all() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(BalancerLog::parse).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read nginx's access log " + file, e);
        }
    }

    private static Request parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return new Request(Integer.parseInt(m.group(1)), m.group(2), m.group(3), Integer.parseInt(m.group(4)), m.group(5),
                orEmpty(m.group(6)), orEmpty(m.group(7)), orEmpty(m.group(8)));
    }

    private static String orEmpty(String logged) {
        return "-".equals(logged) ? "" : logged;
    }
}
