// What the browser tests read from the chat rooms page and do on it, in one script that
// PageScript runs with executeScript: arguments[0] names the reading or the action, the
// rest are its arguments. Each reading answers in one round trip to the browser. typeAndPress(id,
// text, button) comes from the kit (TestScripts.withTyping).
const [what, ...args] = arguments;
const byId = (id) => document.getElementById(id);
const textOf = (li, selector) => li.querySelector(selector).textContent;
const items = (selector) => [...document.querySelectorAll(selector)];
/** Writes text into the message field, past its maxlength too, and sends it as Enter would. */
const say = (text) => {
  byId("message").value = text;
  byId("composer").requestSubmit();
};
const page = {
  /** The messages of the room on screen, as the person sees them. */
  shown: () => items("#messages li.message").map((li) => ({
    seq: Number(li.dataset.seq), sender: textOf(li, ".sender"), text: textOf(li, ".text"),
    time: li.querySelector(".time").dateTime, mine: li.classList.contains("mine") })),
  /** The room list: every room with its member count, its unread count (0 when none shows) and whether it is on screen. */
  rooms: () => items("#rooms li").map((li) => ({ room: li.dataset.room, members: textOf(li, ".count"),
    unread: li.querySelector(".unread").hidden ? "0" : textOf(li, ".unread"), current: li.classList.contains("current") })),
  /** Our own messages still on their way: their status and the server's code. */
  outgoing: () => items("#messages li.outgoing").map((li) => ({ text: textOf(li, ".text"), status: li.dataset.status || "",
    code: li.dataset.code || "", statusText: textOf(li, ".status") })),
  /** Our own messages the server refused for good: their text, the code, the reason, and the buttons that go with them. */
  failed: () => items("#messages li.failed").map((li) => ({ text: textOf(li, ".text"), status: li.dataset.status || "",
    code: li.dataset.code || "", statusText: textOf(li, ".status"), buttons: [...li.querySelectorAll("button")].map((b) => b.textContent) })),
  /** Every message of the room on screen, top to bottom, whatever its state: "text (kind)". */
  log: () => items("#messages li.message, #messages li.outgoing, #messages li.failed")
    .map((li) => textOf(li, ".text") + " (" + li.className.split(" ")[0] + ")"),
  members: () => items("#members li .name").map((button) => button.textContent),
  currentRoom: () => document.querySelector("#rooms li.current")?.dataset.room ?? null,
  attribute: (id, name) => byId(id)?.getAttribute(name) ?? null,
  /** An element's text as the person sees it: nothing while it is hidden. */
  text: (id) => (byId(id).checkVisibility() ? byId(id).innerText.trim() : ""),
  value: (id) => byId(id).value,
  /** The data-status of the first element selector finds, or null. */
  status: (selector) => document.querySelector(selector)?.dataset.status ?? null,
  count: (selector) => document.querySelectorAll(selector).length,
  /** The id of the element that has the keyboard's focus. */
  focused: () => document.activeElement?.id ?? null,
  /** What the page shows when its own script failed, such as an exercise not done yet; null if nothing failed. */
  pageFailure: () => (!byId("error").hidden && byId("error").textContent.startsWith("The page") ? byId("error").textContent : null),
  /** Where the composer is in the window, and who has the focus: what a person sees once signed in. */
  composer: () => {
    const box = byId("composer").getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, windowHeight: innerHeight, windowWidth: innerWidth,
      focused: document.activeElement?.id ?? null };
  },
  /** The state line and the error box at once, for a wait's failure message. */
  situation: () => ({ state: byId("status").textContent + " " + byId("status-detail").textContent, error: byId("error").textContent }),
  say: (text) => say(text),
  typeAndPress: (id, text, button) => typeAndPress(id, text, button),
  /** Writes a private message to nickname and sends it, as the private form would. */
  privately: (nickname, text) => {
    byId("private-to").value = nickname;
    byId("private-text").value = text;
    byId("private-form").requestSubmit();
  },
  /** Writes each text and sends it at once, as fast as Enter could. */
  burst: (texts) => texts.forEach(say),
  /** Clicks by script: the lists are drawn again on every change, so a found element may be gone by the click. */
  click: (selector) => document.querySelector(selector).click(),
  clearStorage: () => sessionStorage.clear()
};
if (!(what in page)) {
  throw new Error("chat-rooms-page.js has no reading or action named " + what);
}
// Every answer says too whether the page's own script failed, so that a wait needs no second round trip to know.
return { value: page[what](...args), failure: page.pageFailure() };
