import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listScenarioNames } from '../../src/commands/answers-source.js';
import { SCENARIO_DESCRIPTIONS_KO } from '../../src/commands/scenario-descriptions-ko.js';
import { ROOT, SCENARIOS } from '../helpers/answers.js';
import { runCli } from './run-cli.js';

const HANGUL = /[\uac00-\ud7a3]/;
const names = listScenarioNames(ROOT);
const english = (name: string): string =>
  parse(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8')).description;

describe('scenario descriptions in Korean', () => {
  it('has one Korean line for every bundled scenario and none for a scenario that does not exist', () => {
    expect(Object.keys(SCENARIO_DESCRIPTIONS_KO).sort()).toEqual(names);
    for (const name of names) expect(SCENARIO_DESCRIPTIONS_KO[name]).toMatch(HANGUL);
  });

  it('scenarios --lang ko lists every scenario with its Korean line, and no English one', async () => {
    const ko = await runCli(['scenarios', '--lang', 'ko']);
    expect(ko.code).toBe(0);
    const lines = ko.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(names.length);
    names.forEach((name, i) => {
      expect(lines[i]).toMatch(
        new RegExp(`^${name} +${SCENARIO_DESCRIPTIONS_KO[name]?.replace(/[()[\].+*?^$|\\]/g, '\\$&')}$`),
      );
      expect(ko.stdout).not.toContain(english(name));
    });
    expect(ko.stderr).toMatch(HANGUL);
  });

  it('scenarios --json follows the language; English keeps the files’ descriptions', async () => {
    const ko = JSON.parse((await runCli(['scenarios', '--json', '--lang', 'ko'])).stdout);
    const en = JSON.parse((await runCli(['scenarios', '--json', '--lang', 'en'])).stdout);
    expect(ko.map((s: { name: string }) => s.name)).toEqual(names);
    for (const [i, name] of names.entries()) {
      expect(ko[i].description).toBe(SCENARIO_DESCRIPTIONS_KO[name]);
      expect(en[i].description).toBe(english(name));
      expect(en[i].description).not.toMatch(HANGUL);
      expect({ ...ko[i], description: '' }).toEqual({ ...en[i], description: '' });
    }
  });
});
