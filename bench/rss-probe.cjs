/**
 * Preloaded into the CLI child (node --require): when the process exits, writes its peak resident set size
 * (process.resourceUsage().maxRSS, in KB) to the file named by KPI_BENCH_RSS_FILE, or keeps a larger one already
 * there. No effect without it.
 */
'use strict';
const fs = require('fs');
const file = process.env.KPI_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    // The CLI may run itself again in a child with more memory (src/cli/heap-room.ts), which inherits this probe
    // and exits first: the file keeps the larger of the two.
    let before = 0;
    try {
      before = JSON.parse(fs.readFileSync(file, 'utf8')).maxRssKB || 0;
    } catch {
      // no child wrote it
    }
    fs.writeFileSync(file, JSON.stringify({ maxRssKB: Math.max(before, process.resourceUsage().maxRSS) }));
  });
}
