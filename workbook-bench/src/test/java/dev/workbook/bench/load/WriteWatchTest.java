package dev.workbook.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Finding a round's first and last server write among readings of the bytes it has written so far. */
@Tag("support")
class WriteWatchTest {

    //                             time:  0    10   20   30   40   50   60
    private static final long[] TIMES = {0, 10, 20, 30, 40, 50, 60};

    @Test
    @DisplayName("the first write is the first reading with more bytes, the last the first with every byte the round wrote")
    void firstReadingsWithMoreAndWithTheFinalCount() {
        long[] written = {100, 100, 140, 180, 200, 200, 200}; // the round sent at 5 wrote 100 bytes, from 20, all by 40

        WriteWatch.Span span = WriteWatch.span(TIMES, written, TIMES.length, 5, 55);

        assertThat(span.first()).as("reading that first shows a byte of the round (140)").isEqualTo(2);
        assertThat(span.last()).as("reading that first shows all 200 bytes").isEqualTo(4);
    }

    @Test
    @DisplayName("a round with no reading before it or after it, or with nothing written, has no answer")
    void noAnswerWithoutReadingsOrWrites() {
        long[] written = {100, 100, 140, 180, 200, 200, 200};
        assertThat(WriteWatch.span(TIMES, written, TIMES.length, 0, 55)).as("no reading before the round").isNull();
        assertThat(WriteWatch.span(TIMES, written, 4, 5, 55)).as("no reading after the round yet").isNull();
        long[] silent = {100, 100, 100, 100, 100, 100, 100};
        assertThat(WriteWatch.span(TIMES, silent, TIMES.length, 5, 55)).as("a server that wrote nothing").isNull();
    }

    @Test
    @DisplayName("writes after the first reading past the round's end (the next round's) do not count toward it")
    void laterWritesAreNotThisRounds() {
        long[] written = {100, 150, 200, 200, 200, 260, 300}; // done by 20; ended at 35, read at 40; the next round from 50

        WriteWatch.Span span = WriteWatch.span(TIMES, written, TIMES.length, 5, 35);

        assertThat(span.first()).as("reading at 10, the round's first bytes").isEqualTo(1);
        assertThat(span.last()).as("reading at 20, not one of the next round's").isEqualTo(2);
    }
}
