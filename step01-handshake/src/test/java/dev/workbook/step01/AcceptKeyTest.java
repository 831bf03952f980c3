package dev.workbook.step01;

import static dev.workbook.step01.Step01Exercises.ACCEPT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code Sec-WebSocket-Accept} value, checked against values computed elsewhere. */
class AcceptKeyTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the sample nonce of RFC 6455 section 1.3 | dGhlIHNhbXBsZSBub25jZQ== | s3pPLMBiTxaQ9kYGzzhZRbK+xOo=
            the key in Wikipedia's WebSocket article | x3JJHMbDL1EzLkh9GBhXDw== | HSmrc0sMlYUkAGmm5OPpG2HaGWk=
            the bytes 1 to 16, computed with Python  | AQIDBAUGBwgJCgsMDQ4PEA== | C/0nmHhBztSRGR1CwL6Tf4ZjwpY=
            """)
    @Tag("exercise-1.1")
    @DisplayName("The accept key is base64(SHA-1(key + GUID))")
    void acceptKeyMatchesAKnownValue(String source, String clientKey, String expectedAccept) {
        String accept = AcceptKey.of(clientKey);

        assertThat(accept)
                .as("%s: accept key for %s (Sec-WebSocket-Key: %s)", ACCEPT_KEY, source, clientKey)
                .isEqualTo(expectedAccept);
    }
}
