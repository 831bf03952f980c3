package dev.workbook.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One HTTP request to the board over a real socket, and its answer: the status and the body. */
record Post(int status, String body) {

    static Post report(String boardUrl, String json) {
        return send(boardUrl + "/api/report", "POST", json.getBytes(StandardCharsets.UTF_8));
    }

    static Post get(String url) {
        return send(url, "GET", null);
    }

    private static Post send(String url, String method, byte[] body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Connection", "close");
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.getOutputStream().write(body);
            }
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            connection.disconnect();
            return new Post(status, text);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        }
    }
}
