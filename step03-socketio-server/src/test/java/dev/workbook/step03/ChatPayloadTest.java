package dev.workbook.step03;

import static dev.workbook.step03.Step03Exercises.PAYLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A {@code chat message}'s payload, as netty-socketio decodes it into {@code Object.class}, checked without a server. */
class ChatPayloadTest {

    private static final int MAX = ChatPayload.MAX_TEXT_CHARS;

    @Test
    @Tag("exercise-3.2")
    @DisplayName("The text of {text} is returned as sent, spaces and new lines included")
    void textIsReturnedAsSent() throws Refusal {
        String text = ChatPayload.textOf(Map.of("text", "  hello,\nworld  "));

        assertThat(text).as("%s: textOf({text: '  hello,\\nworld  '}) (trimming is not its job)", PAYLOAD).isEqualTo("  hello,\nworld  ");
    }

    @Test
    @Tag("exercise-3.2")
    @DisplayName("Fields other than text are ignored")
    void otherFieldsAreIgnored() throws Refusal {
        String text = ChatPayload.textOf(Map.of("text", "hi", "colour", "teal", "sender", "someone else"));

        assertThat(text).as("%s: textOf({text: 'hi', colour: 'teal', sender: 'someone else'})", PAYLOAD).isEqualTo("hi");
    }

    @Test
    @Tag("exercise-3.2")
    @DisplayName("A text of exactly 2000 characters is accepted")
    void longestTextIsAccepted() throws Refusal {
        String longest = "x".repeat(MAX);

        String text = ChatPayload.textOf(Map.of("text", longest));

        assertThat(text).as("%s: textOf() of a text of %d characters, the limit", PAYLOAD, MAX).isEqualTo(longest);
    }

    static Stream<Arguments> refusedPayloads() {
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("text", null);
        return Stream.of(
                Arguments.argumentSet("a text of 2001 characters", Map.of("text", "x".repeat(MAX + 1))),
                Arguments.argumentSet("an empty text", Map.of("text", "")),
                Arguments.argumentSet("a text of spaces and new lines", Map.of("text", "  \n\t ")),
                Arguments.argumentSet("an object without text", Map.of("message", "hi")),
                Arguments.argumentSet("an empty object", Map.of()),
                Arguments.argumentSet("a null text", nullText),
                Arguments.argumentSet("a number as text", Map.of("text", 5)),
                Arguments.argumentSet("true as text", Map.of("text", true)),
                Arguments.argumentSet("an object as text", Map.of("text", Map.of("text", "hi"))),
                Arguments.argumentSet("a list as text", Map.of("text", List.of("hi"))),
                Arguments.argumentSet("a number", 42),
                Arguments.argumentSet("a string", "hi"),
                Arguments.argumentSet("a list", List.of("hi")),
                Arguments.argumentSet("a boolean", Boolean.TRUE),
                Arguments.argumentSet("null", (Object) null));
    }

    @ParameterizedTest
    @MethodSource("refusedPayloads")
    @Tag("exercise-3.2")
    @DisplayName("A payload that is not {text} with a text of 1 to 2000 characters, not all blank, is refused, saying why")
    void badPayloadIsRefused(Object data) {
        Throwable refusal = catchThrowable(() -> ChatPayload.textOf(data));

        assertThat(refusal).as("%s: textOf(%s) must throw a Refusal, not anything else", PAYLOAD, shortly(data))
                .isInstanceOf(Refusal.class);
        assertThat(refusal.getMessage()).as("%s: the Refusal's message, which the sender gets in its error ack", PAYLOAD).isNotBlank();
    }

    /** Keeps a 2001-character text out of the failure message. */
    private static String shortly(Object data) {
        String shown = String.valueOf(data);
        return shown.length() > 60 ? shown.substring(0, 60) + "... (" + shown.length() + " chars)" : shown;
    }
}
