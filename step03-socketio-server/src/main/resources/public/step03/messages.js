// Our messages on their way (sent, acknowledged, refused) and everyone's as they come.

import { $, appendToList, describe, setStatus, setTime } from "./workbook.js";
import { sendWithAck } from "./ack.js";
import { ownCopies, session } from "./session.js";
import { addMessage, addNotice, updateCharCount } from "./view.js";

/** The chat's events, as the server names them (the lesson's table of events). */
export const CHAT = "chat message";
const CHAT_TO_OTHERS = "chat message to others";

/** The composer's submit: sends what is in the message box, to everyone or to everyone but me. */
export function send(event) {
  event.preventDefault();
  const input = $("message");
  const text = input.value;
  const socket = session.socket;
  if (text === "" || socket === null) {
    return; // a text of spaces does go: the server says what is wrong with it
  }
  const toOthers = $("to-others").checked;
  const item = addMessage(session.nickname, text, new Date().toISOString(), true, toOthers ? "to everyone but me" : undefined);
  setStatus(item, "sent", socket.connected ? "sent" : "sent once reconnected");
  const ui = reporter(item, !toOthers);
  try {
    sendWithAck(socket, toOthers ? CHAT_TO_OTHERS : CHAT, text, ui);
  } catch (error) {
    ui.failed(error);
  }
  input.value = "";
  updateCharCount();
  input.focus();
}

/** What sendWithAck reports to: the outcome, shown on the message; only the first report counts. */
function reporter(item, toEveryone) {
  let settled = false;
  if (toEveryone) {
    ownCopies.unacknowledged += 1;
  }
  const settle = (status, text, ack) => {
    if (settled) {
      return;
    }
    settled = true;
    setStatus(item, status, text);
    if (ack && ack.id !== undefined) {
      item.dataset.id = ack.id;
    }
    if (ack && ack.time !== undefined) {
      setTime(item.querySelector("time"), ack.time);
    }
    if (toEveryone) {
      ownCopySettled(item, ack && ack.id !== undefined ? String(ack.id) : null);
    }
  };
  return {
    acknowledged: (ack) => settle("acknowledged", "acknowledged", ack),
    refused: (error) => settle("refused", "refused: " + error),
    timedOut: () => settle("failed", "no acknowledgement"),
    failed: (error) => settle("failed", "not sent: " + describe(error))
  };
}

function ownCopySettled(item, id) {
  ownCopies.unacknowledged -= 1;
  const copy = id === null ? undefined : ownCopies.held.get(id);
  if (copy) {
    ownCopies.held.delete(id);
    copy.replaceWith(item); // our copy came first: the message takes its place
  } else if (id !== null) {
    ownCopies.acknowledged.set(id, item);
  }
  if (ownCopies.unacknowledged === 0) {
    ownCopies.held.forEach((held) => { held.hidden = false; }); // someone else who has our nickname
    ownCopies.held.clear();
  }
}

/** A 'chat message' event: someone's message, or the copy of one of ours. */
export function chatReceived(socket, message) {
  const id = String(message.id);
  const mine = ownCopies.acknowledged.get(id);
  if (mine) {
    ownCopies.acknowledged.delete(id);
    appendToList($("messages"), mine); // moves it to where its copy came: the order everyone sees
    return;
  }
  const item = addMessage(message.sender, message.text, message.time, false);
  item.dataset.id = id;
  if (ownCopies.unacknowledged > 0 && message.sender === session.nickname) {
    item.hidden = true; // perhaps ours: an acknowledgement will tell
    ownCopies.held.set(id, item);
  }
}

/** A 'presence' event: someone joined or left. */
export function presence(socket, news) {
  $("online-count").textContent = String(news.online);
  addNotice(String(news.change), news.nickname + " " + news.change + " · " + news.online + " online");
}
