package dev.workbook.bench.classroom;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** When each learner's n-th report left, so that a board page's change can be timed from it. */
final class SentReports {

    private final ConcurrentMap<String, Long> sent = new ConcurrentHashMap<>();

    void sent(String learner, int run, long nanos) {
        sent.put(learner + "#" + run, nanos);
    }

    /** The time the report left, or 0 for one sent before measuring began. */
    long sentAt(String learner, int run) {
        return sent.getOrDefault(learner + "#" + run, 0L);
    }
}
