package dev.workbook.step06;

import dev.workbook.testkit.socketio.SocketIoTestClient.Transports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two clients of the sticky balancer that nginx put on different nodes: clients from new
 * addresses connect one by one until both nodes have one (nginx's hash of an address decides,
 * not the test), and those that landed on a node already taken are closed again.
 */
final class ClientsOnBothNodes implements AutoCloseable {

    /** With two nodes, 16 addresses all hashed to one would be a chance of 1 in 30 000: the hash is not spreading them. */
    private static final int MOST_ADDRESSES = 16;

    /** Each node's client, by node name, in the order they connected. */
    private final Map<String, NodeClient> byNode = new LinkedHashMap<>();

    private ClientsOnBothNodes() {
    }

    /** Connects clients over {@code transports} until nginx put one on each node; fails saying where they all went if it never does. */
    static ClientsOnBothNodes connect(BalancedNodes balanced, Transports transports) {
        ClientsOnBothNodes both = new ClientsOnBothNodes();
        List<String> landed = new ArrayList<>();
        try {
            for (int i = 1; i <= MOST_ADDRESSES && both.byNode.size() < 2; i++) {
                NodeClient client = balanced.sticky("guest" + i, transports);
                String node = balanced.await().value("nginx's log of the requests of " + client, () -> firstNode(balanced, client));
                landed.add(client + " on " + node);
                if (both.byNode.putIfAbsent(node, client) != null) {
                    client.close();
                }
            }
        } catch (AssertionError | RuntimeException failed) {
            both.close();
            throw failed;
        }
        if (both.byNode.size() < 2) {
            both.close();
            throw new AssertionError("nginx's `hash $remote_addr consistent` put every client on the same node: " + landed
                    + ". Were the nodes' ports swapped in for both @NODE_n_PORT@ of the template?");
        }
        return both;
    }

    private static String firstNode(BalancedNodes balanced, NodeClient client) {
        return balanced.requestsOf(client).stream().findFirst().map(request -> balanced.nodeName(request.node())).orElse(null);
    }

    /** The two clients: the one on the node the first client landed on, then the one on the other node. */
    List<NodeClient> clients() {
        return List.copyOf(byNode.values());
    }

    /** The name of the node {@code client} is on. */
    String nodeOf(NodeClient client) {
        return byNode.entrySet().stream().filter(entry -> entry.getValue() == client).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        byNode.values().forEach(NodeClient::close);
    }
}
