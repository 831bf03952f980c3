package dev.workbook.bench.report;

import dev.workbook.bench.CellResult;
import java.util.function.ToDoubleFunction;

/** A number taken from each cell, with its unit and which way is better, so it can be summarised and compared. */
public enum Metric {
    CONNECT_TOTAL("connect all", "ms", false, c -> c.connectTotalMs()),
    CONNECT_P50("connect p50", "ms", false, c -> c.connectP50Ms()),
    RSS_PER_CONNECTION("RSS/conn", "KB", false, c -> c.rssPerConnection() / 1024),
    HEAP_PER_CONNECTION("heap/conn", "KB", false, c -> c.heapPerConnection() / 1024),
    ECHO_RATE("echo", "msg/s", true, c -> c.echo().messagesPerSecond()),
    ECHO_P50("echo p50", "ms", false, c -> c.echo().p50()),
    ECHO_P90("echo p90", "ms", false, c -> c.echo().p90()),
    ECHO_P99("echo p99", "ms", false, c -> c.echo().p99()),
    ECHO_P999("echo p99.9", "ms", false, c -> c.echo().p999()),
    ECHO_MAX("echo max", "ms", false, c -> c.echo().max()),
    ECHO_SAMPLES("samples", "", true, c -> c.echo().samples()),
    ECHO_LOST("lost", "", false, c -> c.echo().lost()),
    ECHO_CPU("CPU/msg", "us", false, c -> c.echo().serverCpuMicrosPerMessage()),
    CLIENT_CPU("client CPU/msg", "us", false, c -> c.echo().clientCpuMicrosPerMessage()),
    ECHO_WRITES("writes/msg", "", false, c -> c.echo().serverWritesPerMessage()),
    ECHO_KILO_INSTRUCTIONS("k instr/msg", "", false, c -> c.echo().serverKiloInstructionsPerMessage()),
    FANOUT_P50("fan-out p50", "ms", false, c -> c.fanout().p50()),
    FANOUT_P99("fan-out p99", "ms", false, c -> c.fanout().p99()),
    FANOUT_SERVER_FIRST_P50("first write p50", "ms", false, c -> c.fanout().serverFirstP50()),
    FANOUT_SERVER_P50("last write p50", "ms", false, c -> c.fanout().serverP50()),
    FANOUT_SERVER_P99("last write p99", "ms", false, c -> c.fanout().serverP99()),
    FANOUT_CPU("CPU/delivery", "us", false, c -> c.fanout().serverCpuMicrosPerDelivery()),
    FANOUT_CLIENT_CPU("client CPU/delivery", "us", false, c -> c.fanout().clientCpuMicrosPerDelivery()),
    FANOUT_WRITES("writes/delivery", "", false, c -> c.fanout().serverWritesPerDelivery()),
    FANOUT_KILO_INSTRUCTIONS("k instr/delivery", "", false, c -> c.fanout().serverKiloInstructionsPerDelivery());

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<CellResult> value;

    Metric(String label, String unit, boolean higherIsBetter, ToDoubleFunction<CellResult> value) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Memory per connection: a difference of two readings that a collection can move by more than the connections. */
    public boolean isMemory() {
        return this == RSS_PER_CONNECTION || this == HEAP_PER_CONNECTION;
    }

    public double of(CellResult cell) {
        return value.applyAsDouble(cell);
    }
}
