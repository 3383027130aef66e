/**
 * Preloaded into the CLI child (node --require): when the process exits, writes its peak resident set size
 * (process.resourceUsage().maxRSS, in KB) to the file named by KPI_BENCH_RSS_FILE. No effect without it.
 */
'use strict';
const fs = require('fs');
const file = process.env.KPI_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    fs.writeFileSync(file, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS }));
  });
}
