// Which column the learners are sorted by, and in which direction; a click on a header changes it.
const KEYS = {
  name: (row) => row.name.toLowerCase(),
  step: (row) => row.step,
  next: (row) => exerciseKey(row.next),
  passed: (row) => row.passed,
  lastRun: (row) => row.lastRun,
  stuck: (row) => (row.stuck ? 1 : 0),
};

/** "1.10" after "1.9"; a finished step (no next exercise) last. */
function exerciseKey(number) {
  if (!number) {
    return Number.MAX_SAFE_INTEGER;
  }
  const [step, exercise] = number.split('.').map(Number);
  return step * 1000 + exercise;
}

export function createSort(table, onChange) {
  const state = { key: 'name', ascending: true };
  for (const button of table.querySelectorAll('th button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      state.ascending = state.key === key ? !state.ascending : true;
      state.key = key;
      for (const th of table.querySelectorAll('th')) {
        th.removeAttribute('aria-sort');
      }
      button.parentElement.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
      onChange();
    });
  }
  return (rows) => {
    const key = KEYS[state.key];
    const sign = state.ascending ? 1 : -1;
    return [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === y) {
        return a.name.localeCompare(b.name);
      }
      return (x < y ? -1 : 1) * sign;
    });
  };
}
