import { expect, test } from 'vitest';
import { catalogs } from '../../src/checklist/catalog.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the English and Korean catalogs have exactly the same keys', async () => {
  const { en, ko } = await catalogs();
  expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
});

test('every Korean sentence uses the same placeholders as its English one', async () => {
  const { en, ko } = await catalogs();
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
  }
});

test('Korean sentences are written in Korean', async () => {
  const { ko } = await catalogs();
  // Item titles and details must read as Korean prose; a few labels are shared technical terms (DNS, OS, API VIP).
  const prose = Object.entries(ko).filter(([key]) => /\.(title|details)$/.test(key));
  expect(prose.length).toBeGreaterThan(50);
  for (const [key, value] of prose) expect(value, key).toMatch(/[\uac00-\ud7a3]/);
  expect(ko['role.control-plane']).toBe('컨트롤 플레인');
  expect(ko['cell.ingress-lb']).toBe('인그레스 로드 밸런서');
  expect(ko['role.bootstrap']).toBe('부트스트랩');
});
