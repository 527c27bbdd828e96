// Preloaded with `node --require` by the benchmark: reports the process's peak resident set size when it exits.
// A CommonJS preload, so the CLI starts as it does without it (`--import` would start Node's ES-module loader).
const { appendFileSync } = require('node:fs');

const target = process.env.OCP_PLANNER_RSS_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
