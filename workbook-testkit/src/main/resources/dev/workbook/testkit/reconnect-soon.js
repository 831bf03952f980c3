// Run by the browser tests before they restart the server: the page's Socket.IO then tries again
// arguments[0] ms after it lost the server, every time, where it waits about a second, spread at
// random, by default. The test's wait is then short and the same on every run; that the page
// reconnects by itself is still the page's own doing. It reaches the socket through the page's one
// hook for tests, window.chatPage, and answers "ready" or why it could not.
const hook = window.chatPage;
const socket = hook && hook.socket();
if (!socket) {
  return hook ? "the page has no socket yet: sign in first" : "the page has no window.chatPage hook";
}
const manager = socket.io;
manager.reconnectionDelay(arguments[0]);
manager.reconnectionDelayMax(arguments[0]);
manager.randomizationFactor(0);
return "ready";
