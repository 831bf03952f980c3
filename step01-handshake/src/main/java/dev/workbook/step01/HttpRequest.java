package dev.workbook.step01;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP/1.x request head as it arrived: the request line, the header fields, and the raw text
 * for the inspector page.
 *
 * <p>Header names are case-insensitive ({@code upgrade} is {@code Upgrade}); a field that arrived
 * more than once keeps every value.
 */
public final class HttpRequest {

    private final String method;
    private final String target;
    private final String version;
    private final Map<String, List<String>> headers;
    private final String raw;

    HttpRequest(String method, String target, String version, Map<String, List<String>> headers, String raw) {
        this.method = method;
        this.target = target;
        this.version = version;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.raw = raw;
    }

    public String method() {
        return method;
    }

    /** The request target, such as {@code /echo?session=42}. */
    public String target() {
        return target;
    }

    /** The protocol version, such as {@code HTTP/1.1}. */
    public String version() {
        return version;
    }

    /** Every value of the named field, in the order they came; empty when it is absent. */
    public List<String> values(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The field's only value; empty when it is absent or came more than once. */
    public Optional<String> single(String name) {
        List<String> values = values(name);
        return values.size() == 1 ? Optional.of(values.get(0).trim()) : Optional.empty();
    }

    /**
     * Whether a comma-separated field ({@code Connection: keep-alive, Upgrade}) holds the token,
     * compared without regard to case.
     */
    public boolean hasToken(String name, String token) {
        List<String> tokens = new ArrayList<>();
        for (String value : values(name)) {
            Arrays.stream(value.split(",")).map(String::trim).forEach(tokens::add);
        }
        String wanted = token.toLowerCase(Locale.ROOT);
        return tokens.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** The request head exactly as the client sent it. */
    public String raw() {
        return raw;
    }
}
