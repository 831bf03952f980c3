package dev.workbook.step06;

import dev.workbook.step06.BalancerLog.Request;
import dev.workbook.testkit.Await;
import dev.workbook.testkit.ScratchFolder;
import dev.workbook.testkit.ServerFixture;
import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Two chat nodes (see {@link NodesFixture}) behind a real nginx with a sticky and a round-robin
 * balancer (see {@link NginxBalancer}), for a test class as a static {@code @RegisterExtension}
 * field; each client it makes connects from an address of its own (127.0.0.2, 127.0.0.3...), as
 * clients on different machines would.
 */
final class BalancedNodes extends ServerFixture {

    static final String STICKY = "the sticky balancer";
    static final String ROUND_ROBIN = "the round-robin balancer";

    /** The last octet of the next client's address: 127.0.0.1 is nginx's and the nodes' own. */
    private final AtomicInteger nextHost = new AtomicInteger(2);
    private NodesFixture nodes;
    private Path prefix;
    private NginxBalancer nginx;
    private BalancerLog log;

    @Override
    protected void startServer() throws IOException {
        Path binary = NginxBinary.find(); // before anything starts: without nginx, the tests fail at once saying how to install it
        nodes = NodesFixture.start(2);
        prefix = ScratchFolder.create("workbook-step06-nginx-");
        nginx = NginxBalancer.start(binary, prefix, nodes.port(0), nodes.port(1));
        log = new BalancerLog(nginx.config().accessLog());
    }

    @Override
    protected void stopServer() {
        if (nginx != null) {
            nginx.close();
        }
        if (nodes != null) {
            nodes.close();
        }
        ScratchFolder.delete(prefix);
    }

    /** The nodes' errors are the ones the tests watch. */
    @Override
    public Await await() {
        return nodes.await();
    }

    @Override
    protected void beforeEachTest() {
        nodes.errors.clear();
    }

    /** A new page's client of the sticky balancer, from a new address, connected and on its last transport. */
    NodeClient sticky(String nickname, Transports transports) {
        InetAddress from = nextAddress();
        try {
            return NodeClient.through(STICKY, nginx.config().stickyPort(), from, transports, nickname, true, await());
        } catch (AssertionError notReady) {
            throw new AssertionError("through " + STICKY + ", " + nickname + " from " + from.getHostAddress() + " could not connect"
                    + " and settle; nginx logged its requests as " + log.from(nginx.config().stickyPort(), from.getHostAddress())
                    + ": did they all go to one node? " + notReady.getMessage(), notReady);
        }
    }

    /** A new page's client of the round-robin balancer, from a new address, still connecting. */
    NodeClient roundRobin(String nickname, Transports transports) {
        return NodeClient.through(ROUND_ROBIN, nginx.config().roundRobinPort(), nextAddress(), transports, nickname, false, await());
    }

    /** What nginx logged of {@code client}'s requests so far. */
    List<Request> requestsOf(NodeClient client) {
        int port = client.node.startsWith(STICKY) ? nginx.config().stickyPort() : nginx.config().roundRobinPort();
        return log.from(port, client.from.getHostAddress());
    }

    /** The names of the nodes that answered {@code client}'s requests so far (node-1, node-2), as nginx logged them. */
    Set<String> nodesOf(NodeClient client) {
        return requestsOf(client).stream().map(request -> nodeName(request.node())).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The Socket.IO port of the node named {@code name} (node-1, node-2), to reach it without nginx. */
    int portOf(String name) {
        return nodes.port(name.equals(Step06Settings.nodeName(0)) ? 0 : 1);
    }

    /** node-1 or node-2 for a node's {@code 127.0.0.1:port}, as nginx logs it; what nginx logged otherwise. */
    String nodeName(String upstream) {
        for (int index = 0; index < 2; index++) {
            if (upstream.equals("127.0.0.1:" + nodes.port(index))) {
                return Step06Settings.nodeName(index);
            }
        }
        return upstream;
    }

    /** What nginx itself logged, for a failure message. */
    String nginxErrors() {
        return nginx.errorLog();
    }

    private InetAddress nextAddress() {
        int host = nextHost.getAndIncrement();
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("127.0.0." + host + " is not an address", e);
        }
    }
}
