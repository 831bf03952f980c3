package dev.workbook.step02;

import static dev.workbook.step02.Step02Exercises.PARSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Envelopes from clients, parsed or refused with the right code: no socket involved. */
class ClientMessageParserTest {

    private static final int MAX = ClientMessageParser.MAX_TEXT_CHARS;

    private final ClientMessageParser parser = new ClientMessageParser(new ObjectMapper());

    @Test
    @Tag("exercise-2.1")
    @DisplayName("A join envelope becomes a Join with the nickname as sent, spaces and all")
    void parsesJoin() {
        ClientMessage message = parseExpectingSuccess("{\"type\":\"join\",\"nickname\":\"  Ada \"}");

        assertThat(message).as("%s: parse() of a join envelope (trimming is the nicknames' job, not the parser's)", PARSE)
                .isEqualTo(new ClientMessage.Join("  Ada "));
    }

    @Test
    @Tag("exercise-2.1")
    @DisplayName("A chat envelope becomes a Chat with its text and clientId")
    void parsesChatWithClientId() {
        ClientMessage message = parseExpectingSuccess("{\"type\":\"chat\",\"text\":\"hi \\\"all\\\"\\n\",\"clientId\":\"c-1\"}");

        assertThat(message).as("%s: parse() of a chat envelope with a clientId", PARSE)
                .isEqualTo(new ClientMessage.Chat("hi \"all\"\n", "c-1"));
    }

    @Test
    @Tag("exercise-2.1")
    @DisplayName("A chat envelope without a clientId, or with a null one, becomes a Chat whose clientId is null")
    void parsesChatWithoutClientId() {
        ClientMessage without = parseExpectingSuccess("{\"type\":\"chat\",\"text\":\"hi\"}");
        ClientMessage withNull = parseExpectingSuccess("{\"type\":\"chat\",\"text\":\"hi\",\"clientId\":null}");

        assertThat(without).as("%s: parse() of a chat envelope with no clientId", PARSE).isEqualTo(new ClientMessage.Chat("hi", null));
        assertThat(withNull).as("%s: parse() of a chat envelope with \"clientId\":null", PARSE).isEqualTo(new ClientMessage.Chat("hi", null));
    }

    @Test
    @Tag("exercise-2.1")
    @DisplayName("Fields the protocol does not know are ignored")
    void ignoresUnknownFields() {
        ClientMessage message = parseExpectingSuccess("{\"type\":\"join\",\"nickname\":\"ada\",\"colour\":\"teal\",\"v\":2}");

        assertThat(message).as("%s: parse() of a join envelope with extra fields", PARSE).isEqualTo(new ClientMessage.Join("ada"));
    }

    @Test
    @Tag("exercise-2.1")
    @DisplayName("A text of exactly 4096 characters is accepted, and a clientId of exactly 64")
    void longestTextAndClientIdAreAccepted() {
        String text = "x".repeat(MAX);
        String clientId = "c".repeat(ClientMessageParser.MAX_CLIENT_ID_CHARS);

        ClientMessage message = parseExpectingSuccess(chat(text, "\"" + clientId + "\""));

        assertThat(message).as("%s: parse() of a chat of %d characters with a clientId of %d", PARSE, MAX,
                ClientMessageParser.MAX_CLIENT_ID_CHARS).isEqualTo(new ClientMessage.Chat(text, clientId));
    }

    static Stream<Arguments> badEnvelopes() {
        return Stream.of(
                Arguments.argumentSet("text that is not JSON", "hello, is this thing on?", "invalid-json"),
                Arguments.argumentSet("JSON cut short", "{\"type\":\"chat\",\"text\":\"hi", "invalid-json"),
                Arguments.argumentSet("an empty frame", "", "invalid-json"),
                Arguments.argumentSet("a JSON array", "[\"chat\",\"hi\"]", "invalid-json"),
                Arguments.argumentSet("a JSON string", "\"join\"", "invalid-json"),
                Arguments.argumentSet("JSON null", "null", "invalid-json"),
                Arguments.argumentSet("an object without a type", "{\"nickname\":\"ada\"}", "missing-field"),
                Arguments.argumentSet("a type that is a number", "{\"type\":1,\"nickname\":\"ada\"}", "missing-field"),
                Arguments.argumentSet("a type that is null", "{\"type\":null,\"nickname\":\"ada\"}", "missing-field"),
                Arguments.argumentSet("an unknown type", "{\"type\":\"shout\",\"text\":\"HI\"}", "unknown-type"),
                Arguments.argumentSet("a type in capitals", "{\"type\":\"JOIN\",\"nickname\":\"ada\"}", "unknown-type"),
                Arguments.argumentSet("a join without a nickname", "{\"type\":\"join\"}", "missing-field"),
                Arguments.argumentSet("a nickname that is a number", "{\"type\":\"join\",\"nickname\":42}", "missing-field"),
                Arguments.argumentSet("a chat without a text", "{\"type\":\"chat\",\"clientId\":\"c-1\"}", "missing-field"),
                Arguments.argumentSet("a text that is an object", "{\"type\":\"chat\",\"text\":{\"hi\":1}}", "missing-field"),
                Arguments.argumentSet("a text of 4097 characters", chat("x".repeat(MAX + 1), null), "too-long"),
                Arguments.argumentSet("a clientId of 65 characters", chat("hi", "\"" + "c".repeat(65) + "\""), "missing-field"),
                Arguments.argumentSet("a clientId that is a number", chat("hi", "7"), "missing-field"));
    }

    @ParameterizedTest
    @MethodSource("badEnvelopes")
    @Tag("exercise-2.1")
    @DisplayName("A bad envelope is refused with a BadMessage whose code says what is wrong")
    void badEnvelopeIsRefused(String envelope, String expectedCode) {
        Throwable thrown = catchThrowable(() -> parser.parse(envelope));

        assertThat(thrown).as("%s: parse() should throw BadMessage(\"%s\", ...) for: %s", PARSE, expectedCode, abbreviated(envelope))
                .isInstanceOf(BadMessage.class);
        assertThat(((BadMessage) thrown).code()).as("%s: the code for: %s", PARSE, abbreviated(envelope)).isEqualTo(expectedCode);
        assertThat(thrown.getMessage()).as("%s: the reason, which the client shows to its user", PARSE).isNotBlank();
    }

    private ClientMessage parseExpectingSuccess(String envelope) {
        try {
            return parser.parse(envelope);
        } catch (BadMessage refused) {
            throw new AssertionError(String.format("%s: parse() should accept %s, but refused it with %s: %s", PARSE,
                    abbreviated(envelope), refused.code(), refused.getMessage()), refused);
        }
    }

    private static String chat(String text, String clientIdJson) {
        return "{\"type\":\"chat\",\"text\":" + ChatClient.quote(text) + (clientIdJson == null ? "" : ",\"clientId\":" + clientIdJson) + "}";
    }

    private static String abbreviated(String envelope) {
        return envelope.length() <= 80 ? "'" + envelope + "'" : "'" + envelope.substring(0, 60) + "...' (" + envelope.length() + " characters)";
    }
}
