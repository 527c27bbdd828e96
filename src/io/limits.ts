import { UsageError } from '../errors.js';
import type { Artifact, Lang } from '../types.js';
import { MAX_INPUT_BYTES } from './read-file.js';

/** Files the planner reads back later: answers.yaml (a re-run, plan --check) and install-config.yaml (validate, verify). */
const READ_BACK = ['answers.yaml', 'install-config.yaml'];

/**
 * Refuses a plan whose answers.yaml or install-config.yaml would be larger than the 1 MiB the planner itself reads
 * back: the plan would be written but could never be re-created, checked or validated.
 */
export function checkRenderedSizes(artifacts: readonly Artifact[], lang: Lang): void {
  for (const artifact of artifacts) {
    if (!READ_BACK.includes(artifact.path)) continue;
    const size = Buffer.byteLength(artifact.content, 'utf8');
    if (size <= MAX_INPUT_BYTES) continue;
    const kib = Math.ceil(size / 1024);
    throw new UsageError(
      lang === 'ko'
        ? `렌더링한 ${artifact.path}이(가) ${kib} KiB로, ocp-planner가 다시 읽는 한도인 1 MiB보다 큽니다. 아무것도 쓰지 않았습니다. 호스트 목록이나 그대로 전달되는 필드를 줄이십시오.`
        : `the rendered ${artifact.path} would be ${kib} KiB, more than the 1 MiB ocp-planner reads back (plan --answers, validate); nothing was written. Shorten the hosts list or the pass-through fields.`,
    );
  }
}
