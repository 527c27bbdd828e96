// Loaded with `node --import` by the benchmark: reports the process's peak resident set size when it exits.
import { appendFileSync } from 'node:fs';

const target = process.env.OCP_PLANNER_RSS_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
