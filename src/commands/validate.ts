import path from 'node:path';
import { UsageError } from '../errors.js';
import { readSmallFile } from '../io/read-file.js';
import { formatFindingsHuman } from '../validate/format.js';
import { validateInstallConfigText } from '../validate/index.js';
import type { CommandContext } from './context.js';

/** `ocp-planner validate FILE`: the installer's rules on any install-config.yaml (SPEC §5). */
export function validateCommand(
  file: string,
  options: { ocpVersion?: string; json?: boolean },
  ctx: CommandContext,
): number {
  const read = readSmallFile(path.resolve(ctx.cwd, file));
  if (!read.ok) throw new UsageError(`cannot validate ${file}: it ${read.reason}.`);
  const result = validateInstallConfigText(read.text, {
    fileName: file,
    ...(options.ocpVersion ? { ocpVersion: options.ocpVersion } : {}),
  });
  if (options.json) {
    const truncated = result.truncated ? { truncated: result.truncated } : {};
    ctx.stdout(
      `${JSON.stringify({ file, valid: result.valid, findings: result.findings, ...truncated }, null, 2)}\n`,
    );
  } else {
    ctx.stderr(formatFindingsHuman(file, result, ctx.color));
  }
  return result.valid ? 0 : 1;
}
