// The Socket.IO 4 peer: `echo` answers with an ack, `join` puts the socket in room "r", `broadcast` reaches every member as `b`.
'use strict';
const http = require('http');
const { Server } = require('socket.io');
const control = require('./control');

const port = Number(process.argv[2]);
const httpServer = http.createServer();
const io = new Server(httpServer, { serveClient: false, perMessageDeflate: false });

io.on('connection', (socket) => {
  socket.on('echo', (payload, ack) => ack(payload));
  socket.on('join', (room, ack) => {
    socket.join(room);
    ack('ok');
  });
  socket.on('broadcast', (payload) => io.to('r').emit('b', payload));
});
httpServer.listen(port, '127.0.0.1', () => control.ready(port));
