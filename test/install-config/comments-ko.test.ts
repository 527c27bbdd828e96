import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAnswersText } from '../../src/answers/parse.js';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { renderPlan } from '../../src/pipeline.js';
import { CLOUD_NETWORK_NOTES } from '../../src/render/install-config/cloud-network.js';
import { COMMENTS } from '../../src/render/install-config/comments.js';
import { COMMENTS_KO } from '../../src/render/install-config/comments-ko.js';
import { TOPOLOGY_COMMENTS } from '../../src/render/install-config/comments-topology.js';
import { validateInstallConfigText } from '../../src/validate/index.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';

const HANGUL = /[\uAC00-\uD7A3]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

/** Every comment table as id → [English, Korean]. */
const PAIRS: [string, string, string][] = [
  ...Object.entries(COMMENTS).map(
    ([id, entry]) =>
      [id, entry.text, COMMENTS_KO[id as keyof typeof COMMENTS_KO]] as [string, string, string],
  ),
  ...Object.entries(TOPOLOGY_COMMENTS).map(
    ([id, entry]) => [id, entry.text.en, entry.text.ko] as [string, string, string],
  ),
  ...Object.entries(CLOUD_NETWORK_NOTES).map(
    ([id, entry]) => [id, entry.text.en, entry.text.ko] as [string, string, string],
  ),
];

describe('install-config comment tables', () => {
  it('have a Korean text for every English one and no Korean text without one', () => {
    expect(Object.keys(COMMENTS_KO).sort()).toEqual(Object.keys(COMMENTS).sort());
  });

  it.each(PAIRS)(
    '%s: same placeholders and line count in both languages, each in its own script',
    (_, en, ko) => {
      expect(placeholders(ko)).toEqual(placeholders(en));
      expect(ko.split('\n')).toHaveLength(en.split('\n').length);
      expect(en).not.toMatch(HANGUL);
      expect(ko).toMatch(HANGUL);
    },
  );
});

function render(name: string, lang: 'en' | 'ko') {
  const raw = parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name);
  const plan = planOf(raw);
  const { inputs } = readInputs(plan);
  return { plan, output: renderPlan(plan, inputs, lang, path.join(ROOT, '.plans', name)) };
}

/** The `#` lines of a YAML file, with the text after `#`. */
function commentLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('#'))
    .map((line) => line.trimStart().slice(1).trim());
}

describe.each(listScenarioNames(ROOT))('scenario %s in Korean', (name) => {
  it('writes the same install-config and agent-config with Korean comments, still valid', () => {
    const en = render(name, 'en');
    const ko = render(name, 'ko');
    expect(ko.output.valid).toBe(true);
    expect(parse(ko.output.installConfig, { version: '1.1' })).toEqual(
      parse(en.output.installConfig, { version: '1.1' }),
    );
    // Only comments differ: the same lines carry the same YAML once the comments are dropped.
    const uncommented = (text: string) => text.split('\n').filter((l) => !l.trimStart().startsWith('#'));
    expect(uncommented(ko.output.installConfig)).toEqual(uncommented(en.output.installConfig));
    const comments = commentLines(ko.output.installConfig);
    expect(comments.length).toBe(commentLines(en.output.installConfig).length);
    for (const line of comments) expect(line, line).toMatch(HANGUL);
    if (ko.output.agentConfig) {
      expect(parse(ko.output.agentConfig)).toEqual(parse(en.output.agentConfig ?? ''));
      for (const line of commentLines(ko.output.agentConfig)) expect(line, line).toMatch(HANGUL);
    }
    const opts = { ocpVersion: en.plan.ocpVersion, fileName: 'install-config.yaml' };
    expect(validateInstallConfigText(ko.output.installConfig, opts).findings).toEqual(
      validateInstallConfigText(en.output.installConfig, opts).findings,
    );
  });
});

describe('Korean install-config snapshots', () => {
  it.each(['vsphere-ipi-ha', 'baremetal-upi-ha', 'agent-baremetal-tnf'])('%s', async (name) => {
    const { output } = render(name, 'ko');
    await expect(output.installConfig).toMatchFileSnapshot(`__snapshots__/${name}.install-config.ko.yaml`);
  });

  it('names the method, the platform and the passwords the file holds in Korean in the header', () => {
    const upi = commentLines(render('baremetal-upi-ha', 'ko').output.installConfig);
    expect(upi[0]).toContain('플랫폼 베어메탈, 사용자 프로비저닝 인프라(UPI), 토폴로지 ha.');
    expect(upi[2]).toBe('풀 시크릿 정보가 들어 있으므로 외부에 공개하지 말고 버전 관리에서 제외하십시오.');
    const ipi = commentLines(render('baremetal-ipi-ha', 'ko').output.installConfig);
    expect(ipi[0]).toContain('플랫폼 베어메탈, 설치 프로그램 프로비저닝 인프라(IPI), 토폴로지 ha.');
    expect(ipi[2]).toBe(
      '풀 시크릿 및 BMC 비밀번호 정보가 들어 있으므로 외부에 공개하지 말고 버전 관리에서 제외하십시오.',
    );
  });
});
