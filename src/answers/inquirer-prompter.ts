import { confirm, input, password, search, select } from '@inquirer/prompts';
import type { Choice, Prompter } from './prompter.js';

/** The choices whose name holds every typed word (any order, any case); all of them before anything is typed. */
export function filterChoices<T>(choices: Choice<T>[], term: string | undefined): Choice<T>[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return choices;
  return choices.filter((c) => {
    const name = `${c.name} ${c.description ?? ''}`.toLowerCase();
    return words.every((w) => name.includes(w));
  });
}

/** The real terminal prompter over @inquirer/prompts; `write` prints help lines and the review screen. */
export function inquirerPrompter(write: (text: string) => void): Prompter {
  return {
    select: (options) =>
      select({
        message: options.message,
        choices: options.choices.map((c) => ({
          value: c.value,
          name: c.name,
          ...(c.description ? { description: c.description } : {}),
        })),
        ...(options.default !== undefined ? { default: options.default } : {}),
        pageSize: 12,
      }),
    input: (options) =>
      input({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
        ...(options.validate ? { validate: options.validate } : {}),
      }),
    confirm: (options) =>
      confirm({
        message: options.message,
        ...(options.default !== undefined ? { default: options.default } : {}),
      }),
    password: (options) =>
      password({
        message: options.message,
        mask: '*',
        ...(options.validate ? { validate: options.validate } : {}),
      }),
    search: (options) =>
      search({
        message: options.message,
        source: (term) =>
          filterChoices(options.choices, term).map((c) => ({
            value: c.value,
            name: c.name,
            ...(c.description ? { description: c.description } : {}),
          })),
        pageSize: 12,
      }),
    note: (text) => write(`${text}\n`),
  };
}
