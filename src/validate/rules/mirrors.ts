import { child } from '../path.js';
import { isUnset, list, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * imageContentSources (deprecated) and imageDigestSources: sources and mirrors are repository
 * names without tag or digest (distribution/reference grammar); the two lists are exclusive.
 */

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const REPOSITORY = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const BARE_HOST = new RegExp(`^${DOMAIN}$`);

/** "repository" when `text` is a valid repository name; "reference" when it carries a tag or digest; else "invalid". */
export function repositoryKind(text: string): 'repository' | 'reference' | 'invalid' {
  if (text.length > 255) return 'invalid';
  if (REPOSITORY.test(text) || BARE_HOST.test(text)) return 'repository';
  const withoutDigest = text.replace(/@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/, '');
  const withoutTag = withoutDigest.replace(/:[\w][\w.-]{0,127}$/, '');
  if (withoutTag !== text && (REPOSITORY.test(withoutTag) || BARE_HOST.test(withoutTag))) return 'reference';
  return 'invalid';
}

function checkRepository(text: string, path: string, report: Report): void {
  const kind = repositoryKind(text);
  if (kind === 'reference') {
    report.error(path, 'image-source', 'mirrors.reference', { text });
  } else if (kind === 'invalid') {
    report.error(path, 'image-source', 'mirrors.invalid', { text });
  }
}

export function checkMirrors(config: Obj, pullSecretRegistries: string[] | undefined, report: Report): void {
  const contentSources = list(config.imageContentSources);
  const digestSources = list(config.imageDigestSources);
  if (contentSources.length > 0) {
    report.warn(
      'imageContentSources',
      'image-content-sources-deprecated',
      'mirrors.content-sources-deprecated',
    );
  }
  if (contentSources.length > 0 && digestSources.length > 0) {
    report.error('imageDigestSources', 'image-source', 'mirrors.both');
  }
  const check = (name: string, items: unknown[], digest: boolean): void => {
    items.forEach((item, i) => {
      const entry = obj(item) ?? {};
      const at = child(name, i);
      const source = str(entry.source);
      if (isUnset(source)) report.error(child(at, 'source'), 'image-source', 'mirrors.source-required');
      else checkRepository(source as string, child(at, 'source'), report);
      const mirrors = list(entry.mirrors);
      mirrors.forEach((m, j) => {
        const mirror = str(m) ?? '';
        checkRepository(mirror, child(child(at, 'mirrors'), j), report);
        const host = mirror.split('/')[0] ?? '';
        if (
          pullSecretRegistries &&
          repositoryKind(mirror) === 'repository' &&
          !pullSecretRegistries.some((r) => r === host || mirror.startsWith(`${r}/`) || r === mirror)
        ) {
          report.warn(child(child(at, 'mirrors'), j), 'mirror-pull-secret', 'mirrors.pull-secret', { host });
        }
      });
      if (!digest) return;
      const policy = str(entry.sourcePolicy);
      if (policy) {
        if (policy !== 'NeverContactSource' && policy !== 'AllowContactingSource') {
          report.error(child(at, 'sourcePolicy'), 'image-source', 'mirrors.policy', { value: policy });
        }
        if (mirrors.length === 0)
          report.error(child(at, 'sourcePolicy'), 'image-source', 'mirrors.policy-without-mirror');
      }
    });
  };
  check('imageContentSources', contentSources, false);
  check('imageDigestSources', digestSources, true);
}
