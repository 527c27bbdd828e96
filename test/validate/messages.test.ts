import { describe, expect, it } from 'vitest';
import { renderMessage, validateCatalogs } from '../../src/validate/messages/index.js';

/* Every sentence of validate exists in English and Korean, with the same placeholders (the languages contract). */

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('validate message catalogs', () => {
  it('have the same keys and the same placeholders in both languages', async () => {
    const { en, ko } = await validateCatalogs();
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(ko[key as keyof typeof ko]), key).toEqual(placeholders(text));
    }
  });

  it('Korean sentences are Korean, in the formal register, and English ones never quote Korean', async () => {
    const { en, ko } = await validateCatalogs();
    const hangul = /[\uac00-\ud7a3]/;
    for (const [key, text] of Object.entries(en)) expect(hangul.test(text), key).toBe(false);
    // A sentence of the Korean catalog that ends a clause ends it in 합쇼체, not in the plain or polite register.
    for (const [key, text] of Object.entries(ko)) {
      expect(/(해요|이야|한다\.|했다\.)/.test(text), key).toBe(false);
    }
    const sentences = Object.entries(ko).filter(([, t]) => /[가-힣]\.$/.test(t));
    expect(sentences.length).toBeGreaterThan(250);
    for (const [key, text] of sentences) expect(text, key).toMatch(/(니다|십시오)\.$/);
  });

  it('fills nested sentences in the same language', async () => {
    await validateCatalogs();
    const ref = {
      key: 'fields.unknown.plain' as const,
      values: {
        key: 'regoin',
        where: { key: 'fields.where.in' as const, values: { parent: 'platform.aws' } },
        consequence: { key: 'fields.consequence.ignored' as const, values: { version: '4.21' } },
      },
    };
    expect(renderMessage(ref, 'en')).toBe(
      'unknown field "regoin" in platform.aws; remove it or fix its spelling. OpenShift 4.21 only warns about it and ignores it, so it has no effect.',
    );
    expect(renderMessage(ref, 'ko')).toBe(
      'platform.aws에 알 수 없는 필드 "regoin"이(가) 있습니다. 지우거나 철자를 고치십시오. OpenShift 4.21은(는) 경고만 하고 이 필드를 무시하므로 아무 효과가 없습니다.',
    );
  });
});
