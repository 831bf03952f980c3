package dev.workbook.bench;

import dev.workbook.bench.load.Disturbances;
import dev.workbook.bench.load.EchoResult;
import dev.workbook.bench.load.FanoutResult;

/**
 * Everything measured on one server at one N in one repetition.
 *
 * @param group the servers that took turns with it in this cell, itself among them, joined by {@code +}
 * @param connectTotalMs from the first handshake to N connections ready
 * @param connectP50Ms one connection's handshake (Socket.IO: up to the namespace CONNECT), median
 * @param rssPerConnection resident memory per idle connection, bytes
 * @param heapPerConnection live heap after a full GC per idle connection, bytes (V8's heap for Node)
 * @param duringEcho what may have stopped the echo for a moment (see {@link Disturbances})
 * @param duringFanout the same during the fan-out
 */
public record CellResult(String server, int n, int rep, String group, double connectTotalMs, double connectP50Ms, double connectP99Ms,
                         double rssPerConnection, double heapPerConnection, EchoResult echo, FanoutResult fanout,
                         NoiseMeter.Noise noise, Disturbances.Counts duringEcho, Disturbances.Counts duringFanout) {
}
