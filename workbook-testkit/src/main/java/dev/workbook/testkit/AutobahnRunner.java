package dev.workbook.testkit;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the Autobahn WebSocket conformance suite against a server on the address the workbook
 * chooses (127.0.0.1 and a free port unless told otherwise), then gives the {@link AutobahnVerdict}.
 * The suite's Maven plugin would connect to {@code InetAddress.getLocalHost()}, which can be the
 * machine's network address, so this calls the suite's runner, the plugin's
 * {@code AutobahnTestSuite.runFuzzingClient}, itself; the plugin's jar and Jython come from the
 * {@code autobahn} profile's class path.
 *
 * <p>Arguments: host, port (0 for a free one), the server's class (a static {@code start(String, int)}
 * returning an {@link AutoCloseable}), the cases ({@code 1.*,2.*}), the number of cases expected,
 * and the folder to copy the reports to.
 */
public final class AutobahnRunner {

    private static final String SUITE = "me.normanmaurer.maven.autobahntestsuite.AutobahnTestSuite";
    /** Where the suite writes its reports, in the folder it runs in. */
    private static final String SUITE_REPORTS = "target/autobahntestsuite-reports";
    private static final Duration SERVER_START = Duration.ofSeconds(10);

    private AutobahnRunner() {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]) == 0 ? FreePort.pick() : Integer.parseInt(args[1]);
        List<String> cases = Arrays.asList(args[3].split(","));
        Method start = Class.forName(args[2]).getMethod("start", String.class, int.class);
        try (AutoCloseable server = (AutoCloseable) start.invoke(null, host, port)) {
            awaitListening(host, port);
            System.out.println("Autobahn: " + cases.size() + " groups of cases against ws://" + host + ":" + port + "/ ...");
            Class.forName(SUITE).getMethod("runFuzzingClient", String.class, String.class, Map.class, List.class, List.class)
                    .invoke(null, "workbook-step01", "ws://" + host + ":" + port, Map.of(), cases, List.of());
        }
        AutobahnVerdict.main(new String[] {SUITE_REPORTS, args[4], args[5]});
    }

    private static void awaitListening(String host, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SERVER_START.toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(host, port), 200);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the server under test did not listen on " + host + ":" + port + " within "
                            + SERVER_START.toSeconds() + " s", notYet);
                }
                Thread.sleep(50);
            }
        }
    }
}
