/**
 * Ctrl-C, SIGTERM and SIGHUP end every command the same way (exit 130), and nothing a run leaves behind survives it:
 * temporary files and folders (which may hold the pull secret) and the plan folder's lock are registered here and
 * removed on every way out — normal end, error, signal, and the fallback that ends a cancelled command which does not
 * stop by itself. Clean-ups are synchronous, so they also run in `process.on('exit')`.
 *
 * Each command is bundled on its own (scripts/build.mjs), so every bundle has its own copy of this module: the list
 * of clean-ups lives on globalThis, so that a temp file registered by the plan stage is removed by the handler that
 * cli.ts installed.
 */
import { pickLang } from './i18n/lang.js';
import type { Lang } from './types.js';

const CANCELLED = 130;
/** A cancelled command gets this long to stop its tool and clean up before the process ends anyway. */
const CANCEL_GRACE_MS = 5_000;

type Cleanup = () => void;
const REGISTRY = Symbol.for('ocp-planner.cleanups');

function cleanups(): Set<Cleanup> {
  const holder = globalThis as { [REGISTRY]?: Set<Cleanup> };
  holder[REGISTRY] ??= new Set();
  return holder[REGISTRY];
}

/** Runs `cleanup` on every way out until the returned function is called (which also runs it, once). */
export function registerCleanup(cleanup: Cleanup): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanups().delete(once);
    try {
      cleanup();
    } catch {
      // A clean-up must never turn into a crash on the way out.
    }
  };
  cleanups().add(once);
  return once;
}

/** Runs every registered clean-up now (a signal, the exit fallback, process exit). */
export function runCleanups(): void {
  for (const cleanup of [...cleanups()]) cleanup();
}

const MESSAGES: Record<Lang, { nothingWritten: string; afterWriting: string }> = {
  en: {
    nothingWritten: 'Cancelled; nothing was written.',
    afterWriting: 'Cancelled after the plan folder was written.',
  },
  ko: {
    nothingWritten: '취소했습니다. 아무것도 쓰지 않았습니다.',
    afterWriting: '계획 폴더를 쓴 뒤에 취소했습니다.',
  },
};
const WROTE = Symbol.for('ocp-planner.wrote');

/** The writer says when a plan folder is complete, so a later signal does not claim that nothing was written. */
export function noteWritten(): void {
  (globalThis as { [WROTE]?: boolean })[WROTE] = true;
}

/** --lang from the command line, else LANG / LC_ALL: the language of the one message a signal prints. */
function signalLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const at = argv.indexOf('--lang');
  const flag = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return pickLang(flag === 'ko' || flag === 'en' ? flag : undefined, env);
}

export interface SignalHandling {
  /**
   * A controller for a command that stops its own work when cancelled (verify, doctor: they stop their tool and
   * remove their temporary copy); a signal aborts it instead of ending the process at once.
   */
  cancellable(): AbortController;
}

/** Installs the SIGINT, SIGTERM and SIGHUP handlers and the exit clean-up; cli.ts calls it once. */
export function installSignalHandlers(): SignalHandling {
  let controller: AbortController | undefined;
  const stop = () => {
    runCleanups();
    const messages = MESSAGES[signalLang(process.argv, process.env)];
    const wrote = (globalThis as { [WROTE]?: boolean })[WROTE] === true;
    process.stderr.write(`\n${wrote ? messages.afterWriting : messages.nothingWritten}\n`);
    process.exit(CANCELLED);
  };
  const onSignal = () => {
    if (controller && !controller.signal.aborted) {
      controller.abort();
      process.exitCode = CANCELLED;
      // The command finishes its clean-up and exits; if it cannot, do not hang.
      setTimeout(stop, CANCEL_GRACE_MS).unref();
      return;
    }
    stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  process.on('exit', runCleanups);
  return {
    cancellable() {
      controller = new AbortController();
      return controller;
    },
  };
}
