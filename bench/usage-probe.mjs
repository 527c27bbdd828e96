// Loaded with `node --import` by bench/validate-large.mjs: reports the process's CPU time and peak memory at exit.
import { appendFileSync } from 'node:fs';

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
