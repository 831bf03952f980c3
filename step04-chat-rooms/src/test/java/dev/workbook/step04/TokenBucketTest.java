package dev.workbook.step04;

import static dev.workbook.step04.Step04Exercises.RATE_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenBucket#tryTake()} on a clock the test moves by hand: 0 means the message may go, any
 * other number is how many milliseconds until it may.
 */
class TokenBucketTest {

    /** Starts far from 0, as System.nanoTime() may. */
    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);

    @Test
    @Tag("exercise-4.3")
    @DisplayName("A full bucket lets a burst of 5 through at once; the 6th must wait one second")
    void burstThenWait() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);

        List<Long> answers = takeTimes(bucket, 6);

        assertThat(answers).as("%s: tryTake() six times at the same instant, burst 5, 1 a second", RATE_LIMIT)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 1000L);
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("Waiting as long as the refusal said is enough for one more message, and only one")
    void waitingTheAnnouncedTimeIsEnough() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);
        takeTimes(bucket, 5);
        long wait = bucket.tryTake();

        advanceMillis(wait);
        long afterWaiting = bucket.tryTake();
        long rightAfter = bucket.tryTake();

        assertThat(wait).as("%s: the wait announced for the 6th message of a burst of 5", RATE_LIMIT).isEqualTo(1000L);
        assertThat(afterWaiting).as("%s: tryTake() after waiting the %d ms it announced", RATE_LIMIT, wait).isZero();
        assertThat(rightAfter).as("%s: tryTake() again at once: the bucket is empty again", RATE_LIMIT).isPositive();
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("The bucket refills steadily: after 2.5 quiet seconds at 1 a second, two messages go and the third waits half a second")
    void refillsAtTheSteadyRate() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);
        takeTimes(bucket, 5);

        advanceMillis(2500);
        List<Long> answers = takeTimes(bucket, 3);

        assertThat(answers).as("%s: tryTake() three times, 2.5 s after emptying a bucket that refills 1 a second", RATE_LIMIT)
                .containsExactly(0L, 0L, 500L);
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("A long quiet fills the bucket up to the burst, never above it")
    void neverHoldsMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);

        advanceMillis(TimeUnit.HOURS.toMillis(1));
        List<Long> answers = takeTimes(bucket, 6);

        assertThat(answers).as("%s: tryTake() six times after an hour's quiet, burst 5", RATE_LIMIT)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 1000L);
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("A refused try costs nothing: after many refusals, one second later one message goes")
    void refusalsCostNothing() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);
        takeTimes(bucket, 5);
        List<Long> refusals = takeTimes(bucket, 20);

        advanceMillis(1000);
        long afterASecond = bucket.tryTake();

        assertThat(refusals).as("%s: twenty more tries at once on an empty bucket", RATE_LIMIT).allSatisfy(wait -> assertThat(wait)
                .as("%s: each of them refused", RATE_LIMIT).isPositive());
        assertThat(afterASecond).as("%s: tryTake() one second after twenty refused tries", RATE_LIMIT).isZero();
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("Refused tries spread over time count each quiet moment once: at 1 a second, the token comes at 1 s, not before")
    void refusalsOverTimeCountTheQuietOnce() {
        TokenBucket bucket = new TokenBucket(5, 1.0, nanos::get);
        takeTimes(bucket, 5);

        advanceMillis(500);
        long atHalf = bucket.tryTake();
        advanceMillis(250);
        long atThreeQuarters = bucket.tryTake();
        advanceMillis(250);
        long atOne = bucket.tryTake();

        assertThat(atHalf).as("%s: tryTake() 500 ms after emptying the bucket, at 1 a second", RATE_LIMIT).isEqualTo(500L);
        assertThat(atThreeQuarters).as("%s: tryTake() 750 ms after emptying it, after a refused try at 500 ms: move refilledAt"
                + " on refused tries too, or their quiet time counts twice", RATE_LIMIT).isEqualTo(250L);
        assertThat(atOne).as("%s: tryTake() a whole second after emptying it", RATE_LIMIT).isZero();
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("The wait is rounded up, never 0 for a refusal: at 3 a second, 333 ms is 1 ms short and 334 ms is enough")
    void waitIsRoundedUp() {
        TokenBucket bucket = new TokenBucket(1, 3.0, nanos::get);
        bucket.tryTake();
        long wait = bucket.tryTake();

        advanceMillis(333);
        long almost = bucket.tryTake();
        advanceMillis(1);
        long enough = bucket.tryTake();

        assertThat(wait).as("%s: the wait for a token at 3 a second, a third of a second rounded up", RATE_LIMIT).isEqualTo(334L);
        assertThat(almost).as("%s: tryTake() 333 ms later: still refused, with the 1 ms left", RATE_LIMIT).isEqualTo(1L);
        assertThat(enough).as("%s: tryTake() 334 ms later", RATE_LIMIT).isZero();
    }

    @Test
    @Tag("exercise-4.3")
    @DisplayName("A slow rate means a long wait: at one every two seconds, the wait is 2000 ms")
    void slowRate() {
        TokenBucket bucket = new TokenBucket(1, 0.5, nanos::get);

        List<Long> answers = takeTimes(bucket, 2);

        assertThat(answers).as("%s: tryTake() twice at once, burst 1, 0.5 a second", RATE_LIMIT).containsExactly(0L, 2000L);
    }

    private static List<Long> takeTimes(TokenBucket bucket, int times) {
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(bucket.tryTake());
        }
        return answers;
    }

    private void advanceMillis(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
