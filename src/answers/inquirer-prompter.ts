import { confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from './prompter.js';

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
    note: (text) => write(`${text}\n`),
  };
}
