// Loaded into the language server by the memory benchmark (node --expose-gc --require this):
// on SIGUSR2, a full collection, then process.memoryUsage() as one line on stderr.
'use strict';
process.on('SIGUSR2', () => {
  if (global.gc) for (let i = 0; i < 3; i++) global.gc();
  process.stderr.write(`HEAP ${JSON.stringify(process.memoryUsage())}\n`);
});
