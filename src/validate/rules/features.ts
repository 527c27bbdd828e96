import { isUnset, list, type Obj, obj, str } from '../read.js';
import type { Report } from '../report.js';

/* featureSet, featureGates, gated fields and osImageStream (installer-rules §a.6). */

export const FEATURE_SETS = ['', 'TechPreviewNoUpgrade', 'DevPreviewNoUpgrade', 'CustomNoUpgrade'];

interface GatedField {
  path: string;
  present: (config: Obj) => boolean;
  gate: string;
  /** Feature sets that turn the gate on without featureGates. */
  sets: string[];
}

const GATED_FIELDS: GatedField[] = [
  {
    path: 'osImageStream',
    present: (c) => !isUnset(c.osImageStream),
    gate: 'OSStreams',
    sets: ['TechPreviewNoUpgrade', 'DevPreviewNoUpgrade'],
  },
  {
    path: 'controlPlane.diskSetup',
    present: (c) => list(obj(c.controlPlane)?.diskSetup).length > 0,
    gate: 'MultiDiskSetup',
    sets: ['TechPreviewNoUpgrade', 'DevPreviewNoUpgrade'],
  },
  {
    path: 'compute.diskSetup',
    present: (c) => list(c.compute).some((p) => list(obj(p)?.diskSetup).length > 0),
    gate: 'MultiDiskSetup',
    sets: ['TechPreviewNoUpgrade', 'DevPreviewNoUpgrade'],
  },
  {
    path: 'controlPlane.management',
    present: (c) => str(obj(c.controlPlane)?.management) === 'ClusterAPI',
    gate: 'ClusterAPIControlPlaneInstall',
    sets: ['DevPreviewNoUpgrade'],
  },
  {
    path: 'compute.management',
    present: (c) => list(c.compute).some((p) => str(obj(p)?.management) === 'ClusterAPI'),
    gate: 'ClusterAPIComputeInstall',
    sets: ['DevPreviewNoUpgrade'],
  },
];

export function checkFeatures(config: Obj, report: Report): void {
  const featureSet = str(config.featureSet) ?? '';
  if (featureSet === 'OKD') {
    report.error(
      'featureSet',
      'feature-set',
      'OKD featureset is not supported on OpenShift clusters; remove featureSet.',
    );
  } else if (!FEATURE_SETS.includes(featureSet)) {
    report.error(
      'featureSet',
      'feature-set',
      `Unsupported value: "${featureSet}": supported values: "TechPreviewNoUpgrade", "DevPreviewNoUpgrade", "CustomNoUpgrade" (or leave it unset for the default set).`,
    );
  }
  const gates = list(config.featureGates);
  const enabledGates = new Set<string>();
  if (gates.length > 0 && featureSet !== 'CustomNoUpgrade') {
    report.error(
      'featureGates',
      'feature-gates',
      'featureGates can only be used with the CustomNoUpgrade feature set; set featureSet: CustomNoUpgrade or remove featureGates.',
    );
  }
  gates.forEach((item, i) => {
    const text = str(item) ?? '';
    const m = /^([^=\s]+)=(.*)$/.exec(text);
    if (!m) {
      report.error(
        `featureGates[${i}]`,
        'feature-gates',
        `Invalid value: "${text}": must match the format <feature-name>=<bool>, e.g. "SomeGate=true".`,
      );
    } else if (!/^(true|false|1|0|t|f|TRUE|FALSE|True|False|T|F)$/.test(m[2] ?? '')) {
      report.error(
        `featureGates[${i}]`,
        'feature-gates',
        `Invalid value: "${text}": must match the format <feature-name>=<bool>, could not parse boolean value.`,
      );
    } else if (/^(true|1|t|TRUE|True|T)$/.test(m[2] ?? '')) enabledGates.add(m[1] ?? '');
  });
  for (const field of GATED_FIELDS) {
    if (!field.present(config)) continue;
    const on =
      field.sets.includes(featureSet) || (featureSet === 'CustomNoUpgrade' && enabledGates.has(field.gate));
    if (!on) {
      report.error(
        field.path,
        'feature-gated-field',
        `this field is protected by the ${field.gate} feature gate which must be enabled through either the TechPreviewNoUpgrade or CustomNoUpgrade feature set; remove it or enable the gate.`,
      );
    }
  }
  const stream = str(config.osImageStream);
  if (stream && stream !== 'rhel-9' && stream !== 'rhel-10') {
    report.error(
      'osImageStream',
      'os-image-stream',
      `Unsupported value: "${stream}": supported values: "rhel-9", "rhel-10".`,
    );
  }
}
