#!/usr/bin/env node
// Benchmark of the CLI against Node's own start-up (`node -e 0`), measured alternately in the same run so that the
// ratios hold whatever the machine is doing. Prints medians, min–max, ratios and peak RSS; writes bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const probe = path.join(root, 'bench', 'rss-probe.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmup = 2;
const work = mkdtempSync(path.join(tmpdir(), 'ocp-planner-bench-'));
const planDir = path.join(work, 'plan');

// A generated install-config to validate.
const prepared = spawnSync('node', [cli, 'plan', '--scenario', 'aws-ipi-ha', '--out', planDir, '--force'], {
  encoding: 'utf8',
});
if (prepared.status !== 0) {
  console.error(prepared.stderr);
  process.exit(1);
}

const cases = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'], target: 1 },
  { name: 'ocp-planner --version', args: [cli, '--version'], target: 1.3 },
  {
    name: 'ocp-planner plan --scenario aws-ipi-ha',
    args: [cli, 'plan', '--scenario', 'aws-ipi-ha', '--out', planDir, '--force'],
    target: 2.5,
  },
  {
    name: 'ocp-planner validate install-config.yaml',
    args: [cli, 'validate', path.join(planDir, 'install-config.yaml')],
    target: 2,
  },
  {
    name: 'ocp-planner recommend --scenario aws-ipi-ha',
    args: [cli, 'recommend', '--scenario', 'aws-ipi-ha'],
    target: 2,
  },
];

const env = { ...process.env, NO_COLOR: '1' };
function once(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync('node', args, { env: { ...env, ...extraEnv }, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return ms;
}

for (let i = 0; i < warmup; i++) for (const c of cases) once(c.args);
const times = cases.map(() => []);
for (let i = 0; i < runs; i++) {
  // Alternate: every round runs the baseline and each command once, in order.
  cases.forEach((c, k) => {
    times[k].push(once(c.args));
  });
}

// Peak memory, measured in separate runs with a probe so the timing runs stay untouched.
const rss = cases.map((c) => {
  const file = path.join(work, 'rss.txt');
  rmSync(file, { force: true });
  once(['--require', probe, ...c.args], { OCP_PLANNER_RSS_FILE: file });
  return Number(readFileSync(file, 'utf8').trim().split('\n').pop()) / 1024;
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const baseline = median(times[0]);
const results = cases.map((c, k) => ({
  name: c.name,
  medianMs: Number(median(times[k]).toFixed(1)),
  minMs: Number(Math.min(...times[k]).toFixed(1)),
  maxMs: Number(Math.max(...times[k]).toFixed(1)),
  ratio: Number((median(times[k]) / baseline).toFixed(2)),
  target: c.target,
  peakRssMB: Number(rss[k].toFixed(1)),
  meetsTarget: median(times[k]) / baseline <= c.target && rss[k] <= 120,
}));

// Time to the wizard's first question, in a pseudo-terminal made by script(1), against --version the same way.

function timeToText(command, text) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...env, HOME: work, TERM: 'xterm' },
    });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${text}" from ${command}`));
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes(text)) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
  });
}

/** Total wall time of running each argument list once, one process after the other. */
function loop(argLists) {
  const start = process.hrtime.bigint();
  for (const args of argLists) {
    const result = spawnSync('node', args, { env, stdio: 'ignore' });
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${args.join(' ')} exited ${result.status}`);
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The one-process run and the loop, side by side: the loop in five parts with a one-process run before each, so
 * both see the same swings of load; gives the median one-process time, the whole loop's time and every one-process
 * time. Five one-process runs, not three: on a shared machine one slow run in three moved the ratio by a tenth.
 */
function sideBySide(oneArgs, argLists, rounds = 5) {
  const ones = [];
  let many = 0;
  const size = Math.ceil(argLists.length / rounds);
  for (let i = 0; i < rounds; i++) {
    ones.push(loop([oneArgs]));
    many += loop(argLists.slice(i * size, (i + 1) * size));
  }
  return [median(ones), many, ones];
}

function measureFleet() {
  const fleetDir = path.join(work, 'fleet');
  const scenarios = readdirSync(path.join(root, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
  const folders = [];
  for (let i = 0; folders.length < 200; i++) {
    const scenario = scenarios[i % scenarios.length];
    const answers = path.join(fleetDir, `${scenario}-${i}.yaml`);
    const text = readFileSync(path.join(root, 'scenarios', `${scenario}.yaml`), 'utf8')
      .replace(/^clusterName: (\S+)/m, `clusterName: c${i}`)
      .replaceAll('./files/', `${path.join(root, 'scenarios', 'files')}/`);
    mkdirSync(fleetDir, { recursive: true });
    writeFileSync(answers, text);
    const out = path.join(fleetDir, 'clusters', `c${i}`);
    const made = spawnSync('node', [cli, 'plan', '--answers', answers, '--out', out], {
      env,
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(made.stderr);
    folders.push(out);
  }
  const configs = [];
  for (let i = 0; configs.length < 500; i++) {
    const file = path.join(fleetDir, 'configs', `install-config-${i}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(path.join(folders[i % folders.length], 'install-config.yaml')));
    configs.push(file);
  }
  const figures = [];
  const [oneCheck, loopCheck, checkRuns] = sideBySide(
    [cli, 'check', path.join(fleetDir, 'clusters')],
    folders.map((dir) => [cli, 'plan', '--answers', path.join(dir, 'answers.yaml'), '--out', dir, '--check']),
  );
  figures.push({
    name: `check of ${folders.length} plan folders vs plan --check`,
    count: folders.length,
    oneMs: oneCheck,
    loopMs: loopCheck,
    oneRuns: checkRuns,
  });
  // validate takes many files where the build supports it (validate PATH...); otherwise say so and measure one.
  const many = spawnSync('node', [cli, 'validate', configs[0], configs[1]], { env, stdio: 'ignore' });
  const multi = many.status === 0 || many.status === 1;
  const [oneValidate, loopValidate, validateRuns = []] = multi
    ? sideBySide(
        [cli, 'validate', ...configs],
        configs.map((file) => [cli, 'validate', file]),
      )
    : [Number.NaN, loop(configs.map((file) => [cli, 'validate', file]))];
  figures.push({
    name: `validate of ${configs.length} install-configs vs a validate per file`,
    count: configs.length,
    oneMs: oneValidate,
    loopMs: loopValidate,
    oneRuns: validateRuns,
    ...(multi
      ? {}
      : { note: "this build's validate takes one file, so the one-process figure was not measured" }),
  });
  return figures.map((f) => ({
    ...f,
    oneMs: Number(f.oneMs.toFixed(0)),
    oneRuns: f.oneRuns.map((ms) => Number(ms.toFixed(0))),
    loopMs: Number(f.loopMs.toFixed(0)),
    ratio: Number((f.loopMs / f.oneMs).toFixed(1)),
    target: 20,
  }));
}

const ttfq = { version: [], wizard: [] };
const hasScript = spawnSync('script', ['--version']).status === 0;
if (hasScript) {
  for (let i = 0; i < Math.max(5, Math.floor(runs / 2)); i++) {
    ttfq.version.push(await timeToText(`node ${cli} --version`, '0.'));
    ttfq.wizard.push(await timeToText(`node ${cli}`, 'Where will the cluster run?'));
  }
}

// Fleet figures, side by side in this run: one `check` over 200 plan folders against a loop of 200 `plan --check`
// processes, and one `validate` of 500 install-configs against a loop of 500 `validate` processes.
const fleet = measureFleet();

const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  runs,
};
console.log(
  `ocp-planner benchmark — ${runs} alternating runs after ${warmup} warm-up rounds; ${machine.node}, ${machine.cpus} × ${machine.cpuModel}`,
);
console.log(
  'command'.padEnd(44),
  'median'.padStart(9),
  'min–max'.padStart(15),
  'ratio'.padStart(7),
  'target'.padStart(7),
  'peak RSS'.padStart(10),
);
for (const r of results) {
  console.log(
    r.name.padEnd(44),
    `${r.medianMs} ms`.padStart(9),
    `${r.minMs}–${r.maxMs}`.padStart(15),
    `${r.ratio}×`.padStart(7),
    `≤${r.target}×`.padStart(7),
    `${r.peakRssMB} MB`.padStart(10),
    r.meetsTarget ? '' : '  ← over target',
  );
}
let wizard;
if (hasScript) {
  const version = median(ttfq.version);
  const question = median(ttfq.wizard);
  wizard = {
    versionMs: Number(version.toFixed(1)),
    firstQuestionMs: Number(question.toFixed(1)),
    ratio: Number((question / version).toFixed(2)),
    target: 1.5,
  };
  console.log(
    `wizard: first question after ${wizard.firstQuestionMs} ms in a terminal, ${wizard.ratio}× --version (${wizard.versionMs} ms the same way; target ≤1.5×)${wizard.ratio <= 1.5 ? '' : '  ← over target'}`,
  );
} else {
  console.log('wizard: script(1) is not installed, so the time to the first question was not measured');
}
for (const f of fleet) {
  console.log(
    `fleet: ${f.name}: one process ${f.oneMs} ms${f.oneRuns.length > 1 ? ` (median of ${f.oneRuns.join(', ')})` : ''}, a loop of ${f.count} processes ${f.loopMs} ms: ${f.ratio}× faster (target ≥${f.target}×)${f.note ? `; ${f.note}` : ''}${f.ratio >= f.target ? '' : '  ← under target'}`,
  );
}
writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ machine, results, wizard, fleet }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
