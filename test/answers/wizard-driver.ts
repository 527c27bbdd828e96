import type { Choice, Prompter } from '../../src/answers/prompter.js';
import type { AnswersSource } from '../../src/commands/answers-source.js';
import type { CommandContext } from '../../src/commands/context.js';
import { ROOT, SCENARIOS } from '../helpers/answers.js';

/** One question as the wizard put it: its id, the default it showed, the answer given and why one was refused. */
export interface Asked {
  id: string;
  default: unknown;
  answer: unknown;
  rejected?: string;
}

/**
 * A prompter that answers from `script` (an id's list is used one entry per time it is asked) and otherwise takes
 * what the wizard offers: the default, else the first choice, else an empty line. Every typed answer must pass the
 * prompt's own validator, as in a terminal. It records every question with the default it showed.
 */
export function drivingPrompter(
  script: Record<string, unknown>,
  options: { pick?: (id: string, choices: Choice<unknown>[]) => unknown } = {},
): Prompter & { log: Asked[]; notes: string[] } {
  const log: Asked[] = [];
  const notes: string[] = [];
  const queue = new Map(Object.entries(script).map(([k, v]) => [k, Array.isArray(v) ? [...v] : [v]]));
  const scripted = (id: string): { found: boolean; value?: unknown } => {
    const list = queue.get(id);
    if (!list || list.length === 0) return { found: false };
    return { found: true, value: list.length === 1 ? list[0] : list.shift() };
  };
  const record = (id: string, shown: unknown, answer: unknown) => {
    log.push({ id, default: shown, answer });
    if (log.length > 400) throw new Error(`driving prompter: the wizard keeps asking (${id})`);
    return answer;
  };
  const choose = <T>(o: { id: string; choices: Choice<T>[]; default?: T }): T => {
    const { found, value } = scripted(o.id);
    const picked = found ? value : options.pick?.(o.id, o.choices as Choice<unknown>[]);
    const answer = picked !== undefined ? picked : (o.default ?? o.choices[0]?.value);
    if (!o.choices.some((c) => c.value === answer))
      throw new Error(`driving prompter: ${String(answer)} is not a choice of "${o.id}"`);
    return record(o.id, o.default, answer) as T;
  };
  // A refused text is typed again from the script's next entry, as a user retypes at the same prompt.
  const type = (o: { id: string; default?: string; validate?: (v: string) => true | string }) => {
    for (;;) {
      const left = queue.get(o.id)?.length ?? 0;
      const { found, value } = scripted(o.id);
      const text = found ? String(value) : (o.default ?? '');
      const verdict = o.validate?.(text) ?? true;
      if (verdict === true) return record(o.id, o.default, text) as string;
      log.push({ id: o.id, default: o.default, answer: text, rejected: verdict });
      if (left <= 1) throw new Error(`driving prompter: "${text}" rejected for "${o.id}": ${verdict}`);
    }
  };
  return {
    log,
    notes,
    select: async (o) => choose(o),
    search: async (o) => choose(o),
    input: async (o) => type(o),
    password: async (o) => type(o),
    confirm: async (o) => {
      const { found, value } = scripted(o.id);
      // Never a real ssh-keygen run from a test unless the script asks for one.
      const fallback = o.id === 'ssh.create' ? false : (o.default ?? false);
      return record(o.id, o.default, found ? Boolean(value) : fallback) as boolean;
    },
    note: (text) => {
      notes.push(text);
    },
  };
}

/** A terminal session's command context around `prompter`, the scenarios folder as the working directory. */
export function wizardContext(prompter: Prompter, lang: 'en' | 'ko' = 'en'): CommandContext {
  return {
    cwd: SCENARIOS,
    home: '/home/tester',
    env: {},
    stdout: () => {},
    stderr: () => {},
    interactive: true,
    color: false,
    lang,
    packageRoot: ROOT,
    prompter,
  };
}

/** The full wizard: nothing answered yet. */
export const WIZARD: AnswersSource = { raw: {}, baseDir: SCENARIOS, origin: { kind: 'wizard' } };
