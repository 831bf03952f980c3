// Run by the browser tests before they restart the server: this page's Socket.IO then tries again
// arguments[0] ms after it lost the server, every time, where it waits about a second, spread at
// random, by default. The test's wait is then short and the same on every run; that the page
// reconnects by itself is still the page's own doing. Run with executeAsyncScript; answers "ready".
const [delayMillis, done] = arguments;
import("/chat.js").then(({ chat }) => {
  const manager = chat.socket.io;
  manager.reconnectionDelay(delayMillis);
  manager.reconnectionDelayMax(delayMillis);
  manager.randomizationFactor(0);
  done("ready");
}, (error) => done("could not import chat.js: " + error));
