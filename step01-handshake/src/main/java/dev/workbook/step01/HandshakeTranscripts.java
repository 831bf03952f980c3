package dev.workbook.step01;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records, for the inspector page, the handshake and frames of each connection that names an
 * inspector session in its URL ({@code ws://host:port/?session=abc}).
 *
 * <p>Bounded: it keeps the newest {@value #MAX_SESSIONS} sessions and {@value #MAX_FRAMES} frames
 * each, so a busy server cannot grow it without end.
 */
public final class HandshakeTranscripts implements ServerListener {

    static final int MAX_SESSIONS = 100;
    static final int MAX_FRAMES = 200;
    private static final Pattern COOKIE_FIELD = Pattern.compile("(?im)^(cookie:[ \\t]*)[^\\r\\n]*");
    private static final Pattern SESSION_PARAMETER = Pattern.compile("[?&]session=([A-Za-z0-9-]{1,64})(?:&|$)");

    /** One frame as the page shows it. */
    public record FrameView(String direction, boolean fin, int rsv, int opcode, String opcodeName, boolean masked,
                            long payloadLength, String maskingKey, String payloadHex, String payloadText) {
    }

    /** What the page shows for one session. */
    public record Transcript(String request, String response, List<FrameView> frames) {
    }

    private final Map<String, Transcript> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Transcript> eldest) {
            return size() > MAX_SESSIONS;
        }
    };
    private final Map<Long, String> sessionOfConnection = new LinkedHashMap<>();

    @Override
    public synchronized void onHandshake(long connectionId, HttpRequest request, String rawResponse) {
        sessionOf(request.target()).ifPresent(session -> {
            sessions.put(session, new Transcript(withoutCookies(request.raw()), rawResponse, new ArrayList<>()));
            sessionOfConnection.put(connectionId, session);
            if (sessionOfConnection.size() > MAX_SESSIONS) {
                sessionOfConnection.remove(sessionOfConnection.keySet().iterator().next());
            }
        });
    }

    @Override
    public synchronized void onFrame(long connectionId, Direction direction, FrameHeader header, byte[] preview) {
        String session = sessionOfConnection.get(connectionId);
        Transcript transcript = session == null ? null : sessions.get(session);
        if (transcript != null && transcript.frames().size() < MAX_FRAMES) {
            transcript.frames().add(view(direction, header, preview));
        }
    }

    /** A copy of the session's transcript, if it is still kept. */
    public synchronized Optional<Transcript> find(String session) {
        return Optional.ofNullable(sessions.get(session))
                .map(t -> new Transcript(t.request(), t.response(), List.copyOf(t.frames())));
    }

    /** Cookies are not scoped by port: the browser may send other local apps' cookies, which the page must not show. */
    static String withoutCookies(String rawRequest) {
        return COOKIE_FIELD.matcher(rawRequest).replaceAll("$1(hidden by the inspector)");
    }

    static Optional<String> sessionOf(String target) {
        Matcher matcher = SESSION_PARAMETER.matcher(target);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static FrameView view(Direction direction, FrameHeader header, byte[] preview) {
        Opcode opcode = header.knownOpcode();
        HexFormat hex = HexFormat.ofDelimiter(" ");
        return new FrameView(direction.name(), header.fin(), header.rsv(), header.opcode(),
                opcode == null ? "reserved" : opcode.name(), header.masked(), header.payloadLength(),
                header.maskingKey() == null ? null : hex.formatHex(header.maskingKey()),
                hex.formatHex(preview), new String(preview, StandardCharsets.UTF_8));
    }
}
