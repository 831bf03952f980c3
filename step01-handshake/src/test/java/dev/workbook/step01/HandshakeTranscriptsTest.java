package dev.workbook.step01;

import static org.assertj.core.api.Assertions.assertThat;

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
}
