package dev.workbook.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which pages may open a connection, decided from their Origin header: the server's own check, not an exercise. */
@Tag("support")
class OriginCheckTest {

    private static final int PAGE_PORT = 8030;

    private final OriginCheck onLoopback = new OriginCheck("127.0.0.1", PAGE_PORT);
    private final OriginCheck inClassroom = new OriginCheck("0.0.0.0", PAGE_PORT);

    @Test
    @DisplayName("A request without Origin comes from a program, not a page, and is let in")
    void noOriginIsAllowed() {
        assertThat(onLoopback.allows(null)).as("allows(null): Java clients send no Origin").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8030", "http://localhost:8030", "http://[::1]:8030"})
    @DisplayName("The page on this machine's page port is let in, under any loopback name")
    void pageOnLoopbackIsAllowed(String origin) {
        assertThat(onLoopback.allows(origin)).as("allows(%s) with the page on 127.0.0.1:%d", origin, PAGE_PORT).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8031", "http://127.0.0.1", "http://localhost:80", "http://evil.example:8030",
        "http://evil.example", "https://127.0.0.1:8030", "ws://127.0.0.1:8030", "http://192.168.1.20:8030", "null"})
    @DisplayName("A page on another port, host or scheme is refused, and so is the Origin 'null' of a file or sandboxed page")
    void otherPagesAreRefused(String origin) {
        assertThat(onLoopback.allows(origin)).as("allows(%s) with the page on 127.0.0.1:%d", origin, PAGE_PORT).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "http://127.0.0.1:80 30", "http://[::1:8030", "", "%"})
    @DisplayName("A malformed Origin is refused, without an exception")
    void malformedOriginIsRefused(String origin) {
        assertThat(onLoopback.allows(origin)).as("allows('%s')", origin).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.168.1.20:8030", "http://classroom.local:8030", "http://127.0.0.1:8030"})
    @DisplayName("In classroom mode (host 0.0.0.0), a page on the page port is let in from any host")
    void classroomAllowsAnyHostOnThePagePort(String origin) {
        assertThat(inClassroom.allows(origin)).as("allows(%s) with the page on 0.0.0.0:%d", origin, PAGE_PORT).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.168.1.20:8031", "https://192.168.1.20:8030", "http://192.168.1.20"})
    @DisplayName("In classroom mode, a page on another port or scheme is still refused")
    void classroomStillChecksPortAndScheme(String origin) {
        assertThat(inClassroom.allows(origin)).as("allows(%s) with the page on 0.0.0.0:%d", origin, PAGE_PORT).isFalse();
    }

    @Test
    @DisplayName("On a named host, a page served from that host is let in too")
    void pageOnTheNamedHostIsAllowed() {
        OriginCheck onLan = new OriginCheck("192.168.1.20", PAGE_PORT);

        assertThat(onLan.allows("http://192.168.1.20:8030")).as("allows(http://192.168.1.20:8030) with the page on 192.168.1.20").isTrue();
        assertThat(onLan.allows("http://192.168.1.21:8030")).as("allows(http://192.168.1.21:8030) with the page on 192.168.1.20").isFalse();
    }
}
