package dev.workbook.bench.classroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A class of learners, each sending a report every few seconds as their test runs end: their
 * exercise moves on every third run, so that the board's rows change as in a real room.
 */
final class SimulatedClass implements AutoCloseable {

    private final String boardUrl;
    private final String code;
    private final List<String> exercises;
    private final SentReports sent;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "simulated-class");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean measuring = new AtomicBoolean();
    final LongAdder accepted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder failed = new LongAdder();

    SimulatedClass(String boardUrl, String code, List<String> step01Exercises, SentReports sent) {
        this.boardUrl = boardUrl;
        this.code = code;
        this.exercises = step01Exercises;
        this.sent = sent;
    }

    /** Starts {@code learners}, spread over the first interval, each reporting every {@code interval}. */
    void start(int learners, Duration interval) {
        for (int i = 0; i < learners; i++) {
            String name = String.format("Learner %02d", i + 1);
            AtomicInteger runs = new AtomicInteger();
            long offset = interval.toMillis() * i / learners;
            clock.scheduleAtFixedRate(() -> report(name, runs.incrementAndGet()), offset, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void measure(boolean on) {
        measuring.set(on);
    }

    private void report(String name, int run) {
        int done = Math.min(exercises.size() - 1, run / 3);
        StringBuilder states = new StringBuilder();
        for (int i = 0; i <= done; i++) {
            states.append(i == 0 ? "" : ",").append('"').append(exercises.get(i)).append("\":\"")
                    .append(i < done ? "passed" : "failed").append('"');
        }
        String body = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"step\":\"step01-handshake\",\"next\":\""
                + exercises.get(done) + "\",\"exercises\":{" + states + "}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(boardUrl + "/api/report")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        if (measuring.get()) {
            sent.sent(name, run, System.nanoTime());
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                failed.increment();
            } else if (response.statusCode() == 200) {
                accepted.increment();
            } else {
                refused.increment();
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        clock.awaitTermination(5, TimeUnit.SECONDS);
    }
}
