import { type SourceKey, sourceKey } from '../../knowledge/source-refs.js';

/**
 * Where each checklist fact comes from, by key. The checklist resolves every key for the plan's release, platform and
 * language (knowledge/source-refs.ts) before it is written, so an item cites a page of its own platform's book.
 */
const KEYS = [
  'machines',
  'sizing',
  'network',
  'ports',
  'dns',
  'lb',
  'ntp',
  'egress',
  'inputs',
  'flow',
  'manifests',
  'metal',
  'vsphereUpi',
  'awsUpi',
  'sno',
  'ipiCommon',
  'aws',
  'azure',
  'gcp',
  'vsphereIpi',
  'baremetalIpi',
  'otherIpi',
  'security',
  'fipsRule',
  'proxyRule',
  'upiSteps',
  'ipiFlow',
  'consumed',
  'ignitionExpiry',
  'wildcard',
  'mirror',
  'privateCluster',
] as const satisfies readonly SourceKey[];

export const SOURCES = Object.fromEntries(KEYS.map((k) => [k, sourceKey(k)])) as Record<
  (typeof KEYS)[number],
  string
>;
