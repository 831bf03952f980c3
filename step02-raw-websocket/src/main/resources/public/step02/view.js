// What the page shows of the chat: its state, the join form, the messages and who is online.

import { $, appendToList, countChars, element, hideError, messageItem, noticeItem, showFieldError } from "./workbook.js";

/** Shows the connection's state, and enables what can be used in it. */
export function setState(name, text) {
  const state = $("state");
  state.dataset.state = name;
  state.textContent = text;
  $("message").disabled = name !== "online";
  $("send").disabled = name !== "online";
  $("leave").hidden = name === "offline";
  $("online").classList.toggle("stale", name !== "online"); // who was online when we last knew
  if (name === "offline") {
    $("state-detail").textContent = "";
  }
}

export function showJoinForm(enabled) {
  $("join-form").hidden = !enabled;
  $("nickname").disabled = !enabled;
  $("join").disabled = !enabled;
  if (enabled) {
    $("nickname").focus();
  }
}

/** Shows the chat and puts the cursor in the message box: joined, the next thing to do is write. */
export function showChat() {
  $("chat").hidden = false;
  $("message").focus();
}

/** Lists nicknames as online, me marked "(you)". */
export function showOnline(nicknames, me) {
  $("online").replaceChildren(...nicknames.map((nickname) => {
    const item = element("li", "", nickname);
    if (nickname === me) {
      item.classList.add("you");
      item.append(element("span", "you-label", " (you)"));
    }
    return item;
  }));
  $("online-count").textContent = String(nicknames.length);
}

export function addMessage(sender, text, time, mine) {
  return appendToList($("messages"), messageItem(sender, text, time, mine));
}

export function addNotice(kind, text, time) {
  return appendToList($("messages"), noticeItem(kind, text, time));
}

/** Empties the page's error box and the nickname's. */
export function clearErrors() {
  hideError();
  showFieldError("nickname", "");
}

export function updateCharCount() {
  countChars($("message"), $("chars"));
}

/** The server's limits, from /api/config, on the form's fields. */
export function applyLimits(config) {
  $("nickname").maxLength = config.maxNicknameUnits; // maxlength counts UTF-16 units: the server counts characters
  $("message").maxLength = config.maxTextChars;
  updateCharCount();
}
