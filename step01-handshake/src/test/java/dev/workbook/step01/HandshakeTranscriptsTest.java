package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the inspector keeps of a handshake, and what it hides. */
@Tag("support")
class HandshakeTranscriptsTest {

    @Test
    @DisplayName("The inspector hides cookies, which may belong to other apps on the same host")
    void cookiesAreHidden() {
        String raw = "GET /?session=a HTTP/1.1\r\nHost: x\r\ncookie: secret=1; other=2\r\nUpgrade: websocket\r\n\r\n";

        String shown = HandshakeTranscripts.withoutCookies(raw);

        assertThat(shown).as("the request as the inspector shows it")
                .doesNotContain("secret=1").contains("cookie: (hidden by the inspector)\r\nUpgrade: websocket");
    }

    @Test
    @DisplayName("Only a well-formed session parameter names a session")
    void sessionParameter() {
        assertThat(HandshakeTranscripts.sessionOf("/?session=abc-123")).contains("abc-123");
        assertThat(HandshakeTranscripts.sessionOf("/?x=1&session=abc&y=2")).contains("abc");
        assertThat(HandshakeTranscripts.sessionOf("/?session=<script>")).isEmpty();
        assertThat(HandshakeTranscripts.sessionOf("/")).isEmpty();
    }

    @Test
    @DisplayName("Past its cap the inspector counts the frames it leaves out, and still keeps both closing frames")
    void capCountsWhatItLeavesOutAndKeepsTheClose() {
        HandshakeTranscripts transcripts = new HandshakeTranscripts();
        transcripts.onHandshake(1, new HttpRequest("GET", "/?session=s", "HTTP/1.1", Map.of(), "GET /?session=s HTTP/1.1\r\n"), "101");
        int texts = HandshakeTranscripts.MAX_FRAMES + 50;
        for (int i = 0; i < texts; i++) {
            transcripts.onFrame(1, ServerListener.Direction.RECEIVED, FrameHeader.unmasked(true, Opcode.TEXT, 1), new byte[] {'x'});
        }
        transcripts.onFrame(1, ServerListener.Direction.RECEIVED, FrameHeader.unmasked(true, Opcode.CLOSE, 0), new byte[0]);
        transcripts.onFrame(1, ServerListener.Direction.SENT, FrameHeader.unmasked(true, Opcode.CLOSE, 0), new byte[0]);

        HandshakeTranscripts.Transcript transcript = transcripts.find("s").orElseThrow();
        List<HandshakeTranscripts.FrameView> frames = transcript.frames();

        assertThat(frames).as("frames kept: the first %d, then the two closing frames", HandshakeTranscripts.MAX_FRAMES)
                .hasSize(HandshakeTranscripts.MAX_FRAMES + 2);
        assertThat(frames.subList(frames.size() - 2, frames.size())).as("the last two frames kept")
                .extracting(HandshakeTranscripts.FrameView::opcodeName).containsExactly("CLOSE", "CLOSE");
        assertThat(transcript.framesLeftOut()).as("frames left out, which the page reports").isEqualTo(texts - HandshakeTranscripts.MAX_FRAMES);
        assertThat(transcript.firstFramesKept()).as("where the page puts its note").isEqualTo(HandshakeTranscripts.MAX_FRAMES);
    }
}
