// The class board: keeps the rows the server sends, and draws them again on every change.
import { connectLive } from './live.js';
import { createSort } from './sort.js';
import { renderCounts, renderRows, viewOf } from './rows.js';

const REDRAW_EVERY_MS = 15000; // the "stuck" marks move with the clock, not only with reports

const board = { exercises: [], rows: new Map(), stuckAfterMs: Infinity, clockOffset: 0 };
const table = document.getElementById('learners');
const status = document.getElementById('status');
const sorted = createSort(table, draw);

function now() {
  return Date.now() + board.clockOffset;
}

function draw() {
  const views = [...board.rows.values()].map((row) => viewOf(row, now(), board.stuckAfterMs));
  renderRows(document.getElementById('rows'), sorted(views), now());
  renderCounts(document.getElementById('per-exercise'), board.exercises, views);
  document.getElementById('learner-count').textContent = `(${views.length})`;
  document.getElementById('empty').hidden = views.length > 0;
}

connectLive({
  onBoard(message) {
    board.exercises = message.exercises;
    board.stuckAfterMs = message.stuckAfterMs;
    board.clockOffset = message.now - Date.now();
    board.rows = new Map(message.rows.map((row) => [row.name.toLowerCase(), row]));
    document.getElementById('stuck-rule').textContent =
      `Stuck: on one exercise for more than ${Math.round(message.stuckAfterMs / 60000)} min.`;
    draw();
  },
  onRow(message) {
    board.clockOffset = message.now - Date.now();
    board.rows.set(message.row.name.toLowerCase(), message.row);
    draw();
  },
  onState(state) {
    status.dataset.state = state;
    status.textContent = state === 'live' ? 'Live: rows change as learners run their tests.'
      : 'Connection to the board lost: trying again…';
  },
});

setInterval(draw, REDRAW_EVERY_MS);
