import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../tools/process-runner.js';
import { createSpinner } from '../tools/spinner.js';
import type { ToolRunner } from '../tools/tool-runner.js';
import { parseTimeoutSeconds, verifyInstallConfig } from '../tools/verify.js';
import { formatVerifyResult } from '../tools/verify-format.js';
import type { CommandContext } from './context.js';

/**
 * `ocp-planner verify DIR`: runs `openshift-install create manifests` on a copy of DIR/install-config.yaml in a
 * temporary folder and reports what the installer said (the command-line contract). Exit 1 when the installer rejects the config.
 */
export async function verifyCommand(
  dir: string,
  options: { json?: boolean; timeoutSeconds?: string | number; cancelSignal?: AbortSignal },
  ctx: CommandContext,
  runner: ToolRunner = createProcessRunner(ctx.env),
): Promise<number> {
  const timeoutSeconds = parseTimeoutSeconds(options.timeoutSeconds, ctx.lang);
  const result = await verifyInstallConfig(runner, path.resolve(ctx.cwd, dir), {
    displayDir: dir,
    timeoutSeconds,
    tmpRoot: tmpdir(),
    lang: ctx.lang,
    warn: (text) => ctx.stderr(`${text}\n`),
    // Ctrl-C and SIGTERM stop the installer and still remove the temporary copy, which holds the pull secret.
    ...(options.cancelSignal ? { cancelSignal: options.cancelSignal } : {}),
    // A spinner only where a person watches; scripts and tests get clean stderr.
    ...(ctx.interactive ? { progress: createSpinner(ctx.stderr) } : {}),
  });
  if (options.json) {
    const { dir: shownDir, valid, findings, exitCode, manifests, truncated, dirUnchanged } = result;
    const report = {
      dir: shownDir,
      valid,
      findings,
      ...(truncated ? { truncated } : {}),
      exitCode,
      manifests,
      dirUnchanged,
    };
    ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    ctx.stdout(formatVerifyResult(result, ctx.color, ctx.lang));
  }
  return result.valid ? 0 : 1;
}
