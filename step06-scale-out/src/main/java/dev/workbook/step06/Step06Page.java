package dev.workbook.step06;

import dev.workbook.step04.ChatRoomsPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Step 04's chat page, served once for every node: {@code ?node=2} opens it on node 2, and it
 * lists the nodes, with a stop and a start button for whoever runs them on this machine.
 */
final class Step06Page {

    private Step06Page() {
    }

    static Javalin create(Step06App app, Step06Settings settings) {
        Map<String, Object> chatConfig = ChatRoomsPage.config(settings.node(0, 0));
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.startupWatcherEnabled = false;
            javalin.staticFiles.add("/public/step06", Location.CLASSPATH); // nodes.js and failover.js, beside step 04's page
            ChatRoomsPage.serveFiles(javalin);
            javalin.routes.get("/api/config", ctx -> config(ctx, app, chatConfig));
            javalin.routes.get("/api/nodes", ctx -> ctx.json(Map.of("nodes", app.nodes(), "controls", fromThisMachine(ctx))));
            javalin.routes.post("/api/nodes/{node}/{action}", ctx -> control(ctx, app));
        });
    }

    /** Step 04's config, on the node {@code ?node=} names (the first by default), with every node for failing over. */
    private static void config(Context ctx, Step06App app, Map<String, Object> chatConfig) {
        List<Step06App.NodeState> nodes = app.nodes();
        int index = nodeIndex(ctx.queryParam("node"), nodes.size()).orElse(0);
        Map<String, Object> answer = new HashMap<>(chatConfig);
        answer.put("socketPort", nodes.get(index).socketPort());
        answer.put("nodes", nodes.stream().map(node -> Map.of("name", node.name(), "socketPort", node.socketPort())).toList());
        answer.put("modules", List.of("nodes.js"));
        ctx.json(answer);
    }

    /** Node {@code given} (1, 2... as the page's address counts them) as an index from 0, if there is one. */
    private static OptionalInt nodeIndex(String given, int count) {
        try {
            int node = given == null ? 1 : Integer.parseInt(given.strip());
            return node >= 1 && node <= count ? OptionalInt.of(node - 1) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Stops or starts a node: only for a page on the machine that runs the nodes, the instructor's. */
    private static void control(Context ctx, Step06App app) throws IOException {
        if (!fromThisMachine(ctx)) {
            ctx.status(403).result("Only a page on the machine that runs the nodes may stop or start them.");
            return;
        }
        OptionalInt found = nodeIndex(ctx.pathParam("node"), app.nodes().size());
        if (found.isEmpty()) {
            ctx.status(404).result("no node " + ctx.pathParam("node"));
            return;
        }
        int index = found.getAsInt();
        switch (ctx.pathParam("action")) {
            case "stop" -> app.stopNode(index);
            case "start" -> app.startNode(index);
            default -> {
                ctx.status(404).result("stop or start");
                return;
            }
        }
        ctx.json(Map.of("nodes", app.nodes()));
    }

    private static boolean fromThisMachine(Context ctx) {
        try {
            return InetAddress.getByName(ctx.ip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
