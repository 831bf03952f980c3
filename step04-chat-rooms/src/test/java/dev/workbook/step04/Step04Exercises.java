package dev.workbook.step04;

import dev.workbook.testkit.Exercise;

/** The exercises of step 04, as its tests name them in failure messages. */
final class Step04Exercises {

    static final String LESSON = "docs/step04-chat-rooms.md";

    static final Exercise ROOM_NAMES = new Exercise("4.1", "Room names", LESSON);
    static final Exercise JOIN = new Exercise("4.2", "Join a room", LESSON);
    static final Exercise RATE_LIMIT = new Exercise("4.3", "Rate limit", LESSON);
    static final Exercise CATCH_UP = new Exercise("4.4", "Catch up", LESSON);
    static final Exercise SEND = new Exercise("4.5", "Send to a room", LESSON);
    static final Exercise PRIVATE = new Exercise("4.6", "Private messages", LESSON);
    static final Exercise ONCE_IN_ORDER = new Exercise("4.7", "Receive each message once, in order", LESSON);

    private Step04Exercises() {
    }
}
