// What the browser tests read from the chat page and do on it, in one script that
// SocketIoPageDriver runs with executeScript: arguments[0] names the reading or the action, the
// rest are its arguments. Each answers in one round trip to the browser. type(id, text) and
// typeAndPress(id, text, button) come from the kit (TestScripts.withTyping).
const [what, ...args] = arguments;
const byId = (id) => document.getElementById(id);
/** The page's one hook for tests: its current Socket.IO socket. */
const socket = () => window.chatPage.socket();

const page = {
  /** The messages on the list with exactly this text, as the person sees them (not the hidden ones). */
  messages: (text) => [...document.querySelectorAll("#messages li.message")]
    .filter((li) => li.getClientRects().length > 0 && li.querySelector(".text").textContent === text)
    .map((li) => ({ sender: li.querySelector(".sender").textContent, mine: li.classList.contains("mine"),
      status: li.dataset.status || null, statusText: li.querySelector(".status").textContent })),
  /** The notices on the list, such as "bob joined · 2 online". */
  notices: () => [...document.querySelectorAll("#messages li.notice .text")]
    .filter((span) => span.checkVisibility()).map((span) => span.innerText.trim()),
  /** An element's text as the person sees it: nothing while it is hidden. */
  text: (id) => (byId(id).checkVisibility() ? byId(id).innerText.trim() : ""),
  state: () => byId("state").getAttribute("data-state"),
  /** The state and the three error boxes at once: what a wait for a join reads, and says when it runs out. */
  situation: () => ({ state: page.state(), error: page.text("error"), nicknameError: page.text("nickname-error"),
    tokenError: page.text("token-error") }),
  /** Whether the token field shows: the page shows it once /api/config says that the server wants one. */
  tokenShown: () => byId("token").checkVisibility(),
  /** Types a nickname and a token into the join form, and presses Join. */
  join: (nickname, token) => {
    type("nickname", nickname);
    typeAndPress("token", token, "join");
  },
  say: (text) => typeAndPress("message", text, "send"),
  /**
   * An outage as a network would make one: the Engine.IO connection closes, and Socket.IO leaves
   * it closed (the page shows "reconnecting") until the test reconnects it.
   */
  dropConnection: () => {
    socket().io.reconnection(false);
    socket().io.engine.close();
  },
  /**
   * Says text, then, ms later, ends the outage: the page's own reconnecting comes back, and the
   * socket connects. The timer starts after the message's send: a timer the send started with a
   * shorter delay runs out first, whatever the machine's load.
   */
  sayThenReconnectIn: (text, ms) => {
    page.say(text);
    setTimeout(() => {
      socket().io.reconnection(true);
      socket().connect();
    }, ms);
  }
};
if (!(what in page)) {
  throw new Error("chat-page.js has no reading or action named " + what);
}
return page[what](...args);
