import { statSync } from 'node:fs';
import { availableParallelism, type CpuInfo, cpus, homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  parentPort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from 'node:worker_threads';
import { loadCatalog } from '../checklist/catalog.js';
import { ExitCode, UsageError } from '../errors.js';
import { comparePlanFolder, planSecrets } from '../io/compare-plan.js';
import { findPlanFolders } from '../io/find-plans.js';
import { checkRenderedSizes } from '../io/limits.js';
import { readPlanFiles } from '../io/read-plan-files.js';
import { renderPlan } from '../pipeline.js';
import type { Lang } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
import { loadAnswersSource } from './answers-source.js';
import type { CommandContext } from './context.js';
import { resolveAnswers } from './resolve-answers.js';

export interface CheckOptions {
  json?: boolean;
}

type Status = 'ok' | 'differs' | 'invalid' | 'unusable';

interface FolderResult {
  /** Relative to ROOT, with a trailing slash. */
  folder: string;
  status: Status;
  /** Files that differ (diff headers). */
  files: string[];
  message?: string;
}

const SAY = {
  label: {
    en: { ok: 'ok', differs: 'differs', invalid: 'invalid', unusable: 'unusable' },
    ko: { ok: '최신', differs: '다름', invalid: '잘못됨', unusable: '사용 불가' },
  } satisfies Record<Lang, Record<Status, string>>,
  files: {
    en: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
    ko: (n: number) => `파일 ${n}개`,
  },
  none: {
    en: (root: string) =>
      `no plan folders under ${root} (folders holding an answers.yaml written by "ocp-planner plan"); nothing was checked.`,
    ko: (root: string) =>
      `${root} 아래에 계획 폴더("ocp-planner plan"이 쓴 answers.yaml이 있는 폴더)가 없어 아무것도 확인하지 않았습니다.`,
  },
  notFolder: {
    en: (root: string) => `cannot check ${root}: it is not a folder.`,
    ko: (root: string) => `${root}을(를) 확인할 수 없습니다: 폴더가 아닙니다.`,
  },
  truncated: {
    en: 'warning: the search stopped after 200,000 entries; give a narrower ROOT.',
    ko: '경고: 항목 200,000개를 넘어 검색을 멈췄습니다. 더 좁은 ROOT를 주십시오.',
  },
  threads: {
    en: (value: string) =>
      `OCP_PLANNER_CHECK_THREADS is "${value}": give a whole number of threads from 1 to 64, or unset it to use the idle CPUs.`,
    ko: (value: string) =>
      `OCP_PLANNER_CHECK_THREADS가 "${value}"입니다: 스레드 수를 1에서 64 사이의 정수로 주거나, 유휴 CPU를 쓰도록 설정을 지우십시오.`,
  },
  summary: {
    en: (n: number, counts: Record<Status, number>) =>
      `checked ${n} plan folder${n === 1 ? '' : 's'}: ${counts.ok} up to date, ${counts.differs} differ, ${counts.invalid} invalid, ${counts.unusable} unusable.`,
    ko: (n: number, counts: Record<Status, number>) =>
      `계획 폴더 ${n}개를 확인했습니다: 최신 ${counts.ok}, 다름 ${counts.differs}, 잘못됨 ${counts.invalid}, 사용 불가 ${counts.unusable}.`,
  },
};

/** A folder as shown: relative to ROOT with a trailing slash, `./` for ROOT itself. */
function shownFolder(root: string, folder: string): string {
  const relative = path.relative(root, folder).split(path.sep).join('/');
  return relative === '' ? './' : `${relative}/`;
}

/**
 * `ocp-planner check [ROOT]` (the command-line contract): every plan folder under ROOT checked in one process, as `plan --check` checks
 * one — rendered from its answers.yaml, compared file by file, nothing written. One line per folder and the diffs on
 * stdout. Exit 0 when every folder is up to date, 1 when any differs (or its answers are invalid), 2 when a folder
 * cannot be checked at all (the others are still reported).
 */
export async function checkCommand(
  root: string | undefined,
  options: CheckOptions,
  ctx: CommandContext,
): Promise<number> {
  const threads = threadsAsked(ctx.env, ctx.lang);
  const rootDir = path.resolve(ctx.cwd, root ?? '.');
  const shownRoot = root ?? '.';
  const stat = statSync(rootDir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new UsageError(SAY.notFolder[ctx.lang](shownRoot));
  const found = findPlanFolders(rootDir);
  if (found.truncated) ctx.stderr(`${SAY.truncated[ctx.lang]}\n`);
  const results: FolderResult[] = found.refused.map(({ folder, why }) => ({
    folder: shownFolder(rootDir, folder),
    status: 'unusable',
    files: [],
    message: `answers.yaml ${why[ctx.lang]}`,
  }));
  if (found.folders.length + results.length === 0) throw new UsageError(SAY.none[ctx.lang](shownRoot));
  if (!options.json) for (const result of results) ctx.stdout(`${line(result, ctx.lang)}\n`);
  const batch = await checkFolders(found.folders, rootDir, ctx, options, threads);
  results.push(...batch.results);
  if (batch.output) ctx.stdout(batch.output);
  if (options.json) {
    results.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
    ctx.stdout(`${JSON.stringify(results, null, 2)}\n`);
  }
  const counts: Record<Status, number> = { ok: 0, differs: 0, invalid: 0, unusable: 0 };
  for (const result of results) counts[result.status]++;
  ctx.stderr(`${SAY.summary[ctx.lang](results.length, counts)}\n`);
  if (counts.unusable > 0) return ExitCode.usage;
  return counts.differs + counts.invalid > 0 ? ExitCode.invalidData : ExitCode.ok;
}

function line(result: FolderResult, lang: Lang): string {
  const label = SAY.label[lang][result.status].padEnd(lang === 'ko' ? 6 : 8);
  if (result.status === 'differs')
    return `${label} ${result.folder} (${SAY.files[lang](result.files.length)})`;
  return result.message
    ? `${label} ${result.folder}: ${result.message.split('\n').join('\n    ')}`
    : `${label} ${result.folder}`;
}

/**
 * What a worker runs: this stage (a built CommonJS bundle, one function expression) compiled as the stage loader
 * compiles it, with the code cache the build recorded when there is one, so a worker does not parse it from scratch.
 */
function workerSource(file: string): string {
  return [
    "const { readFileSync } = require('node:fs');",
    "const { createRequire } = require('node:module');",
    "const path = require('node:path');",
    "const vm = require('node:vm');",
    `const file = ${JSON.stringify(file)};`,
    'let cachedData;',
    "try { cachedData = readFileSync(file + '.cache'); } catch { cachedData = undefined; }",
    "const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file, ...(cachedData ? { cachedData } : {}) });",
    'const stage = { exports: {} };',
    'script.runInThisContext()(stage.exports, createRequire(file), stage, file, path.dirname(file));',
  ].join('\n');
}

/** One folder's result and what it prints (its line and diffs), at its index in the list of folders. */
interface Checked {
  index: number;
  result: FolderResult;
  output: string;
}

/** The settings a worker thread needs to check folders as this process would (a CommandContext without functions). */
interface WorkerSettings {
  folders: string[];
  /** The index of the next folder to check, shared by every thread (an Int32Array of one element). */
  next: SharedArrayBuffer;
  rootDir: string;
  cwd: string;
  packageRoot: string;
  lang: Lang;
  langFlag?: Lang;
  json: boolean;
}

/** Fewer plans than this are checked in this thread: a worker costs a start-up of its own. */
const PLANS_PER_WORKER = 25;
const MAX_WORKERS = 4;
/**
 * How long this thread checks alone before it decides on workers: the window over which the machine's idle CPUs are
 * measured. The kernel counts CPU time in ticks of 10 ms, so a few ticks per CPU are needed for a usable share.
 */
const MEASURE_MS = 50;

/** What the machine offers: the CPUs this process may use, and how many CPUs were idle while this thread worked. */
export interface MachineLoad {
  usable: number;
  /** The sum over the machine's CPUs of the share of the measured window each spent idle. */
  idle: number;
}

/**
 * How many idle CPUs the machine had between two readings of its CPU times (os.cpus()): each CPU counts with the
 * share of the time between them that it spent idle. Unlike the load average, which follows the last minute, this is
 * what the machine does now: a loop of processes that just ended does not count, a build running now does.
 */
export function idleCpus(before: readonly CpuInfo[], after: readonly CpuInfo[]): number {
  let idle = 0;
  after.forEach((cpu, i) => {
    const earlier = before[i];
    if (!earlier) return;
    const total = (times: CpuInfo['times']) => times.user + times.nice + times.sys + times.idle + times.irq;
    const elapsed = total(cpu.times) - total(earlier.times);
    if (elapsed > 0) idle += Math.min(1, Math.max(0, (cpu.times.idle - earlier.times.idle) / elapsed));
  });
  return idle;
}

/**
 * CPUs one checking thread keeps busy: besides the thread itself, V8 optimises its hot code on background threads.
 * Measured with `check` of 200 plan folders in one thread on two CPUs: 3.1 s of CPU in 2.2 s.
 */
const CPUS_PER_THREAD = 1.4;

/**
 * How many threads check `count` remaining folders: as many as the CPUs this process may use and that were idle while
 * this thread worked (its own included) can keep busy. A worker pays for its own start-up and for warming up its own
 * copy of the code; without CPUs of its own that cost is taken from this thread and the check takes longer than in
 * one thread (on two CPUs, two threads took 1.5 s where one took 1.35 s).
 */
export function threadsFor(count: number, machine: MachineLoad): number {
  const room = Math.min(machine.usable, 1 + machine.idle);
  return Math.max(
    1,
    Math.min(MAX_WORKERS, Math.floor(count / PLANS_PER_WORKER), Math.floor(room / CPUS_PER_THREAD)),
  );
}

/**
 * The number of threads OCP_PLANNER_CHECK_THREADS asks for (a whole number from 1 to 64), instead of the machine's
 * idle CPUs: for a CI runner that shares its CPUs with other jobs, or to compare one thread with several.
 */
export function threadsAsked(env: CommandContext['env'], lang: Lang): number | undefined {
  const value = env.OCP_PLANNER_CHECK_THREADS;
  if (value === undefined || value === '') return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new UsageError(SAY.threads[lang](escapeForTerminal(value)));
  }
  return Number(value);
}

/** How many folders past the one being checked are asked for at a time. */
const READ_AHEAD = 8;

/** A folder's plan files as read ahead, by index in the list of folders. */
interface ReadFolder {
  index: number;
  files: Map<string, string>;
}

/**
 * The plan files of the next folders, read on a thread of its own while this thread renders, when this thread checks
 * the whole fleet alone: reading and decoding a folder's files was about a tenth of checking it, and the second CPU
 * of a small machine has time to spare. This thread asks for a few folders ahead and takes what has arrived without
 * ever waiting (receiveMessageOnPort); a folder whose files have not arrived, or any file not read ahead, is read
 * here as before. The reader reads the way the comparison does (read-plan-files.ts), so nothing changes but who reads.
 */
class ReadAhead {
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly arrived = new Map<number, Map<string, string>>();
  private asked = 0;

  constructor(
    self: string,
    private readonly folders: readonly string[],
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerSource(self), {
      eval: true,
      workerData: { ocpPlannerReadAhead: { folders, port: port2 } },
      transferList: [port2],
    });
    // A reader that fails only means this thread reads every file itself.
    this.worker.on('error', () => {});
    this.worker.unref();
  }

  /** Asks for the folders up to `index` (exclusive) not asked for yet. */
  ask(index: number): void {
    for (; this.asked < Math.min(index, this.folders.length); this.asked++) this.port.postMessage(this.asked);
  }

  /** The files read ahead for the folder at `index`, if they have arrived. */
  take(index: number): Map<string, string> | undefined {
    for (let next = receiveMessageOnPort(this.port); next; next = receiveMessageOnPort(this.port)) {
      const read = next.message as ReadFolder;
      // Files for a folder this thread has already read itself are of no use any more.
      if (read.index >= index) this.arrived.set(read.index, read.files);
    }
    const files = this.arrived.get(index);
    this.arrived.delete(index);
    return files;
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/**
 * Checks the folders in this process: in worker threads as well when there are many and the machine has idle
 * CPUs, else in this thread alone. This thread starts at once and decides on workers after MEASURE_MS, from the CPUs
 * that stayed idle meanwhile. Every thread takes the next unchecked folder from one shared counter, so a thread that
 * starts late or gets less CPU takes fewer folders instead of holding the others up; the results are put back in
 * folder order before anything is printed.
 */
async function checkFolders(
  folders: string[],
  rootDir: string,
  ctx: CommandContext,
  options: CheckOptions,
  /** The threads OCP_PLANNER_CHECK_THREADS asks for, if it does. */
  forced: number | undefined,
): Promise<Batch> {
  const settings: WorkerSettings = {
    folders,
    next: new SharedArrayBuffer(4),
    rootDir,
    cwd: ctx.cwd,
    packageRoot: ctx.packageRoot,
    lang: ctx.lang,
    ...(ctx.langFlag ? { langFlag: ctx.langFlag } : {}),
    json: options.json === true,
  };
  const self = fileURLToPath(import.meta.url);
  const started: Promise<Checked[] | Error>[] = [];
  const start = (threads: number) => {
    for (let i = 1; i < threads; i++) started.push(startWorker(self, settings));
  };
  // Only the built bundle can start itself as a worker (the TypeScript sources run under vitest in this thread).
  const bundled = /\.c?js$/.test(self);
  if (bundled && forced !== undefined) start(Math.min(forced, folders.length));
  // Otherwise, unless the fleet is too small for two threads, the idle CPUs are measured while this thread works.
  const mayStart =
    bundled &&
    forced === undefined &&
    threadsFor(folders.length, { usable: availableParallelism(), idle: Number.POSITIVE_INFINITY }) > 1;
  const since = performance.now();
  const before = mayStart ? cpus() : [];
  let decided = !mayStart;
  const decide = (remaining: number) => {
    if (decided || performance.now() - since < MEASURE_MS) return;
    decided = true;
    start(threadsFor(remaining, { usable: availableParallelism(), idle: idleCpus(before, cpus()) }));
  };
  // Alone on a machine with a second CPU, this thread lets another read the folders' files ahead of it.
  const ahead =
    bundled &&
    forced === undefined &&
    !mayStart &&
    availableParallelism() > 1 &&
    folders.length >= PLANS_PER_WORKER
      ? new ReadAhead(self, folders)
      : undefined;
  let own: Checked[];
  try {
    own = await checkShare(settings, ctx, decide, ahead);
  } finally {
    ahead?.close();
  }
  const byIndex: (Checked | undefined)[] = new Array(folders.length);
  for (const checked of own) byIndex[checked.index] = checked;
  let failure: Error | undefined;
  for (const outcome of await Promise.all(started)) {
    if (outcome instanceof Error) failure ??= outcome;
    else for (const checked of outcome) byIndex[checked.index] = checked;
  }
  const batch: Batch = { results: [], output: '' };
  folders.forEach((folder, index) => {
    // A folder a worker took and did not report: the worker failed, and says why.
    const checked = byIndex[index] ?? {
      index,
      result: {
        folder: shownFolder(rootDir, folder),
        status: 'unusable',
        files: [],
        message: failure?.message ?? 'not checked',
      },
      output: '',
    };
    batch.results.push(checked.result);
    batch.output += checked.output;
  });
  return batch;
}

/** A worker thread that checks folders from the shared counter; it reports what it checked, or why it failed. */
function startWorker(self: string, settings: WorkerSettings): Promise<Checked[] | Error> {
  return new Promise((resolve) => {
    const worker = new Worker(workerSource(self), {
      eval: true,
      workerData: { ocpPlannerCheck: settings },
      // A roomier young generation: rendering a plan makes many short-lived strings (fewer scavenges).
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.once('message', (checked: Checked[]) => resolve(checked));
    worker.once('error', (error) => resolve(error));
  });
}

interface Batch {
  results: FolderResult[];
  /** What the folders print, in order: their lines and diffs. */
  output: string;
}

/**
 * Checks folders until none is left; `ctx` is the real one in this thread, a placeholder in a worker. `afterEach`
 * hears how many folders are still unclaimed after each one.
 */
async function checkShare(
  settings: WorkerSettings,
  ctx: CommandContext,
  afterEach: (remaining: number) => void = () => {},
  /** Only when this thread checks every folder, in order. */
  ahead?: ReadAhead,
): Promise<Checked[]> {
  const next = new Int32Array(settings.next);
  const options = { json: settings.json };
  const checked: Checked[] = [];
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    const folder = settings.folders[index];
    if (folder === undefined) break;
    let output = '';
    const collecting: CommandContext = { ...ctx, stdout: (text) => (output += text) };
    // Each folder's messages are its own: no prompts, no terminal, nothing asked.
    const quiet: CommandContext = { ...collecting, interactive: false, stderr: () => {} };
    const shown = shownFolder(settings.rootDir, folder);
    ahead?.ask(index + 1 + READ_AHEAD);
    const files = ahead?.take(index);
    let result: FolderResult;
    try {
      result = { folder: shown, ...(await checkOne(folder, shown, quiet, collecting, options, files)) };
    } catch (error) {
      if (error instanceof Error && error.name === 'CancelledError') throw error;
      const status: Status =
        error instanceof Error && error.name === 'InvalidDataError' ? 'invalid' : 'unusable';
      const message = error instanceof Error ? error.message : String(error);
      result = { folder: shown, status, files: [], message: escapeForTerminal(message) };
      if (!options.json) output += `${line(result, ctx.lang)}\n`;
    }
    checked.push({ index, result, output });
    afterEach(settings.folders.length - Atomics.load(next, 0));
  }
  return checked;
}

/** The reading thread's side of ReadAhead: each folder asked for, read and sent back. */
if (!isMainThread && (workerData as { ocpPlannerReadAhead?: unknown })?.ocpPlannerReadAhead) {
  const { folders, port } = (workerData as { ocpPlannerReadAhead: { folders: string[]; port: MessagePort } })
    .ocpPlannerReadAhead;
  port.on('message', (index: number) => {
    const folder = folders[index];
    if (folder !== undefined) port.postMessage({ index, files: readPlanFiles(folder) } satisfies ReadFolder);
  });
}

/** The worker thread's side of checkFolders. */
if (!isMainThread && parentPort && (workerData as { ocpPlannerCheck?: WorkerSettings })?.ocpPlannerCheck) {
  const settings = (workerData as { ocpPlannerCheck: WorkerSettings }).ocpPlannerCheck;
  const port = parentPort;
  const ctx: CommandContext = {
    cwd: settings.cwd,
    home: homedir(),
    env: process.env,
    stdout: () => {},
    stderr: () => {},
    interactive: false,
    color: false,
    lang: settings.lang,
    ...(settings.langFlag ? { langFlag: settings.langFlag } : {}),
    packageRoot: settings.packageRoot,
  };
  checkShare(settings, ctx).then(
    (checked) => port.postMessage(checked),
    (error: Error) => {
      throw error;
    },
  );
}

/** One folder: its answers resolved as `plan --check` resolves them (secret files may be absent), rendered, compared. */
async function checkOne(
  folder: string,
  shown: string,
  quiet: CommandContext,
  ctx: CommandContext,
  options: CheckOptions,
  /** The folder's plan files, when they were read ahead. */
  files?: ReadonlyMap<string, string>,
): Promise<Omit<FolderResult, 'folder'>> {
  // Named as the user sees it: relative to the working folder.
  const answers = path.relative(ctx.cwd, path.join(folder, 'answers.yaml')) || 'answers.yaml';
  const source = loadAnswersSource({ answers }, ctx.cwd, ctx.packageRoot, ctx.lang);
  const { plan, inputs } = await resolveAnswers(source, quiet, { tolerateMissingSecrets: true });
  // A plan is compared in the language its answers.yaml records; --lang and LANG only pick the messages' language.
  const lang = plan.lang ?? ctx.langFlag ?? ctx.lang;
  plan.lang = lang;
  await loadCatalog(lang);
  const output = renderPlan(plan, inputs, lang, folder);
  if (!output.valid) {
    const errors = output.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.path}: ${f.message}`);
    return { status: 'invalid', files: [], message: errors.slice(0, 5).join('\n') };
  }
  checkRenderedSizes(output.artifacts, ctx.lang);
  const diffs = comparePlanFolder(
    folder,
    output.artifacts,
    planSecrets(inputs),
    ctx.lang,
    shown === './' ? '' : shown,
    files,
  );
  const result: Omit<FolderResult, 'folder'> = {
    status: diffs.length === 0 ? 'ok' : 'differs',
    files: diffs.map((d) => /^\+\+\+ b\/(.*)$/m.exec(d)?.[1] ?? ''),
  };
  if (!options.json) {
    ctx.stdout(`${line({ folder: shown, ...result }, ctx.lang)}\n`);
    if (diffs.length > 0) ctx.stdout(diffs.join(''));
  }
  return result;
}
