package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.ROOM_NAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RoomName#parse}: what a client sends as {@code room}, normalised, or refused with {@code bad-room}. */
class RoomNameTest {

    static Stream<Arguments> goodNames() {
        return Stream.of(
                Arguments.of("general", "general"),
                Arguments.of("  General ", "general"),
                Arguments.of("HELP", "help"),
                Arguments.of("a", "a"),
                Arguments.of("9lives", "9lives"),
                Arguments.of("room-1", "room-1"),
                Arguments.of("java_17", "java_17"),
                Arguments.of("\tcafe-au-lait\n", "cafe-au-lait"),
                Arguments.of("abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwx"),
                Arguments.of("  ABCDEFGHIJKLMNOPQRSTUVWX  ", "abcdefghijklmnopqrstuvwx"));
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @MethodSource("goodNames")
    @Tag("exercise-4.1")
    @DisplayName("A good name comes back trimmed and in lower case")
    void goodNamesAreNormalised(String given, String expected) throws Refusal {
        String name = RoomName.parse(given);

        assertThat(name).as("%s: RoomName.parse(\"%s\")", ROOM_NAMES, given).isEqualTo(expected);
    }

    static Stream<Arguments> badNames() {
        return Stream.of(
                Arguments.of("an empty name", ""),
                Arguments.of("a blank name", "   "),
                Arguments.of("a name starting with '-'", "-general"),
                Arguments.of("a name starting with '_'", "_general"),
                Arguments.of("25 characters", "abcdefghijklmnopqrstuvwxy"),
                Arguments.of("a space inside", "two words"),
                Arguments.of("a dot", "a.b"),
                Arguments.of("a '#'", "#general"),
                Arguments.of("a slash", "a/b"),
                Arguments.of("a letter outside a-z", "café"),
                Arguments.of("a zero-width space", "gen\u200Beral"),
                Arguments.of("null", null),
                Arguments.of("a number", 42),
                Arguments.of("a boolean", true),
                Arguments.of("a list", List.of("general")),
                Arguments.of("an object", Map.of("name", "general")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNames")
    @Tag("exercise-4.1")
    @DisplayName("A bad name, or anything but a string, is refused with the code bad-room and a reason")
    void badNamesAreRefused(String what, Object given) {
        Throwable thrown = catchThrowable(() -> RoomName.parse(given));

        assertThat(thrown).as("%s: RoomName.parse(%s), %s, should throw a Refusal, but it returned or threw something else",
                ROOM_NAMES, given, what).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) thrown;
        assertThat(refusal.code()).as("%s: the code of the Refusal for %s", ROOM_NAMES, what).isEqualTo(Refusal.BAD_ROOM);
        assertThat(refusal.getMessage()).as("%s: the reason given for refusing %s, which the user reads", ROOM_NAMES, what)
                .isNotBlank();
    }
}
