// The board's live connection: the whole board on connect, then one row per report; reconnects by itself.
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5000;

export function connectLive({ onBoard, onRow, onState }) {
  let retry = FIRST_RETRY_MS;
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/live`);
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'board') {
        retry = FIRST_RETRY_MS;
        onBoard(message);
        onState('live'); // live once the whole board is drawn: every change after it is news
      } else if (message.type === 'row') {
        onRow(message);
      }
    });
    socket.addEventListener('close', () => {
      onState('lost');
      setTimeout(open, retry);
      retry = Math.min(retry * 2, LONGEST_RETRY_MS);
    });
  };
  open();
}
