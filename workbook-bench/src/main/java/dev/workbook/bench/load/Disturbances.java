package dev.workbook.bench.load;

import dev.workbook.bench.ProcStats;

/**
 * What can stop a measurement for a moment without being the server's doing, counted between
 * {@link #start} and {@link #stop}: the load generator's own collections, packets the kernel dropped
 * on the way (its per-core backlog was full) and TCP retransmission timeouts (a lost packet on
 * loopback waits at least 200 ms); and the server's collections beside them, which are its own.
 */
public final class Disturbances {

    private final GcClock serverGc;
    private long serverGc0;
    private long clientGc0;
    private long drops0;
    private long timeouts0;
    private Counts counts = Counts.NONE;

    /** {@code serverGc} reads the server's collection time so far, in ms; -1 where it cannot. */
    public Disturbances(GcClock serverGc) {
        this.serverGc = serverGc;
    }

    public void start() {
        serverGc0 = serverGc.millis();
        clientGc0 = ProcStats.ownGcMillis();
        drops0 = ProcStats.packetsDropped();
        timeouts0 = ProcStats.tcpTimeouts();
    }

    /** Adds what happened since {@link #start}: one load may run in several slices. */
    public void stop() {
        long server = serverGc.millis();
        counts = counts.plus(new Counts(server < 0 || serverGc0 < 0 ? -1 : server - serverGc0,
                ProcStats.ownGcMillis() - clientGc0, ProcStats.packetsDropped() - drops0, ProcStats.tcpTimeouts() - timeouts0));
    }

    /** Everything counted over the slices so far. */
    public Counts counts() {
        return counts;
    }

    /** The server's collection time so far, in ms. */
    @FunctionalInterface
    public interface GcClock {
        long millis();
    }

    /**
     * @param serverGcMs the server's collections, ms (-1: not known)
     * @param clientGcMs the load generator's collections, ms
     * @param packetsDropped packets the kernel dropped before any socket saw them
     * @param tcpTimeouts TCP retransmission timeouts, on every connection of the machine
     */
    public record Counts(long serverGcMs, long clientGcMs, long packetsDropped, long tcpTimeouts) {

        /** Nothing counted yet. */
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts more) {
            return new Counts(serverGcMs < 0 || more.serverGcMs < 0 ? -1 : serverGcMs + more.serverGcMs,
                    clientGcMs + more.clientGcMs, packetsDropped + more.packetsDropped, tcpTimeouts + more.tcpTimeouts);
        }
    }
}
