import { CREDENTIALS_MODES } from '../../knowledge/credentials-modes.js';
import { INTERNAL_PUBLISH_PLATFORMS } from '../../knowledge/platform-defaults.js';
import { type Obj, obj, quoteList, str } from '../read.js';
import type { Report } from '../report.js';

/* publish, operatorPublishingStrategy and credentialsMode per platform. */

// The platform lists are shared knowledge: knowledge/platform-defaults.ts and knowledge/credentials-modes.ts.
const INTERNAL_PLATFORMS: readonly string[] = INTERNAL_PUBLISH_PLATFORMS;

export function checkPublish(config: Obj, platform: string | undefined, report: Report): void {
  const publish = str(config.publish) || 'External';
  if (!['External', 'Internal', 'Mixed'].includes(publish)) {
    report.error('publish', 'publish', 'publish.value', { value: publish });
  } else if (publish === 'Internal' && platform !== undefined && !INTERNAL_PLATFORMS.includes(platform)) {
    report.error('publish', 'publish', 'publish.internal', {
      platform,
      platforms: INTERNAL_PLATFORMS.join(', '),
    });
  } else if (publish === 'Mixed' && platform !== undefined && platform !== 'azure') {
    report.error('publish', 'publish', 'publish.mixed', { platform });
  }
  const ops = obj(config.operatorPublishingStrategy);
  if (publish === 'Mixed' && !ops) {
    report.error('operatorPublishingStrategy', 'publish', 'publish.operator-required');
  }
  if (ops) {
    if (publish !== 'Mixed') {
      report.error('operatorPublishingStrategy', 'publish', 'publish.operator-only-mixed');
    }
    for (const field of ['apiserver', 'ingress']) {
      const value = str(ops[field]);
      if (value && value !== 'Internal' && value !== 'External') {
        report.error(`operatorPublishingStrategy.${field}`, 'publish', 'publish.operator-value', { value });
      }
    }
    if (str(ops.apiserver) === 'Internal' && str(ops.ingress) === 'Internal') {
      report.error('operatorPublishingStrategy', 'publish', 'publish.operator-both-internal');
    }
  }
}

export function checkCredentialsMode(config: Obj, platform: string | undefined, report: Report): void {
  const mode = str(config.credentialsMode);
  if (!mode || platform === undefined) return;
  if (!['Mint', 'Passthrough', 'Manual'].includes(mode)) {
    report.error('credentialsMode', 'credentials-mode', 'publish.credentials-value', { value: mode });
    return;
  }
  let allowed: readonly string[] | undefined = CREDENTIALS_MODES[platform];
  // Azure Stack Hub works only with manually created credentials.
  if (platform === 'azure' && str(obj(obj(config.platform)?.azure)?.cloudName) === 'AzureStackCloud')
    allowed = ['Manual'];
  if (!allowed) {
    report.error('credentialsMode', 'credentials-mode', 'publish.credentials-none', {
      value: mode,
      platform,
    });
  } else if (!allowed.includes(mode)) {
    report.error('credentialsMode', 'credentials-mode', 'publish.credentials-platform', {
      value: mode,
      allowed: quoteList(allowed),
      platform,
    });
  }
}
