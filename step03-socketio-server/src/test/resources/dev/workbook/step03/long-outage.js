// Run by ChatPageBrowserTest: an outage as a network would make one. The Engine.IO connection
// closes, and Socket.IO waits arguments[0] ms before it tries again (the page's own settings stay
// as they are otherwise). The socket comes from the page's one hook for tests, window.chatPage.
const manager = window.chatPage.socket().io;
manager.reconnectionDelay(arguments[0]);
manager.reconnectionDelayMax(arguments[0]);
manager.randomizationFactor(0);
manager.engine.close();
