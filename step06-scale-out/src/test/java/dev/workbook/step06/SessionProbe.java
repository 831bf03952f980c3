package dev.workbook.step06;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks one node straight, past nginx, what it makes of a long-polling request in a given Engine.IO session. */
final class SessionProbe {

    /** An Engine.IO NOOP packet: a node that knows the session answers "ok", and nothing else happens. */
    private static final String NOOP = "6";

    private SessionProbe() {
    }

    /** The node's answer to a NOOP posted in session {@code sid}, as "status body": {@code 400 {"code":1,...}} if it does not know it. */
    static String post(int nodePort, String sid) {
        URI poll = URI.create("http://127.0.0.1:" + nodePort + "/socket.io/?EIO=4&transport=polling&sid=" + sid);
        HttpRequest request = HttpRequest.newBuilder(poll)
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(NOOP)).build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.body();
        } catch (IOException e) {
            return "no answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
