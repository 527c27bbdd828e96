import { child } from '../path.js';
import { isUnset, list, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * imageContentSources (deprecated) and imageDigestSources (installer-rules §a.6): sources and mirrors are repository
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
    report.error(
      path,
      'image-source',
      `"${text}" must be repository--not reference: remove the tag or digest (e.g. quay.io/openshift-release-dev/ocp-release).`,
    );
  } else if (kind === 'invalid') {
    report.error(
      path,
      'image-source',
      `the repository provided is invalid: "${text}" — use host[:port]/namespace/name in lower case.`,
    );
  }
}

export function checkMirrors(config: Obj, pullSecretRegistries: string[] | undefined, report: Report): void {
  const contentSources = list(config.imageContentSources);
  const digestSources = list(config.imageDigestSources);
  if (contentSources.length > 0) {
    report.warn(
      'imageContentSources',
      'image-content-sources-deprecated',
      'imageContentSources is deprecated; rename it to imageDigestSources (same source and mirrors entries).',
    );
  }
  if (contentSources.length > 0 && digestSources.length > 0) {
    report.error(
      'imageDigestSources',
      'image-source',
      'cannot set imageContentSources and imageDigestSources at the same time; keep imageDigestSources only.',
    );
  }
  const check = (name: string, items: unknown[], digest: boolean): void => {
    items.forEach((item, i) => {
      const entry = obj(item) ?? {};
      const at = child(name, i);
      const source = str(entry.source);
      if (isUnset(source))
        report.error(
          child(at, 'source'),
          'image-source',
          'Required value: the source repository being mirrored (e.g. quay.io/openshift-release-dev/ocp-release).',
        );
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
          report.warn(
            child(child(at, 'mirrors'), j),
            'mirror-pull-secret',
            `the pull secret has no credentials for mirror registry ${host}; add an auths entry for it if the registry needs a login.`,
          );
        }
      });
      if (!digest) return;
      const policy = str(entry.sourcePolicy);
      if (policy) {
        if (policy !== 'NeverContactSource' && policy !== 'AllowContactingSource') {
          report.error(
            child(at, 'sourcePolicy'),
            'image-source',
            `supported values are "NeverContactSource" and "AllowContactingSource", not "${policy}".`,
          );
        }
        if (mirrors.length === 0)
          report.error(
            child(at, 'sourcePolicy'),
            'image-source',
            'sourcePolicy cannot be configured without a mirror; add mirrors or remove sourcePolicy.',
          );
      }
    });
  };
  check('imageContentSources', contentSources, false);
  check('imageDigestSources', digestSources, true);
}
