import { describe, expect, it } from 'vitest';
import { ALTERNATIVES } from '../../src/knowledge/decision-alternatives.js';
import { CHANGE_PHRASES, CHANGE_SENTENCE } from '../../src/knowledge/decision-change-phrases.js';
import { DECISION_FACTORS } from '../../src/knowledge/decision-factors.js';
import { TRADEOFFS } from '../../src/knowledge/decision-tradeoffs.js';
import { DECISION_WARNINGS } from '../../src/knowledge/decision-warnings.js';
import { PLATFORM_MATRIX } from '../../src/knowledge/platform-matrix.js';
import { PLATFORM_NAMES } from '../../src/knowledge/platform-names.js';
import { CONFIDENCE_LABELS, RENDER_TEXT } from '../../src/recommend/render-catalog.js';
import { textValues } from '../../src/recommend/text-values.js';
import { PLATFORMS, type Text } from '../../src/types.js';
import { makePlan } from './plan-factory.js';

const HANGUL = /[\uAC00-\uD7A3]/;
const PLACEHOLDERS = new Set(Object.keys(textValues(makePlan({ platform: 'aws' }), 'en', 'IPI')));

function expectBilingual(text: Text, label: string): void {
  expect(text.en.trim(), `${label} en`).not.toBe('');
  expect(text.ko.trim(), `${label} ko`).not.toBe('');
  expect(text.ko, `${label} ko has Hangul`).toMatch(HANGUL);
  // Both languages use the same placeholders, all of which the recommendation fills.
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  expect(names(text.ko), `${label} placeholders`).toEqual(names(text.en));
  for (const name of names(text.en))
    expect(PLACEHOLDERS.has(name as string), `${label} {${name}}`).toBe(true);
}

function expectSource(source: string, label: string): void {
  // Source keys a plan resolves for its release and platform, or a documentation page title with its URL.
  expect(source, label).toMatch(/^src:\w+(; src:\w+)*$|^[A-Z][^,]+, https:\/\/docs\.redhat\.com\//);
  expect(source, label).not.toContain('§');
}

describe('decision factors', () => {
  it('have unique kebab-case ids, a source and natural text in both languages', () => {
    const ids = DECISION_FACTORS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const factor of DECISION_FACTORS) {
      expect(factor.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expectSource(factor.source, factor.id);
      expectBilingual(factor.text, factor.id);
      expect(factor.weight).toBeGreaterThanOrEqual(0);
    }
  });

  it('say so when they force the method', () => {
    for (const factor of DECISION_FACTORS.filter((f) => f.effect === 'forces')) {
      // Nearly every forcing fact rules IPI out; a topology the release renders only with IPI rules UPI out.
      expect(factor.text.en).toContain(`${factor.favours} is required`);
      expect(factor.text.ko).toContain(`${factor.favours}만 가능합니다`);
    }
    for (const factor of DECISION_FACTORS.filter((f) => f.effect !== 'forces')) {
      expect(factor.text.en).not.toContain('is required');
    }
  });

  it('cite the study notes for the IPI and UPI facts and the support matrix for platforms', () => {
    const source = (id: string) => DECISION_FACTORS.find((f) => f.id === id)?.source ?? '';
    expect(source('platform-supports-ipi')).toBe('src:notesIpi; src:supportMatrix');
    expect(source('hardened-infrastructure')).toBe('src:notesUpi');
    // Node scaling is the IPI section's point and the Machine API book's; the Kubernetes-features section is about pods.
    expect(source('autoscaling-needs-machine-api')).toBe('src:notesIpi; src:machineApi');
    expect(source('platform-has-no-ipi')).toBe('src:supportMatrix');
  });

  it('cover every subject the decision model names', () => {
    const subjects = new Set(DECISION_FACTORS.map((f) => f.subject));
    for (const subject of [
      'platform',
      'machines',
      'network',
      'dns',
      'loadBalancer',
      'storage',
      'credentials',
      'scaling',
      'hardening',
      'connectivity',
      'publish',
      'topology',
      'architecture',
      'fips',
    ]) {
      expect(subjects.has(subject as never), subject).toBe(true);
    }
  });
});

describe('other tables', () => {
  it('trade-offs, alternatives and warnings name a source and speak both languages', () => {
    for (const t of TRADEOFFS) {
      expectSource(t.source, t.id);
      expectBilingual(t.text, t.id);
    }
    for (const a of ALTERNATIVES) {
      expectSource(a.source, a.id);
      expectBilingual(a.when, a.id);
    }
    for (const w of DECISION_WARNINGS) {
      expect(w.source.length, w.id).toBeGreaterThan(0);
      expectBilingual(w.text, w.id);
    }
  });

  it('every trade-off method has at least one always-shown entry', () => {
    for (const method of ['IPI', 'UPI'] as const) {
      expect(TRADEOFFS.some((t) => t.method === method && t.applies === undefined)).toBe(true);
    }
  });

  it('change phrases, headings and platform names exist in both languages', () => {
    for (const [key, byValue] of Object.entries(CHANGE_PHRASES)) {
      for (const [value, text] of Object.entries(byValue)) expectBilingual(text, `${key}=${value}`);
    }
    expect(CHANGE_SENTENCE.ko).toMatch(HANGUL);
    for (const [key, text] of Object.entries(RENDER_TEXT)) {
      expect(text.ko, key).toMatch(HANGUL);
      expect(text.en, key).not.toBe('');
    }
    for (const text of Object.values(CONFIDENCE_LABELS)) expect(text.ko).toMatch(HANGUL);
    for (const platform of PLATFORMS) expect(PLATFORM_NAMES[platform].en).not.toBe('');
  });
});

describe('platform matrix entries', () => {
  it('each name a source', () => {
    for (const platform of PLATFORMS) {
      for (const [version, entry] of Object.entries(PLATFORM_MATRIX[platform])) {
        expect(entry.source, `${platform} ${version}`).toMatch(/docs|installer/);
      }
    }
  });
});
