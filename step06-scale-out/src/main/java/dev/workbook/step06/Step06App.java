package dev.workbook.step06;

import dev.workbook.pages.PageUrl;
import dev.workbook.pages.PortInUse;
import dev.workbook.pages.StepApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Step 06 running: a Redis, the chat's nodes on it, and the chat's page, which opens on any of them. */
public final class Step06App implements StepApp {

    private static final Logger LOG = LoggerFactory.getLogger(Step06App.class);

    private final Step06Settings settings;
    private final Consumer<Throwable> errors;
    private final SharedRedis redis;
    private final ChatNode[] nodes;
    private final int[] ports;
    private Javalin page;

    private Step06App(Step06Settings settings, Consumer<Throwable> errors, SharedRedis redis) {
        this.settings = settings;
        this.errors = errors;
        this.redis = redis;
        this.nodes = new ChatNode[settings.nodes()];
        this.ports = settings.socketPorts().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Starts Redis (or finds the one the settings name), the page, then every node; ports 0 let the OS choose. */
    public static Step06App start(Step06Settings settings, Consumer<Throwable> errors) throws IOException {
        Step06App app = new Step06App(settings, errors, SharedRedis.of(settings));
        try {
            // The page binds first: each node's Origin check needs its port.
            app.page = PortInUse.bind(settings.webPort(), "step06.webPort",
                    () -> Step06Page.create(app, settings).start(settings.host(), settings.webPort()));
            for (int i = 0; i < app.nodes.length; i++) {
                app.startNode(i);
            }
            return app;
        } catch (IOException | RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** Starts every server of the step; ports 0 let the OS choose. */
    public static Step06App start(Step06Settings settings) throws IOException {
        return start(settings, error -> { });
    }

    /** The page, on the first node. */
    @Override
    public String pageUrl() {
        return PageUrl.of(settings.host(), page.port());
    }

    /** The page, on node {@code index} (from 0). */
    public String pageUrl(int index) {
        return pageUrl() + "?node=" + (index + 1);
    }

    /** Starts node {@code index} again on its port, or for the first time; nothing if it runs. */
    public synchronized void startNode(int index) throws IOException {
        if (nodes[index] != null) {
            return;
        }
        String name = Step06Settings.nodeName(index);
        ChatNode node = PortInUse.bind(ports[index], "step06.socketPorts",
                () -> ChatNode.start(name, settings.node(index, page.port()).withSocketPort(ports[index]), redis.address(), errors));
        ports[index] = node.port();
        nodes[index] = node;
    }

    /** Stops node {@code index} at once, as a node that dies; its pages go on with another. */
    public synchronized void stopNode(int index) {
        ChatNode node = nodes[index];
        nodes[index] = null;
        if (node != null) {
            node.close();
            LOG.info("{} stopped", node.name());
        }
    }

    /** Each node, running or not. */
    public synchronized List<NodeState> nodes() {
        List<NodeState> states = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            states.add(new NodeState(i, Step06Settings.nodeName(i), ports[i], nodes[i] != null));
        }
        return states;
    }

    @Override
    public synchronized void close() {
        for (int i = 0; i < nodes.length; i++) {
            stopNode(i);
        }
        if (page != null) {
            page.stop();
        }
        try {
            redis.close();
        } catch (IOException e) {
            LOG.warn("could not stop Redis cleanly: {}", e.toString());
        }
    }

    /** A node as the page lists it: {@code socketPort} is 0 until it first started. */
    public record NodeState(int index, String name, int socketPort, boolean running) {
    }
}
