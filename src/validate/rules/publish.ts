import { CREDENTIALS_MODES } from '../../knowledge/credentials-modes.js';
import { INTERNAL_PUBLISH_PLATFORMS } from '../../knowledge/platform-defaults.js';
import { type Obj, obj, quoteList, str } from '../read.js';
import type { Report } from '../report.js';

/* publish, operatorPublishingStrategy and credentialsMode per platform (installer-rules §a.6). */

// The platform lists are shared knowledge: knowledge/platform-defaults.ts and knowledge/credentials-modes.ts.
const INTERNAL_PLATFORMS: readonly string[] = INTERNAL_PUBLISH_PLATFORMS;

export function checkPublish(config: Obj, platform: string | undefined, report: Report): void {
  const publish = str(config.publish) || 'External';
  if (!['External', 'Internal', 'Mixed'].includes(publish)) {
    report.error(
      'publish',
      'publish',
      `Unsupported value: "${publish}": supported values: "External", "Internal", "Mixed".`,
    );
  } else if (publish === 'Internal' && platform !== undefined && !INTERNAL_PLATFORMS.includes(platform)) {
    report.error(
      'publish',
      'publish',
      `Internal publish strategy is not supported on "${platform}" platform; remove publish: Internal (only ${INTERNAL_PLATFORMS.join(', ')} support private clusters).`,
    );
  } else if (publish === 'Mixed' && platform !== undefined && platform !== 'azure') {
    report.error(
      'publish',
      'publish',
      `mixed publish strategy is not supported on "${platform}" platform; use External or Internal.`,
    );
  }
  const ops = obj(config.operatorPublishingStrategy);
  if (publish === 'Mixed' && !ops) {
    report.error(
      'operatorPublishingStrategy',
      'publish',
      'please specify the operator publishing strategy for mixed publish strategy (apiserver and ingress: Internal or External).',
    );
  }
  if (ops) {
    if (publish !== 'Mixed') {
      report.error(
        'operatorPublishingStrategy',
        'publish',
        'operator publishing strategy is only allowed with mixed publishing strategy installs; set publish: Mixed or remove it.',
      );
    }
    for (const field of ['apiserver', 'ingress']) {
      const value = str(ops[field]);
      if (value && value !== 'Internal' && value !== 'External') {
        report.error(
          `operatorPublishingStrategy.${field}`,
          'publish',
          `Unsupported value: "${value}": supported values: "Internal", "External".`,
        );
      }
    }
    if (str(ops.apiserver) === 'Internal' && str(ops.ingress) === 'Internal') {
      report.error(
        'operatorPublishingStrategy',
        'publish',
        'cannot set both fields to internal in a mixed cluster, use publish internal instead.',
      );
    }
  }
}

export function checkCredentialsMode(config: Obj, platform: string | undefined, report: Report): void {
  const mode = str(config.credentialsMode);
  if (!mode || platform === undefined) return;
  if (!['Mint', 'Passthrough', 'Manual'].includes(mode)) {
    report.error(
      'credentialsMode',
      'credentials-mode',
      `Unsupported value: "${mode}": supported values: "Mint", "Passthrough", "Manual".`,
    );
    return;
  }
  let allowed: readonly string[] | undefined = CREDENTIALS_MODES[platform];
  // Azure Stack Hub works only with manually created credentials.
  if (platform === 'azure' && str(obj(obj(config.platform)?.azure)?.cloudName) === 'AzureStackCloud')
    allowed = ['Manual'];
  if (!allowed) {
    report.error(
      'credentialsMode',
      'credentials-mode',
      `Invalid value: "${mode}": cannot be set when using the "${platform}" platform; remove credentialsMode.`,
    );
  } else if (!allowed.includes(mode)) {
    report.error(
      'credentialsMode',
      'credentials-mode',
      `Unsupported value: "${mode}": supported values: ${quoteList(allowed)} on ${platform}.`,
    );
  }
}
