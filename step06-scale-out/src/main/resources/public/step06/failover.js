// Exercise 6.4: a page that loses its node goes on with another one, by itself.

/** The node after the one on currentPort, in the order config.nodes lists them, the first after the last. */
export function nextNode(nodes, currentPort) {
  const index = nodes.findIndex((node) => node.socketPort === currentPort);
  return nodes[(index + 1) % nodes.length];
}

/**
 * Points each reconnection attempt of socket at the next node: Socket.IO's client would try the
 * same address forever, and a node that died does not come back in time. socket.io.uri is the
 * address its manager opens next; config.nodes lists every node, {name, socketPort}.
 */
export function failOver(socket, config) {
  // BEGIN EXERCISE 6.4: On each "reconnect_attempt" of socket.io, set socket.io.uri to the next node's URL (nodeUrl), after the one it was on.
  socket.io.on("reconnect_attempt", () => {
    socket.io.uri = nodeUrl(config, nextNode(config.nodes, portOf(socket.io.uri)));
  });
  // END EXERCISE 6.4
}

/** The chat's address on a node: this page's host, the node's port, the namespace. */
export function nodeUrl(config, node) {
  return location.protocol + "//" + location.hostname + ":" + node.socketPort + config.namespace;
}

/** The port in a Socket.IO address. */
export function portOf(url) {
  return Number(new URL(url).port);
}
