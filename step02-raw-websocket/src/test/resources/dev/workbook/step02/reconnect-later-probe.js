// Run by ReconnectPageBrowserTest with executeAsyncScript(attempts, samples): imports the page's
// reconnect.js and calls reconnectLater(session, ui, schedule) `samples` times for each attempt
// number, with a schedule that only records, then runs what it scheduled: no waiting, no server.
const [attempts, samples, done] = arguments;
import("/reconnect.js").then((page) => {
  const rows = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const calls = [];
    for (let i = 0; i < samples; i++) {
      const probe = { nickname: "probe", attempt };
      const timers = [], waits = [], rejoins = [];
      const schedule = (callback, millis) => { timers.push({ callback, millis }); return timers.length; };
      page.reconnectLater(probe, { waiting: (millis) => waits.push(millis), rejoin: (nickname) => rejoins.push(nickname) }, schedule);
      timers.forEach((timer) => timer.callback());
      calls.push({ timers: timers.length, attemptAfter: probe.attempt, delay: timers.length ? Number(timers[0].millis) : null,
        waited: waits.length ? Number(waits[0]) : null, rejoinedAs: rejoins.length ? rejoins[0] : null });
    }
    rows.push(calls);
  }
  done({ base: page.RECONNECT_BASE_MILLIS, cap: page.RECONNECT_CAP_MILLIS, rows });
}).catch((error) => done({ error: String(error && error.message || error) }));
