// What step 06's browser tests read from the chat page and do on it, in one script that
// NodesPageReader runs with executeScript: arguments[0] names the reading or the action.
const [what, ...args] = arguments;
const byId = (id) => document.getElementById(id);

const page = {
  /** The texts of the messages of the room on screen, top to bottom. */
  texts: () => [...document.querySelectorAll("#messages li.message .text")].map((text) => text.textContent),
  /** The room on screen, or null. */
  currentRoom: () => document.querySelector("#rooms li.current")?.dataset.room ?? null,
  /** The node the page says it is on, and its connection's state. */
  node: () => ({ node: byId("node").textContent, state: byId("status").dataset.state }),
  /** The state line and the error box at once, for a wait's failure message. */
  situation: () => ({ state: byId("status").textContent + " " + byId("status-detail").textContent, node: byId("node").textContent,
    error: byId("error").textContent }),
  say: (text) => {
    byId("message").value = text;
    byId("composer").requestSubmit();
  },
  clearStorage: () => sessionStorage.clear()
};
return page[what](...args);
