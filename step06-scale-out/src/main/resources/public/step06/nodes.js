// Step 06's part of the chat page: which node this page is on, failing over to another, and, for
// the instructor on the machine that runs the nodes, a button to stop or start each one.

import { $, describe, element, showError } from "./workbook.js";
import { onConnecting } from "./session.js";
import { failOver, portOf } from "./failover.js";

/** Called by the chat page once it has its config, when the config names this module. */
export function start(config) {
  $("nodes").hidden = false;
  onConnecting((socket) => {
    failOver(socket, config);
    socket.on("connect", () => showNode(config, portOf(socket.io.uri)));
  });
  refresh(config);
}

/** Shows the node this page is connected to. */
function showNode(config, port) {
  const node = config.nodes.find((candidate) => candidate.socketPort === port);
  $("node").textContent = node ? node.name : "port " + port;
  $("node").dataset.port = String(port);
}

/** Lists the nodes, running or stopped, with a button each when this page may stop and start them. */
function refresh(config) {
  fetch("/api/nodes", { cache: "no-store" }).then((response) => response.json()).then((answer) => {
    $("node-list").replaceChildren(...answer.nodes.map((node) => nodeItem(config, node, answer.controls)));
  }, (error) => showError("Could not list the nodes: " + describe(error)));
}

function nodeItem(config, node, controls) {
  const item = element("li", "node", node.name + " (port " + node.socketPort + "): " + (node.running ? "running" : "stopped"));
  item.dataset.running = String(node.running);
  if (controls) {
    const button = element("button", "small", node.running ? "Stop" : "Start");
    button.type = "button";
    button.addEventListener("click", () => {
      button.disabled = true;
      fetch("/api/nodes/" + (node.index + 1) + "/" + (node.running ? "stop" : "start"), { method: "POST" })
        .then(() => refresh(config), (error) => showError("Could not change " + node.name + ": " + describe(error)));
    });
    item.append(" ", button);
  }
  return item;
}
