import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersText } from '../answers/parse.js';
import { UsageError } from '../errors.js';
import { say } from '../i18n/text.js';
import { readSmallFile } from '../io/read-file.js';
import type { Lang, Text } from '../types.js';

/** The sentences of loading answers, in both languages. */
export const SOURCE_MESSAGES = {
  both: {
    en: 'give either --answers or --scenario, not both.',
    ko: '--answers와 --scenario 중 하나만 지정하십시오.',
  },
  notAName: {
    en: '"{name}" is not a scenario name; run "ocp-planner scenarios" to list them.',
    ko: '"{name}"은(는) 시나리오 이름이 아닙니다. "ocp-planner scenarios"로 목록을 확인하십시오.',
  },
  noScenario: {
    en: 'there is no bundled scenario "{name}"; run "ocp-planner scenarios" to list them.',
    ko: '"{name}" 시나리오는 제공되지 않습니다. "ocp-planner scenarios"로 목록을 확인하십시오.',
  },
  unreadable: {
    en: 'cannot read answers file {file}: it {reason}.',
    ko: '답변 파일 {file}을(를) 읽을 수 없습니다: {reason}.',
  },
  scenario: { en: 'scenario {name}', ko: '시나리오 {name}' },
  wizard: { en: 'the wizard', ko: '마법사' },
} as const satisfies Record<string, Text>;

/** Where the answers come from: a file the user named, a bundled scenario, or nothing (the wizard asks them all). */
export type AnswersOrigin =
  | { kind: 'file'; file: string }
  | { kind: 'scenario'; name: string }
  | { kind: 'wizard' };

export interface AnswersSource {
  raw: Record<string, unknown>;
  /** Relative paths in the answers are relative to this folder (the answers-file format). */
  baseDir: string;
  /** Where the answers come from; sourceName() names it in a sentence. */
  origin: AnswersOrigin;
  /** A bundled scenario: its secret files are the package's fake ones (no warnings about their modes). */
  bundled?: boolean;
}

/** How the answers' origin is named in a sentence: the file path as given, or the scenario / wizard in words. */
export function sourceName(origin: AnswersOrigin, lang: Lang): string {
  if (origin.kind === 'file') return origin.file;
  if (origin.kind === 'scenario') return say(SOURCE_MESSAGES.scenario, lang, { name: origin.name });
  return say(SOURCE_MESSAGES.wizard, lang);
}

/** Bundled scenarios live in `scenarios/<name>.yaml` at the package root. */
export function scenarioFile(packageRoot: string, name: string): string {
  return path.join(packageRoot, 'scenarios', `${name}.yaml`);
}

export function listScenarioNames(packageRoot: string): string[] {
  return readdirSync(path.join(packageRoot, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Reads --answers FILE or --scenario NAME; neither means an empty answers object (the wizard asks everything). */
export function loadAnswersSource(
  options: { answers?: string; scenario?: string },
  cwd: string,
  packageRoot: string,
  lang: Lang = 'en',
): AnswersSource {
  if (options.answers && options.scenario) throw new UsageError(say(SOURCE_MESSAGES.both, lang));
  if (options.scenario) {
    const name = options.scenario;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
      throw new UsageError(say(SOURCE_MESSAGES.notAName, lang, { name }));
    const file = scenarioFile(packageRoot, name);
    const read = readSmallFile(file);
    if (!read.ok) throw new UsageError(say(SOURCE_MESSAGES.noScenario, lang, { name }));
    const origin: AnswersOrigin = { kind: 'scenario', name };
    const raw = parseAnswersText(read.text, sourceName(origin, lang), lang);
    return { raw, baseDir: path.dirname(file), origin, bundled: true };
  }
  if (options.answers) {
    const file = path.resolve(cwd, options.answers);
    const read = readSmallFile(file);
    if (!read.ok) {
      // English continues the sentence with the reason ("it does not exist"); Korean states it after a colon.
      const reason = lang === 'ko' ? read.why.ko : read.reason;
      throw new UsageError(say(SOURCE_MESSAGES.unreadable, lang, { file: options.answers, reason }));
    }
    return {
      raw: parseAnswersText(read.text, options.answers, lang),
      baseDir: path.dirname(file),
      origin: { kind: 'file', file: options.answers },
    };
  }
  return { raw: {}, baseDir: cwd, origin: { kind: 'wizard' } };
}
