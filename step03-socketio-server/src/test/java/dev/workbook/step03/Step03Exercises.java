package dev.workbook.step03;

import dev.workbook.testkit.Exercise;

/** The exercises of step 03, as its tests name them in failure messages. */
final class Step03Exercises {

    static final String LESSON = "docs/step03-socketio-server.md";

    static final Exercise HANDSHAKE = new Exercise("3.1", "Check the handshake", LESSON);
    static final Exercise PAYLOAD = new Exercise("3.2", "Read the payload", LESSON);
    static final Exercise TO_EVERYONE = new Exercise("3.4", "Send to everyone, and acknowledge", LESSON);
    static final Exercise TO_OTHERS = new Exercise("3.5", "Send to everyone but the sender", LESSON);
    static final Exercise PRESENCE = new Exercise("3.3", "Presence", LESSON);
    static final Exercise PAGE_ACK = new Exercise("3.6", "Send with an acknowledgement from the page", LESSON);

    private Step03Exercises() {
    }
}
