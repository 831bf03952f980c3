// The room list: every room the server lists and every room this page is in, with members and unread counts.

import { $, element } from "./workbook.js";
import { chat } from "./chat.js";
import { joinAndSelect, selectRoom } from "./rooms.js";

/** The server's list of rooms changed: someone made one, or the last member left one. */
export function roomsChanged(socket, news) {
  chat.directory = Array.isArray(news.rooms) ? news.rooms : [];
  renderRooms();
}

export function renderRooms() {
  const counts = new Map(chat.directory.map((room) => [room.name, room.members]));
  chat.rooms.forEach((room, name) => {
    if (!counts.has(name)) {
      counts.set(name, room.members.length);
    }
  });
  const items = [...counts.keys()].sort().map((name) => roomItem(name, counts.get(name)));
  $("rooms").replaceChildren(...items);
}

/**
 * One room: its name as a button (show it, or join it), then its two numbers, members and unread
 * messages; the numbers carry their meaning as a tooltip, and screen readers hear it in words instead.
 */
function roomItem(name, members) {
  const room = chat.rooms.get(name);
  const item = element("li", "room" + (room ? " joined" : "") + (name === chat.current ? " current" : ""));
  item.dataset.room = name;
  const button = element("button", "name", "#" + name);
  button.type = "button";
  button.title = room ? "Show #" + name : "Join #" + name;
  button.addEventListener("click", () => (room ? selectRoom(name) : joinAndSelect(name).catch(() => {})));
  const unread = room ? room.unread : 0;
  const membersText = members === 1 ? "1 member" : members + " members";
  const unreadText = unread === 1 ? "1 unread message" : unread + " unread messages";
  const spoken = element("span", "visually-hidden", ", " + membersText + (unread > 0 ? ", " + unreadText : ""));
  const unreadShown = shownNumber("unread", unread, unreadText);
  unreadShown.hidden = unread === 0;
  item.append(button, shownNumber("count", members, membersText), unreadShown, spoken);
  return item;
}

/** A number as the eye sees it, its meaning as a tooltip; screen readers skip it and read the words beside it. */
function shownNumber(className, number, meaning) {
  const shown = element("span", className, number);
  shown.title = meaning;
  shown.setAttribute("aria-hidden", "true");
  return shown;
}
