// Exercise 2.5: the page comes back by itself after its connection drops, without a crowd.

/** The first reconnect waits at most this long; each later attempt may wait twice as long... */
export const RECONNECT_BASE_MILLIS = 250;
/** ...up to this cap, so that a page is back soon after its server is. */
export const RECONNECT_CAP_MILLIS = 5000;

/**
 * The connection dropped and the user did not leave: try again, by ourselves, after a pause.
 * Attempt number session.attempt (0 for the first since the last welcome, which resets it) waits a
 * random time between 0 and min(RECONNECT_CAP_MILLIS, RECONNECT_BASE_MILLIS * 2^attempt):
 * exponential backoff with "full jitter", so that the pages one server restart dropped do not all
 * come back in the same instant. Count the attempt, show the wait with ui.waiting(millis), and
 * schedule, with schedule(callback, millis), a call of ui.rejoin(session.nickname), which opens a
 * new connection and joins again. Returns what schedule returned, so that Leave can cancel the wait.
 * schedule is the browser's setTimeout; a test passes one of its own that only records.
 */
export function reconnectLater(session, ui, schedule = setTimeout) {
  // BEGIN EXERCISE 2.5: Wait a random time between 0 and min(cap, base * 2^attempt), count the attempt, show the wait, then rejoin with the same nickname.
  const ceiling = Math.min(RECONNECT_CAP_MILLIS, RECONNECT_BASE_MILLIS * 2 ** session.attempt);
  const delay = Math.random() * ceiling;
  session.attempt += 1;
  ui.waiting(delay);
  return schedule(() => ui.rejoin(session.nickname), delay);
  // END EXERCISE 2.5
}
