import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { createExecaRunner } from '../tools/execa-runner.js';
import { createSpinner } from '../tools/spinner.js';
import type { ToolRunner } from '../tools/tool-runner.js';
import { DEFAULT_VERIFY_TIMEOUT_SECONDS, verifyInstallConfig } from '../tools/verify.js';
import { formatVerifyResult } from '../tools/verify-format.js';
import type { CommandContext } from './context.js';

/**
 * `ocp-planner verify DIR`: runs `openshift-install create manifests` on a copy of DIR/install-config.yaml in a
 * temporary folder and reports what the installer said (SPEC §2). Exit 1 when the installer rejects the config.
 */
export async function verifyCommand(
  dir: string,
  options: { json?: boolean; timeoutSeconds?: number; cancelSignal?: AbortSignal },
  ctx: CommandContext,
  runner: ToolRunner = createExecaRunner(ctx.env),
): Promise<number> {
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_VERIFY_TIMEOUT_SECONDS;
  if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0)) {
    throw new UsageError(
      `--timeout-seconds must be a positive number, not ${String(options.timeoutSeconds)}.`,
    );
  }
  const result = await verifyInstallConfig(runner, path.resolve(ctx.cwd, dir), {
    displayDir: dir,
    timeoutSeconds,
    tmpRoot: tmpdir(),
    // Ctrl-C stops the installer and still removes the temporary copy, which holds the pull secret.
    ...(options.cancelSignal ? { cancelSignal: options.cancelSignal } : {}),
    // A spinner only where a person watches; scripts and tests get clean stderr.
    ...(ctx.interactive ? { progress: createSpinner(ctx.stderr) } : {}),
  });
  if (options.json) {
    const { dir: shownDir, valid, findings, exitCode, manifests } = result;
    ctx.stdout(`${JSON.stringify({ dir: shownDir, valid, findings, exitCode, manifests }, null, 2)}\n`);
  } else {
    ctx.stderr(formatVerifyResult(result, ctx.color));
  }
  return result.valid ? 0 : 1;
}
