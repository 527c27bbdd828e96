import type { Artifact, Lang, Method, Plan } from '../../types.js';
import { NAMED_SNIPPET_PATH, renderNamedSnippet, renderZones } from './bind-zones.js';
import { renderCloudUpiFiles } from './cloud/index.js';
import { dhcpPath, renderDhcp } from './dhcp.js';
import { HAPROXY_PATH, renderHaproxy } from './haproxy.js';
import { assertInertInfraValues } from './inert.js';
import { infraScope } from './scope.js';

/** Checklist concern each infra file fulfils (keys of infraFileIndex). */
export type InfraConcern =
  | 'loadBalancer'
  | 'dnsForward'
  | 'dnsReverse'
  | 'dnsServerConfig'
  | 'dhcp'
  | 'cloudUpi';

interface InfraFile {
  concern: InfraConcern;
  artifact: Artifact;
}

/**
 * The single place that decides which files exist, so renderInfraFiles and infraFileIndex never disagree. `lang` is
 * the language of the files' comments; it changes no path.
 */
function infraFiles(plan: Plan, method: Method, lang: Lang): InfraFile[] {
  const scope = infraScope(plan, method);
  if (scope.loadBalancer || scope.dns || scope.dhcp) assertInertInfraValues(plan, method);
  const files: InfraFile[] = [];
  if (scope.loadBalancer) {
    files.push({
      concern: 'loadBalancer',
      artifact: { path: HAPROXY_PATH, content: renderHaproxy(plan, method, lang) },
    });
  }
  if (scope.dns) {
    const zones = renderZones(plan, method, lang);
    for (const zone of zones) {
      files.push({
        concern: zone.kind === 'forward' ? 'dnsForward' : 'dnsReverse',
        artifact: { path: zone.path, content: zone.content },
      });
    }
    files.push({
      concern: 'dnsServerConfig',
      artifact: { path: NAMED_SNIPPET_PATH, content: renderNamedSnippet(zones, lang) },
    });
  }
  if (scope.dhcp) {
    files.push({
      concern: 'dhcp',
      artifact: { path: dhcpPath(plan), content: renderDhcp(plan, method, lang) },
    });
  }
  if (scope.cloudTemplates) {
    for (const artifact of renderCloudUpiFiles(plan, method, lang))
      files.push({ concern: 'cloudUpi', artifact });
  }
  return files;
}

/** The infra files of a plan, and which checklist concern each fulfils (see infraFileIndex). */
export interface RenderedInfra {
  artifacts: Artifact[];
  index: Record<string, string | string[]>;
}

/** The files and their index from one rendering: the paths do not depend on the comments' language. */
export function renderInfra(plan: Plan, method: Method, lang: Lang = 'en'): RenderedInfra {
  const files = infraFiles(plan, method, lang);
  return { artifacts: files.map((file) => file.artifact), index: indexOf(files) };
}

/**
 * Files under infra/ for every part of the infrastructure the customer owns in this plan (paths like
 * 'infra/haproxy.cfg'), their comments in `lang`.
 */
export function renderInfraFiles(plan: Plan, method: Method, lang: Lang = 'en'): Artifact[] {
  return renderInfra(plan, method, lang).artifacts;
}

/**
 * Which infra file fulfils which checklist concern, so the checklist can reference it:
 * loadBalancer, dnsForward, dnsServerConfig and dhcp are single paths; dnsReverse is always a list (possibly empty
 * when no address is known); cloudUpi lists the cloud UPI parameter files and script. A concern without a file is
 * absent.
 */
export function infraFileIndex(plan: Plan, method: Method): Record<string, string | string[]> {
  return renderInfra(plan, method).index;
}

function indexOf(files: readonly InfraFile[]): Record<string, string | string[]> {
  const index: Record<string, string | string[]> = {};
  for (const file of files) {
    if (file.concern === 'dnsReverse' || file.concern === 'cloudUpi') continue;
    index[file.concern] = file.artifact.path;
  }
  const cloud = files.filter((file) => file.concern === 'cloudUpi').map((file) => file.artifact.path);
  // The cloud checklist items name their own files (one per stack); the index lists them for completeness.
  if (cloud.length > 0) index.cloudUpi = cloud;
  if (files.some((file) => file.concern === 'dnsForward')) {
    index.dnsReverse = files
      .filter((file) => file.concern === 'dnsReverse')
      .map((file) => file.artifact.path);
  }
  return index;
}
