// Who is in the room on screen: the member list, which also addresses a private message.

import { $, element } from "./workbook.js";
import { chat } from "./chat.js";
import { noticeItem, place } from "./messages-view.js";
import { renderRooms } from "./room-list.js";
import { forgetTypist, renderTyping } from "./typing.js";

/** Someone joined or left one of our rooms: the server sends its members anew. */
export function membersChanged(socket, news) {
  const room = chat.rooms.get(news.room);
  if (!room) {
    return;
  }
  room.members = news.members;
  if (news.joined !== undefined && news.joined !== chat.nickname) {
    place(room, noticeItem("joined", news.joined + " joined #" + room.name));
  }
  if (news.left !== undefined) {
    forgetTypist(room, news.left);
    place(room, noticeItem("left", news.left + " left #" + room.name));
  }
  renderRooms();
  renderMembers();
  renderTyping();
}

export function renderMembers() {
  const room = chat.rooms.get(chat.current);
  const members = room ? room.members : [];
  $("member-count").textContent = String(members.length);
  $("members").replaceChildren(...members.map((nickname) => {
    const item = element("li", "member" + (nickname === chat.nickname ? " me" : ""));
    item.dataset.nickname = nickname;
    const button = element("button", "name", nickname);
    button.type = "button";
    button.title = "Write to " + nickname + " privately";
    button.addEventListener("click", () => {
      $("private-to").value = nickname;
      $("private-text").focus();
    });
    item.append(button);
    if (nickname === chat.nickname) {
      item.append(element("span", "you", "(you)"));
    }
    return item;
  }));
}
