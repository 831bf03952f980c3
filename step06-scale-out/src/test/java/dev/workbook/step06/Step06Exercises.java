package dev.workbook.step06;

import dev.workbook.testkit.Exercise;

/** The exercises of step 06, as its tests name them in failure messages. */
final class Step06Exercises {

    static final String LESSON = "docs/step06-scale-out.md";

    static final Exercise ADAPTER = new Exercise("6.1", "The Redis adapter", LESSON);
    static final Exercise READ_STREAM = new Exercise("6.2", "Read a room's stream", LESSON);
    static final Exercise DELIVER = new Exercise("6.3", "Deliver once, in order, on every node", LESSON);
    static final Exercise FAILOVER = new Exercise("6.4", "Fail over to another node", LESSON);
    /** Where the lesson explains the nicknames, member lists, rate limits and private messages the nodes share: no exercise of its own. */
    static final String SHARED = "see 'What else the nodes share', " + LESSON + "#what-else-the-nodes-share";

    private Step06Exercises() {
    }
}
