package dev.workbook.step02;

import dev.workbook.testkit.Exercise;

/** The exercises of step 02, as its tests name them in failure messages. */
final class Step02Exercises {

    static final String LESSON = "docs/step02-raw-websocket.md";

    static final Exercise PARSE = new Exercise("2.1", "Parse the envelope", LESSON);
    static final Exercise NICKNAMES = new Exercise("2.2", "Nicknames", LESSON);
    static final Exercise PRESENCE = new Exercise("2.3", "Join and leave", LESSON);
    static final Exercise BROADCAST = new Exercise("2.4", "Broadcast a message", LESSON);
    static final Exercise RECONNECT = new Exercise("2.5", "Reconnect by yourself", LESSON);

    private Step02Exercises() {
    }
}
