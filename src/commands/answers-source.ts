import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersText } from '../answers/parse.js';
import { UsageError } from '../errors.js';
import { readSmallFile } from '../io/read-file.js';
import type { Lang } from '../types.js';

export interface AnswersSource {
  raw: Record<string, unknown>;
  /** Relative paths in the answers are relative to this folder (the answers-file format). */
  baseDir: string;
  /** How to name the source in messages. */
  label: string;
  /** A bundled scenario: its secret files are the package's fake ones (no warnings about their modes). */
  bundled?: boolean;
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
  if (options.answers && options.scenario)
    throw new UsageError('give either --answers or --scenario, not both.');
  let file: string;
  if (options.scenario) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(options.scenario)) {
      throw new UsageError(
        `"${options.scenario}" is not a scenario name; run "ocp-planner scenarios" to list them.`,
      );
    }
    file = scenarioFile(packageRoot, options.scenario);
    const read = readSmallFile(file);
    if (!read.ok) {
      throw new UsageError(
        `there is no bundled scenario "${options.scenario}"; run "ocp-planner scenarios" to list them.`,
      );
    }
    const raw = parseAnswersText(read.text, `scenario ${options.scenario}`, lang);
    return { raw, baseDir: path.dirname(file), label: `scenario ${options.scenario}`, bundled: true };
  }
  if (options.answers) {
    file = path.resolve(cwd, options.answers);
    const read = readSmallFile(file);
    if (!read.ok) {
      throw new UsageError(
        lang === 'ko'
          ? `답변 파일 ${options.answers}을(를) 읽을 수 없습니다: ${read.why.ko}.`
          : `cannot read answers file ${options.answers}: it ${read.reason}.`,
      );
    }
    return {
      raw: parseAnswersText(read.text, options.answers, lang),
      baseDir: path.dirname(file),
      label: options.answers,
    };
  }
  return { raw: {}, baseDir: cwd, label: 'the wizard' };
}
