package dev.workbook.step04;

import java.time.Duration;

/**
 * What one user may do: how long a message may be, how many rooms they may be in, how fast they
 * may send, and how much history a join or a catch-up returns.
 *
 * @param maxTextChars the longest message, in code points
 * @param maxRoomsPerUser how many rooms one connection may be in at once
 * @param burst how many messages a user may send at once, after a quiet while
 * @param perSecond how many messages a second a user may send, steadily
 * @param historySize how many of a room's last messages a first join shows
 * @param replayPage the most messages one catch-up answer carries; the client asks again for more
 * @param typingThrottle how soon a repeated "is typing" is passed on again
 */
public record ChatLimits(int maxTextChars, int maxRoomsPerUser, int burst, double perSecond, int historySize, int replayPage,
                         Duration typingThrottle) {

    public static final ChatLimits DEFAULT = new ChatLimits(500, 10, 5, 1.0, 50, 200, Duration.ofSeconds(1));

    public ChatLimits withRate(int newBurst, double newPerSecond) {
        return new ChatLimits(maxTextChars, maxRoomsPerUser, newBurst, newPerSecond, historySize, replayPage, typingThrottle);
    }
}
