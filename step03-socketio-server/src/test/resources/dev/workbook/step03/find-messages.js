// Run by SocketIoPageDriver: the messages on the list with the text arguments[0], as the person
// sees them (not the hidden ones).
return [...document.querySelectorAll("#messages li.message")]
  .filter((li) => li.getClientRects().length > 0 && li.querySelector(".text").textContent === arguments[0])
  .map((li) => ({ sender: li.querySelector(".sender").textContent, mine: li.classList.contains("mine"),
    status: li.dataset.status || null, statusText: li.querySelector(".status").textContent }));
