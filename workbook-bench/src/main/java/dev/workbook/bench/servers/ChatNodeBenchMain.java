package dev.workbook.bench.servers;

import dev.workbook.step04.ChatLimits;
import dev.workbook.step04.Step04Settings;
import dev.workbook.step06.ChatNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One node of step 06's chat, as the step runs it, on the Redis that {@code -Dbench.redis} names,
 * for the Redis hop probe: step 04's limits, but a rate limit no benchmark sender reaches.
 */
public final class ChatNodeBenchMain {

    /** The Redis the nodes share, {@code redis://host:port}. */
    public static final String REDIS = "bench.redis";
    private static final ChatLimits UNLIMITED_RATE = ChatLimits.DEFAULT.withRate(1_000_000, 1_000_000);

    private ChatNodeBenchMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = ServerControl.port(args);
        Step04Settings settings = new Step04Settings("127.0.0.1", port, port, null, Path.of("unused"), UNLIMITED_RATE,
                Duration.ofSeconds(25), Duration.ofSeconds(20));
        ChatNode node = ChatNode.start("bench-" + port, settings, System.getProperty(REDIS), error -> { });
        ServerControl.ready(node.port(), node::close);
    }
}
