// Preloaded with `node --require` by bench/validate-large.mjs: reports the process's CPU time and peak memory at exit.
// A CommonJS preload, so the CLI starts as it does without it (`--import` would start Node's ES-module loader).
const { appendFileSync } = require('node:fs');

const target = process.env.OCP_PLANNER_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(
      target,
      `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS })}\n`,
    );
  });
}
