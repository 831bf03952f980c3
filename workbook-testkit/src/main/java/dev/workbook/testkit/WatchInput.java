package dev.workbook.testkit;

import java.nio.file.Path;
import java.util.Set;

/** What the watch reacts to: a line typed at the keyboard, or source files saved; its tests make their own. */
sealed interface WatchInput {

    /** A key and Enter ({@code h}, {@code n}, ...); an empty line checks the exercise again. */
    record Key(String line) implements WatchInput {
    }

    /**
     * Files saved, as the watcher saw them.
     *
     * @param atNanos when the first of them was seen, on the watch's clock, so that the verdict can say how long it took
     */
    record Saved(Set<Path> files, long atNanos) implements WatchInput {
    }
}
