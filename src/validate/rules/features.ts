import {
  FEATURE_GATES,
  type FeatureGate,
  featureSetsFor,
  type GateCondition,
  gateLevel,
  gateOffMessage,
} from '../../knowledge/feature-gates.js';
import { KNOWN_OCP_VERSIONS, olderThan } from '../../knowledge/releases.js';
import { remembered } from '../../util/remember.js';
import { msg } from '../messages/index.js';
import { child } from '../path.js';
import { isObj, isUnset, list, type Obj, str } from '../read.js';
import type { Report } from '../report.js';

/*
 * featureSet, featureGates, and the fields a feature gate protects. Which gates protect which
 * fields, and at which level each release ships a gate, is the shared table knowledge/feature-gates.ts (the installer's
 * pkg/types/validation/featuregates.go model): a TechPreview gate needs featureSet: TechPreviewNoUpgrade (or
 * CustomNoUpgrade naming it), a GA gate needs nothing.
 */

export const FEATURE_SETS = ['', 'TechPreviewNoUpgrade', 'DevPreviewNoUpgrade', 'CustomNoUpgrade'];
const TRUE = /^(true|1|t|TRUE|True|T)$/;
const BOOL = /^(true|false|1|0|t|f|TRUE|FALSE|True|False|T|F)$/;

/** The steps of a `[]`-path, split once per path: the gate table's paths are read for every config. */
const patternParts = remembered((pattern: string): readonly { key: string; many: boolean }[] =>
  Object.freeze(
    pattern.split('.').map((part) => {
      const many = part.endsWith('[]');
      return Object.freeze({ key: many ? part.slice(0, -2) : part, many });
    }),
  ),
);

/** Every place a `[]`-path (`compute[].diskSetup`) has a value in the config, with its concrete path. */
export function occurrences(config: Obj, pattern: string): Array<{ path: string; value: unknown }> {
  let current: Array<{ path: string; value: unknown }> = [{ path: '', value: config }];
  for (const { key, many } of patternParts(pattern)) {
    const next: Array<{ path: string; value: unknown }> = [];
    for (const { path, value } of current) {
      if (!isObj(value) || !Object.hasOwn(value, key)) continue;
      const at = child(path, key);
      if (many) {
        for (const [i, item] of list(value[key]).entries()) next.push({ path: child(at, i), value: item });
      } else {
        next.push({ path: at, value: value[key] });
      }
    }
    current = next;
  }
  return current.filter((o) => !isUnset(o.value) && !(Array.isArray(o.value) && o.value.length === 0));
}

function matches(condition: GateCondition, value: unknown): boolean {
  if (condition.kind === 'set') return true;
  const text = str(value) ?? '';
  return condition.kind === 'equals' ? text === condition.value : text.startsWith(condition.value);
}

/** The first release at which the gate is generally available, when that is after the target release. */
function gaLater(gate: FeatureGate, version: string): string | undefined {
  return KNOWN_OCP_VERSIONS.find((v) => olderThan(version, v) && gateLevel(gate, v) === 'GA');
}

export function checkFeatures(config: Obj, report: Report): void {
  const featureSet = str(config.featureSet) ?? '';
  if (featureSet === 'OKD') {
    report.error('featureSet', 'feature-set', 'gates.okd');
  } else if (!FEATURE_SETS.includes(featureSet)) {
    report.error('featureSet', 'feature-set', 'gates.feature-set-value', { value: featureSet });
  } else if (featureSet !== '') {
    report.warn('featureSet', 'feature-set-irreversible', 'gates.irreversible', { value: featureSet });
  }
  const gates = list(config.featureGates);
  const enabled = new Set<string>();
  const disabled = new Set<string>();
  if (gates.length > 0 && featureSet !== 'CustomNoUpgrade') {
    report.error('featureGates', 'feature-gates', 'gates.custom-only');
  }
  gates.forEach((item, i) => {
    const text = str(item) ?? '';
    const m = /^([^=\s]+)=(.*)$/.exec(text);
    if (!m) {
      report.error(`featureGates[${i}]`, 'feature-gates', 'gates.format', { value: text });
    } else if (!BOOL.test(m[2] ?? '')) {
      report.error(`featureGates[${i}]`, 'feature-gates', 'gates.format-bool', { value: text });
    } else if (TRUE.test(m[2] ?? '')) enabled.add(m[1] ?? '');
    else disabled.add(m[1] ?? '');
  });
  for (const gate of FEATURE_GATES) {
    const level = gateLevel(gate, report.version);
    const custom = featureSet === 'CustomNoUpgrade';
    const on = custom
      ? enabled.has(gate.gate) || (level === 'GA' && !disabled.has(gate.gate))
      : featureSetsFor(level).includes(featureSet);
    if (on) continue;
    for (const field of gate.fields) {
      for (const found of occurrences(config, field.path)) {
        if (!matches(field.condition, found.value)) continue;
        const installer = `${gate.reportedPath ? `${gate.reportedPath}: Forbidden: ` : ''}${gateOffMessage(gate)}`;
        const later = gaLater(gate, report.version);
        const values = {
          installer,
          gate: gate.gate,
          version: report.version,
          field: found.path,
          ga: later ? msg('gates.ga-from', { release: later }) : '',
        };
        if (level === 'absent') {
          report.error(found.path, 'feature-gated-field', 'gates.off.absent', values);
        } else if (level === 'DevPreview') {
          report.error(found.path, 'feature-gated-field', 'gates.off.dev-preview', values);
        } else if (level === 'GA') {
          report.error(found.path, 'feature-gated-field', 'gates.off.disabled', values);
        } else {
          report.error(found.path, 'feature-gated-field', 'gates.off.tech-preview', values);
        }
      }
    }
  }
  const stream = str(config.osImageStream);
  if (stream && stream !== 'rhel-9' && stream !== 'rhel-10') {
    report.error('osImageStream', 'os-image-stream', 'gates.os-image-stream', { value: stream });
  }
}
