import type { CommandContext } from '../../src/commands/context.js';
import type { RunOptions, RunResult, ToolRunner } from '../../src/tools/tool-runner.js';

export type FakeAnswer =
  | Partial<RunResult>
  | ((args: readonly string[], options: RunOptions) => Partial<RunResult> | Promise<Partial<RunResult>>);

export interface FakeRunner extends ToolRunner {
  calls: { file: string; args: readonly string[]; options: RunOptions }[];
}

/**
 * A ToolRunner whose programs are a table: a program in `tools` "exists" in /opt/fake-bin and answers with the
 * given result (exit 0 and empty output unless said otherwise); any other program is not on PATH (ENOENT).
 */
export function fakeRunner(tools: Record<string, FakeAnswer>): FakeRunner {
  const calls: FakeRunner['calls'] = [];
  return {
    calls,
    async run(file, args, options = {}) {
      calls.push({ file, args, options });
      const answer = tools[file];
      if (answer === undefined) {
        return { notFound: true, timedOut: false, stdout: '', stderr: '', failure: `spawn ${file} ENOENT` };
      }
      const partial = typeof answer === 'function' ? await answer(args, options) : answer;
      return { exitCode: 0, notFound: false, timedOut: false, stdout: '', stderr: '', ...partial };
    },
    async locate(file) {
      return tools[file] === undefined ? undefined : `/opt/fake-bin/${file}`;
    },
  };
}

export interface CapturedContext extends CommandContext {
  out: string[];
  err: string[];
}

/** A CommandContext that records what a command prints. */
export function captureContext(overrides: Partial<CommandContext> = {}): CapturedContext {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd: '/',
    home: '/nonexistent-home',
    env: {},
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    interactive: false,
    color: false,
    lang: 'en',
    packageRoot: '/',
    out,
    err,
    ...overrides,
  };
}

/** What a real 4.18.3 installer prints for `openshift-install version`. */
export function installerVersionOutput(version: string, architecture = 'amd64'): string {
  return [
    `/usr/local/bin/openshift-install ${version}`,
    'built from commit 5e1d7c6b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d',
    'release image quay.io/openshift-release-dev/ocp-release@sha256:2222222222222222222222222222222222222222222222222222222222222222',
    `release architecture ${architecture}`,
  ].join('\n');
}
