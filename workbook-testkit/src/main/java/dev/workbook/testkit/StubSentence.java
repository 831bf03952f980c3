package dev.workbook.testkit;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentence a learner edition's stub throws ("Exercise 1.2 is not done yet: ...") in a
 * failure, its causes and what they suppressed, so that a failure is blamed on the stub it reached.
 */
final class StubSentence {

    private static final Pattern SENTENCE = Pattern.compile("Exercise (\\d+\\.\\d+) is not done yet: ");

    private StubSentence() {
    }

    /** The exercise whose stub this failure reached, if it reached one. */
    static Optional<String> reachedIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            Optional<String> number = in(next.getMessage());
            if (number.isPresent()) {
                return number;
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            Collections.addAll(todo, next.getSuppressed());
        }
        return Optional.empty();
    }

    /** The exercise whose stub sentence {@code text} holds, if any. */
    static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = SENTENCE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
