// What every bench server shares: the READY line, and the "heap" command on stdin (live heap after a full GC).
'use strict';
const readline = require('readline');

exports.ready = (port) => {
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'heap') {
      global.gc();
      process.stdout.write(`HEAP ${process.memoryUsage().heapUsed}\n`);
    }
  }).on('close', () => process.exit(0)); // the bench closed our stdin: it is gone, so are we
  process.stdout.write(`READY ${port}\n`);
};
