// What the page shows of the chat: its state, the sign-in form, the messages.

import { $, appendToList, countChars, hideError, messageItem, noticeItem, showError, showFieldError } from "./workbook.js";

/** The sign-in form's fields a handshake refusal can name in its data.field: the id of the input, and of its error beside it. */
export const FIELD_ERRORS = { nickname: "nickname", token: "token" };

/** Shows the connection's state, and enables what can be used in it. */
export function setState(name, text) {
  const state = $("state");
  state.dataset.state = name;
  state.textContent = text;
  const canSend = name === "connected" || name === "reconnecting"; // Socket.IO keeps what is sent meanwhile
  $("message").disabled = !canSend;
  $("send").disabled = !canSend;
  $("leave").hidden = name === "offline";
  $("facts").classList.toggle("stale", name !== "connected");
  if (name === "offline" || name === "connected") {
    $("state-detail").textContent = "";
  }
}

export function showJoinForm(enabled) {
  $("join-form").hidden = !enabled;
  ["nickname", "token", "transports", "join"].forEach((id) => { $(id).disabled = !enabled; });
  if (enabled) {
    $("nickname").focus();
  }
}

/** The session id and the transport belong to one connection: none while there is none. */
export function forgetConnection() {
  $("session-id").textContent = "none";
  $("transport").textContent = "none";
}

export function addMessage(sender, text, time, mine, note) {
  return appendToList($("messages"), messageItem(sender, text, time, mine, note));
}

export function addNotice(kind, text) {
  return appendToList($("messages"), noticeItem(kind, text));
}

/** Empties the page's error box and the form fields'. */
export function clearErrors() {
  hideError();
  Object.values(FIELD_ERRORS).forEach((field) => showFieldError(field, ""));
}

export function updateCharCount() {
  countChars($("message"), $("chars"));
}

/** What /api/config says: whether to ask for a token, and the server's limits. */
export function applyConfig(config) {
  $("token-field").hidden = !config.tokenRequired;
  $("nickname-rule").textContent = "The server checks the nickname: 1 to " + config.maxNicknameChars + " characters.";
  $("message").maxLength = config.maxTextChars;
  updateCharCount();
}

/** Without its Socket.IO client the page cannot connect: say why, plainly, instead of failing later. */
export function unavailable(message) {
  $("join").disabled = true;
  $("state-detail").textContent = "no Socket.IO client";
  showError(message);
}
