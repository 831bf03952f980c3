package dev.workbook.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

/** The floor: one blocking TCP socket sending 32 bytes and reading them back, again and again. */
public final class TcpRoundTrip {

    private TcpRoundTrip() {
    }

    /** Round trips for {@code drop} (not counted) then {@code time}; the result's percentiles are in milliseconds. */
    public static EchoResult run(int port, Duration drop, Duration time, int maxMessages) throws IOException {
        byte[] message = EchoLoad.PAYLOAD.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] answer = new byte[message.length];
        Samples samples = new Samples(maxMessages);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            long countFrom = start + drop.toNanos();
            long end = countFrom + time.toNanos();
            long now = start;
            for (int sent = 0; now < end && sent < maxMessages; sent++) {
                long before = System.nanoTime();
                out.write(message);
                for (int read = 0; read < answer.length; ) {
                    int got = in.read(answer, read, answer.length - read);
                    if (got < 0) {
                        throw new IOException("the TCP echo closed the connection");
                    }
                    read += got;
                }
                now = System.nanoTime();
                if (before >= countFrom) {
                    samples.add(now - before);
                }
            }
            double seconds = time.toNanos() / 1e9;
            return new EchoResult(samples.count() / seconds, samples.percentileMillis(0.5), samples.percentileMillis(0.9),
                    samples.percentileMillis(0.99), samples.percentileMillis(0.999), samples.percentileMillis(1.0),
                    samples.count(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
        }
    }
}
