// The connection's state as the page shows it, and which controls it allows.

import { $ } from "./workbook.js";
import { chat } from "./chat.js";

/** Shows the state (offline, connecting, connected, reconnecting) and a sentence about it; data-connects counts the connects. */
export function setState(name, text) {
  const status = $("status");
  status.dataset.state = name;
  status.dataset.connects = String(chat.connects);
  status.textContent = name;
  $("status-detail").textContent = text;
  updateControls();
}

/** What can be used depends on being signed in and in a room; being offline does not stop writing: the outbox waits. */
export function updateControls() {
  const signedIn = chat.socket !== null;
  const inRoom = signedIn && chat.current !== null;
  $("message").disabled = !inRoom;
  $("send").disabled = !inRoom;
  $("leave-room").disabled = !inRoom;
  ["room-name", "join-room", "private-to", "private-text", "private-send"].forEach((id) => { $(id).disabled = !signedIn; });
  $("signout").hidden = !signedIn;
  $("toggle-connection").hidden = !signedIn;
}
