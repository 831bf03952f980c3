// What every bench server shares: the READY line, and two commands on stdin: "heap" (live heap
// after a full GC) and "gc" (the milliseconds V8's collections took so far).
'use strict';
const readline = require('readline');
const { PerformanceObserver } = require('perf_hooks');

let gcMillis = 0;
new PerformanceObserver((list) => {
  list.getEntries().forEach((entry) => { gcMillis += entry.duration; });
}).observe({ entryTypes: ['gc'] });

exports.ready = (port) => {
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'heap') {
      global.gc();
      process.stdout.write(`HEAP ${process.memoryUsage().heapUsed}\n`);
    } else if (line.trim() === 'gc') {
      process.stdout.write(`GC ${Math.round(gcMillis)}\n`);
    }
  }).on('close', () => process.exit(0)); // the bench closed our stdin: it is gone, so are we
  process.stdout.write(`READY ${port}\n`);
};
