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
 * <p>Bounded: it keeps the newest {@value #MAX_SESSIONS} sessions and the first {@value #MAX_FRAMES}
 * frames of each, so a busy server cannot grow it without end; it counts the frames it leaves out
 * after that, and still keeps the closing frames, so the page can say where it stopped and show how
 * the connection ended.
 */
public final class HandshakeTranscripts implements ServerListener {

    static final int MAX_SESSIONS = 100;
    static final int MAX_FRAMES = 200;
    /** One close frame each way. */
    private static final int CLOSING_FRAMES = 2;
    private static final Pattern COOKIE_FIELD = Pattern.compile("(?im)^(cookie:[ \\t]*)[^\\r\\n]*");
    private static final Pattern SESSION_PARAMETER = Pattern.compile("[?&]session=([A-Za-z0-9-]{1,64})(?:&|$)");

    /** One frame as the page shows it. */
    public record FrameView(String direction, boolean fin, int rsv, int opcode, String opcodeName, boolean masked,
                            long payloadLength, String maskingKey, String payloadHex, String payloadText) {
    }

    /**
     * What the page shows for one session.
     *
     * @param frames the first {@code firstFramesKept} frames, then any closing frames that came later
     * @param framesLeftOut how many frames came between those and were not kept
     * @param firstFramesKept how many frames are kept before any are left out
     */
    public record Transcript(String request, String response, List<FrameView> frames, int framesLeftOut, int firstFramesKept) {
    }

    /** A session's transcript while it grows. */
    private record Recording(String request, String response, List<FrameView> frames, int[] leftOut) {
    }

    private final Map<String, Recording> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recording> eldest) {
            return size() > MAX_SESSIONS;
        }
    };
    private final Map<Long, String> sessionOfConnection = new LinkedHashMap<>();

    @Override
    public synchronized void onHandshake(long connectionId, HttpRequest request, String rawResponse) {
        sessionOf(request.target()).ifPresent(session -> {
            sessions.put(session, new Recording(withoutCookies(request.raw()), rawResponse, new ArrayList<>(), new int[1]));
            sessionOfConnection.put(connectionId, session);
            if (sessionOfConnection.size() > MAX_SESSIONS) {
                sessionOfConnection.remove(sessionOfConnection.keySet().iterator().next());
            }
        });
    }

    @Override
    public synchronized void onFrame(long connectionId, Direction direction, FrameHeader header, byte[] preview) {
        String session = sessionOfConnection.get(connectionId);
        Recording recording = session == null ? null : sessions.get(session);
        if (recording == null) {
            return;
        }
        int kept = recording.frames().size();
        boolean closing = header.opcode() == Opcode.CLOSE.code() && kept < MAX_FRAMES + CLOSING_FRAMES;
        if (kept < MAX_FRAMES || closing) {
            recording.frames().add(view(direction, header, preview));
        } else {
            recording.leftOut()[0]++;
        }
    }

    /** A copy of the session's transcript, if it is still kept. */
    public synchronized Optional<Transcript> find(String session) {
        return Optional.ofNullable(sessions.get(session))
                .map(r -> new Transcript(r.request(), r.response(), List.copyOf(r.frames()), r.leftOut()[0], MAX_FRAMES));
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
