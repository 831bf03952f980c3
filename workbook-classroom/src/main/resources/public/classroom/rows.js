// The learners' table and the per-exercise counts, drawn from the board's rows. Every name goes in as text.
export function viewOf(row, now, stuckAfterMs) {
  const passed = Object.values(row.states).filter((state) => state === 'passed').length;
  const stuck = Boolean(row.next) && now - row.nextSince > stuckAfterMs;
  return { ...row, passed, stuck };
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  return td;
}

function minutes(ms) {
  return Math.max(1, Math.round(ms / 60000));
}

export function renderRows(tbody, views, now) {
  const lines = views.map((view) => {
    const tr = document.createElement('tr');
    tr.dataset.name = view.name;
    tr.classList.toggle('stuck', view.stuck);
    tr.classList.toggle('done', !view.next);
    const time = new Date(view.lastRun).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const stuck = cell(view.stuck ? `stuck ${minutes(now - view.nextSince)} min` : '', view.stuck ? 'stuck-mark' : '');
    tr.append(cell(view.name, 'name'), cell(view.step, 'step'), cell(view.next || 'step done', 'next'),
      cell(String(view.passed), 'passed'), cell(time, 'last-run'), stuck);
    return tr;
  });
  tbody.replaceChildren(...lines);
}

export function renderCounts(list, exercises, views) {
  const items = exercises.map((exercise) => {
    const li = document.createElement('li');
    li.dataset.exercise = exercise.number;
    li.title = exercise.title;
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = exercise.number;
    const passes = document.createElement('span');
    passes.className = 'passes';
    passes.textContent = String(views.filter((view) => view.states[exercise.number] === 'passed').length);
    passes.setAttribute('aria-label', `${passes.textContent} passed`);
    li.append(number, passes);
    return li;
  });
  list.replaceChildren(...items);
}
