package dev.workbook.step01;

import dev.workbook.testkit.Exercise;

/** The exercises of step 01, as its tests name them in failure messages. */
final class Step01Exercises {

    static final String LESSON = "docs/step01-handshake.md";

    static final Exercise ACCEPT_KEY = new Exercise("1.1", "The accept key", LESSON);
    static final Exercise VALIDATE_UPGRADE = new Exercise("1.2", "Validate the upgrade request", LESSON);
    static final Exercise DECODE_HEADER = new Exercise("1.3", "Decode a frame header", LESSON);
    static final Exercise UNMASK = new Exercise("1.4", "Unmask the payload", LESSON);
    static final Exercise ENCODE_FRAME = new Exercise("1.5", "Encode a server frame", LESSON);
    static final Exercise FRAME_RULES = new Exercise("1.6", "Enforce the frame rules", LESSON);
    static final Exercise UTF8 = new Exercise("1.7", "Check UTF-8 as it arrives", LESSON);
    static final Exercise FRAGMENTS = new Exercise("1.8", "Reassemble fragmented messages", LESSON);
    static final Exercise CLOSE = new Exercise("1.9", "Validate close frames", LESSON);
    static final Exercise PAGE_CLIENT = new Exercise("1.10", "Connect from the page", LESSON);

    private Step01Exercises() {
    }
}
