package dev.workbook.step04;

import static dev.workbook.step04.Acks.assertOk;
import static dev.workbook.step04.Acks.assertRefused;
import static dev.workbook.step04.Payloads.object;
import static dev.workbook.step04.Payloads.unique;
import static dev.workbook.step04.Step04Exercises.ROOM_NAMES;

import dev.workbook.testkit.NoThreadsLeftBehind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests the chat turns down, one after another on one connection: each gets {@code ok: false}
 * with its code, and the connection stays, as a last {@code rooms} request shows.
 */
@ExtendWith(NoThreadsLeftBehind.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BadRequestTest {

    @RegisterExtension
    static final ChatRoomsServerFixture SERVER = ChatRoomsServerFixture.perClass();
    private static final List<String> EVENTS = List.of(RoomsTestClient.JOIN, RoomsTestClient.LEAVE, RoomsTestClient.HISTORY,
            RoomsTestClient.CHAT, RoomsTestClient.TYPING, RoomsTestClient.PRIVATE);

    @Test
    @Tag("support")
    @DisplayName("A payload that is not an object is refused with bad-request, whatever the event")
    void nonObjectsAreBadRequests() {
        Map<String, Object> payloads = Map.of("a number", 42, "a string", "general", "a list", new JSONArray().put("general"),
                "null", JSONObject.NULL);
        try (RoomsTestClient ada = connect()) {
            for (String event : EVENTS) {
                payloads.forEach((name, payload) -> assertRefused(ada.emitWithAck(event, payload), Refusal.BAD_REQUEST, "the chat",
                        "the ack of '" + event + "' with " + name));
            }
            assertStillConnected(ada);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @DisplayName("A field of the wrong type or out of range is refused with bad-request")
    void wrongFieldsAreBadRequests() {
        String room = unique("lobby");
        List<Request> requests = List.of(
                new Request(RoomsTestClient.JOIN, "after 'five'", object("room", room, "after", "five")),
                new Request(RoomsTestClient.JOIN, "after -1", object("room", room, "after", -1)),
                new Request(RoomsTestClient.JOIN, "after 1.5", object("room", room, "after", 1.5)),
                new Request(RoomsTestClient.HISTORY, "without after", object("room", room)),
                new Request(RoomsTestClient.CHAT, "text 5", object("room", room, "text", 5, "clientMessageId", "m1")),
                new Request(RoomsTestClient.CHAT, "without clientMessageId", object("room", room, "text", "hi")),
                new Request(RoomsTestClient.CHAT, "clientMessageId of 65", Payloads.message(room, "hi", "m".repeat(65))),
                new Request(RoomsTestClient.TYPING, "typing 'yes'", object("room", room, "typing", "yes")),
                new Request(RoomsTestClient.PRIVATE, "to 5", object("to", 5, "text", "hi", "clientMessageId", "m2")));
        try (RoomsTestClient ada = connect()) { // not in the room: the fields are checked before membership

            for (Request request : requests) {
                assertRefused(ada.emitWithAck(request.event(), request.payload()), Refusal.BAD_REQUEST, ROOM_NAMES + " and the chat",
                        "the ack of '" + request.event() + "' " + request.what() + ": " + request.payload());
            }
            assertStillConnected(ada);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @DisplayName("A bad room name is refused with bad-room, whatever the event")
    void badRoomNamesAreRefused() {
        try (RoomsTestClient ada = connect()) {
            for (Object name : List.of("#general", "", "-lobby", "x".repeat(25), 42)) {
                List<Request> requests = List.of(
                        new Request(RoomsTestClient.JOIN, "", object("room", name)),
                        new Request(RoomsTestClient.LEAVE, "", object("room", name)),
                        new Request(RoomsTestClient.HISTORY, "", object("room", name, "after", 0)),
                        new Request(RoomsTestClient.CHAT, "", object("room", name, "text", "hi", "clientMessageId", "m3")),
                        new Request(RoomsTestClient.TYPING, "", object("room", name, "typing", true)));
                for (Request request : requests) {
                    assertRefused(ada.emitWithAck(request.event(), request.payload()), Refusal.BAD_ROOM, ROOM_NAMES,
                            "the ack of '" + request.event() + "' " + request.payload());
                }
            }
            assertStillConnected(ada);
        }
    }

    @Test
    @Tag("exercise-4.1")
    @DisplayName("history, typing and leave of a room the client is not in are refused with not-in-room")
    void otherRequestsOutsideTheRoomAreRefused() {
        try (RoomsTestClient ada = connect()) {

            JSONObject history = ada.emitWithAck(RoomsTestClient.HISTORY, object("room", "general", "after", 0));
            JSONObject typing = ada.emitWithAck(RoomsTestClient.TYPING, object("room", "general", "typing", true));
            JSONObject leave = ada.emitWithAck(RoomsTestClient.LEAVE, object("room", "general"));

            assertRefused(history, Refusal.NOT_IN_ROOM, "the chat", "the ack of 'history' of #general, which ada never joined");
            assertRefused(typing, Refusal.NOT_IN_ROOM, "the chat", "the ack of 'typing' in #general, which ada never joined");
            assertRefused(leave, Refusal.NOT_IN_ROOM, "the chat", "the ack of 'leave' of #general, which ada never joined");
        }
    }

    private RoomsTestClient connect() {
        return SERVER.connect(RoomsTestClient.Transports.DEFAULT, unique("ada"));
    }

    /** An event, what is wrong with it, and its payload. */
    private record Request(String event, String what, JSONObject payload) {
    }

    private static void assertStillConnected(RoomsTestClient client) {
        assertOk(client.emitWithAck(RoomsTestClient.ROOMS, new JSONObject()), "the chat", "the ack of 'rooms' after the refused requests");
    }
}
