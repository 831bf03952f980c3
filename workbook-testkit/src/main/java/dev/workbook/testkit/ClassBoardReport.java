package dev.workbook.testkit;

import dev.workbook.tools.ClassBoardSettings;
import dev.workbook.tools.Workbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends what a step's progress summary shows to the class board, if the learner's edition was
 * made with a class address: the chosen name, the step, the next exercise and each exercise's
 * state, never code. It never fails or slows a run: it runs on a thread of its own with short
 * timeouts, and a board that is down or silent costs one quiet line.
 */
public final class ClassBoardReport {

    /** How long connecting may take: a room's network connects in milliseconds, an absent host never. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** How long the board's answer may take once connected: it answers in milliseconds, on a busy laptop in hundreds. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(1000);
    /** How long the run waits for the whole send, this JVM's own start of it included, before it moves on without it. */
    static final Duration GIVE_UP_AFTER = Duration.ofMillis(1500);

    private ClassBoardReport() {
    }

    /** Sends the last run of {@code module} (a step folder); the line to print, or empty when nothing is to be sent. */
    public static Optional<String> sendAfterRun(Path module) {
        if (Boolean.getBoolean(ClassBoardSettings.OFF)) {
            return Optional.empty();
        }
        Path root;
        try {
            root = Workbook.around(module).root();
        } catch (IllegalStateException notAWorkbook) {
            return Optional.empty();
        }
        Optional<ClassBoardSettings> settings = ClassBoardSettings.readFrom(root);
        Optional<Map<String, String>> progress = progressOf(module);
        if (settings.isEmpty() || progress.isEmpty()) {
            return Optional.empty();
        }
        if (settings.get().name().isEmpty()) {
            return Optional.of("[workbook] class board: write your name in " + ClassBoardSettings.FILE
                    + " (name=...) to appear on it; nothing was sent.");
        }
        return Optional.of(send(settings.get(), module.getFileName().toString(), progress.get()));
    }

    /** Sends one report and says in one line how it went; returns within {@link #GIVE_UP_AFTER}. */
    static String send(ClassBoardSettings settings, String step, Map<String, String> progress) {
        String body = json(settings, step, progress);
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread sender = new Thread(() -> post(settings.address(), body, answer), "class-board-report");
        sender.setDaemon(true); // a board that never answers must not keep the JVM up
        sender.start();
        try {
            return answer.get(GIVE_UP_AFTER.toMillis(), TimeUnit.MILLISECONDS)
                    .replace("{what}", describe(settings, step, progress));
        } catch (TimeoutException e) {
            return notSent(settings, "did not answer within " + GIVE_UP_AFTER.toMillis() + " ms");
        } catch (ExecutionException e) {
            return notSent(settings, "could not be reached (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notSent(settings, "was not waited for");
        }
    }

    private static void post(String address, String body, CompletableFuture<String> answer) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(address + "/api/report").toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Connection", "close");
            connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String text = stream == null ? "" : new String(stream.readNBytes(2048), StandardCharsets.UTF_8);
            connection.disconnect();
            answer.complete(status == 200 ? "[workbook] sent to the class board: {what}"
                    : "[workbook] the class board refused this run's report (HTTP " + status + "): " + errorOf(text));
        } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    private static String describe(ClassBoardSettings settings, String step, Map<String, String> progress) {
        long passed = progress.entrySet().stream().filter(e -> !e.getKey().equals("next") && "passed".equals(e.getValue())).count();
        String next = progress.getOrDefault("next", "");
        return "name '" + settings.name() + "', " + step + ", " + passed + " passed, next " + (next.isEmpty() ? "none" : next)
                + " (to stop: -D" + ClassBoardSettings.OFF + "=true or delete " + ClassBoardSettings.FILE + ")";
    }

    private static String notSent(ClassBoardSettings settings, String why) {
        return "[workbook] the class board at " + settings.address() + " " + why + "; this run's progress was not sent.";
    }

    /** The {@code "error"} of the board's JSON answer, without parsing JSON for one field. */
    private static String errorOf(String text) {
        int start = text.indexOf("\"error\":\"");
        if (start < 0) {
            return TextForLearners.escaped(text.strip());
        }
        int from = start + "\"error\":\"".length();
        int end = text.indexOf('"', from);
        return TextForLearners.escaped(end < 0 ? text.substring(from) : text.substring(from, end));
    }

    /** Exercise number to its state, plus the key {@code next}; empty when no run wrote its progress. */
    private static Optional<Map<String, String>> progressOf(Path module) {
        Path file = module.resolve(ProgressFiles.PROPERTIES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!values.containsKey("next")) {
            return Optional.empty(); // a run that never ended
        }
        Map<String, String> progress = new TreeMap<>();
        values.stringPropertyNames().stream().filter(key -> key.startsWith("exercise."))
                .forEach(key -> progress.put(key.substring("exercise.".length()), values.getProperty(key)));
        progress.put("next", values.getProperty("next", ""));
        return Optional.of(progress);
    }

    static String json(ClassBoardSettings settings, String step, Map<String, String> progress) {
        Map<String, String> inOrder = new TreeMap<>(ExerciseTags.BY_NUMBER);
        progress.forEach((number, state) -> {
            if (!number.equals("next")) {
                inOrder.put(number, state);
            }
        });
        StringBuilder exercises = new StringBuilder();
        inOrder.forEach((number, state) ->
                exercises.append(exercises.length() == 0 ? "" : ",").append(quoted(number)).append(':').append(quoted(state)));
        return "{\"code\":" + quoted(settings.classCode()) + ",\"name\":" + quoted(settings.name()) + ",\"step\":" + quoted(step)
                + ",\"next\":" + quoted(progress.getOrDefault("next", "")) + ",\"exercises\":{" + exercises + "}}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
