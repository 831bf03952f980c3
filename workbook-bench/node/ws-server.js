// The `ws` peer: echoes every text message; "j" joins the room, "b..." goes to every member of it.
'use strict';
const { WebSocketServer } = require('ws');
const control = require('./control');

const port = Number(process.argv[2]);
const room = new Set();
const wss = new WebSocketServer({ host: '127.0.0.1', port, perMessageDeflate: false });

wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    const text = data.toString();
    if (text === 'j') {
      room.add(ws);
      ws.send('j');
    } else if (text.charCodeAt(0) === 98 /* b */) {
      for (const member of room) member.send(text);
    } else {
      ws.send(data, { binary: isBinary });
    }
  });
  ws.on('close', () => room.delete(ws));
});
wss.on('listening', () => control.ready(port));
