import { parseAnswersText } from '../answers/parse.js';
import { CLI_TEXT } from '../i18n/cli-text.js';
import { readSmallFile } from '../io/read-file.js';
import type { Lang } from '../types.js';
import { listScenarioNames, scenarioFile } from './answers-source.js';
import type { CommandContext } from './context.js';
import { SCENARIO_DESCRIPTIONS_KO } from './scenario-descriptions-ko.js';

export interface ScenarioSummary {
  name: string;
  description: string;
  platform: string;
  topology: string;
}

/**
 * The bundled scenarios with their one-line descriptions in `lang` (`scenarios --json`): the file's English
 * `description:`, or its Korean line from the table.
 */
export function listScenarios(packageRoot: string, lang: Lang = 'en'): ScenarioSummary[] {
  return listScenarioNames(packageRoot).map((name) => {
    const read = readSmallFile(scenarioFile(packageRoot, name));
    const raw = read.ok ? parseAnswersText(read.text, name) : {};
    return {
      name,
      description:
        (lang === 'ko' ? SCENARIO_DESCRIPTIONS_KO[name] : undefined) ?? String(raw.description ?? ''),
      platform: String(raw.platform ?? ''),
      topology: String(raw.topology ?? 'ha'),
    };
  });
}

export function scenariosCommand(options: { json?: boolean }, ctx: CommandContext): number {
  const scenarios = listScenarios(ctx.packageRoot, ctx.lang);
  if (options.json) {
    ctx.stdout(`${JSON.stringify(scenarios, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...scenarios.map((s) => s.name.length));
  // The listing is the result (`ocp-planner scenarios | grep aws`); the hint is a message, on stderr.
  for (const s of scenarios) ctx.stdout(`${s.name.padEnd(width)}  ${s.description}\n`);
  ctx.stderr(`\n${CLI_TEXT[ctx.lang].scenariosHint}\n`);
  return 0;
}
