// Shows an HTTP head as the server recorded it, line by line, the accept key's lines marked.

/** Fills pre with raw: the start line, then "Name: value" fields, then any body. */
export function renderHttp(pre, raw) {
  pre.replaceChildren();
  pre.classList.remove("empty");
  const lines = String(raw || "").split("\r\n");
  while (lines.length > 0 && lines[lines.length - 1] === "") {
    lines.pop();
  }
  let inHead = true;
  lines.forEach((line, index) => {
    const row = document.createElement("span");
    row.className = "line";
    const colon = line.indexOf(":");
    if (index === 0) {
      row.classList.add("start-line");
      row.textContent = line;
    } else if (line === "") {
      inHead = false;
    } else if (inHead && colon > 0) {
      const name = document.createElement("span");
      name.className = "field-name";
      name.textContent = line.slice(0, colon);
      row.append(name, document.createTextNode(line.slice(colon)));
      if (/^sec-websocket-(key|accept)$/i.test(line.slice(0, colon))) {
        row.classList.add("key-line");
      }
    } else {
      row.textContent = line;
    }
    pre.append(row, document.createTextNode("\n"));
  });
}
