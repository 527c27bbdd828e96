import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/util/wrap.js';

describe('wrapText', () => {
  it('breaks long lines at spaces only, keeping every word whole', () => {
    const text = 'the installer creates hand-built credentials for every component of the cluster';
    const wrapped = wrapText(text, 30);
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(wrapped.split(/\s+/)).toEqual(text.split(' '));
  });

  it('counts Hangul as two columns and never splits a Korean word', () => {
    const text = '설치 프로그램이 머신을 자동 프로비저닝하므로 로드 밸런서 팀의 작업이 필요합니다.';
    const wrapped = wrapText(text, 24);
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(wrapped.split(/\s+/)).toEqual(text.split(' '));
    expect(displayWidth('가나')).toBe(4);
  });

  it('keeps the indentation of a list item on its continuation lines', () => {
    expect(wrapText('  - alpha beta gamma delta epsilon zeta', 22)).toBe(
      '  - alpha beta gamma\n    delta epsilon zeta',
    );
  });
});
