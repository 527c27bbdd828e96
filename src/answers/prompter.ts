/**
 * The questionnaire talks to a Prompter, never to a terminal (ARCHITECTURE "Prompts are an adapter"). The real one
 * wraps @inquirer/prompts (inquirer-prompter.ts); tests answer from a map and fail loudly on unexpected questions.
 */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T>(options: { id: string; message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  input(options: {
    id: string;
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  confirm(options: { id: string; message: string; default?: boolean }): Promise<boolean>;
  /** Masked text (a password); never echoed, never a default. */
  password(options: {
    id: string;
    message: string;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  /** A long list to choose from by typing part of a name (the review screen). */
  search<T>(options: { id: string; message: string; choices: Choice<T>[] }): Promise<T>;
  /** A line of text for the user (help lines, review screen); no answer. */
  note(text: string): void;
}

/**
 * A test prompter: answers by question id, records what was asked (and the default each question showed), throws on
 * a question it has no answer for. An id ending in `*` holds a list of answers, taken one per time it is asked.
 */
export function scriptedPrompter(
  answers: Record<string, unknown>,
): Prompter & { asked: string[]; notes: string[]; defaults: { id: string; default: unknown }[] } {
  const asked: string[] = [];
  const notes: string[] = [];
  const defaults: { id: string; default: unknown }[] = [];
  const shown = (options: { id: string; default?: unknown }) => {
    defaults.push({ id: options.id, default: options.default });
  };
  const queue = new Map(
    Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) && k.endsWith('*') ? [...v] : v]),
  );
  const take = (id: string): unknown => {
    asked.push(id);
    const multi = queue.get(`${id}*`);
    if (Array.isArray(multi)) {
      if (multi.length === 0) throw new Error(`scripted prompter: no more answers for "${id}"`);
      return multi.shift();
    }
    if (!queue.has(id)) throw new Error(`scripted prompter: unexpected question "${id}"`);
    return queue.get(id);
  };
  return {
    asked,
    notes,
    defaults,
    async select(options) {
      shown(options);
      const value = take(options.id);
      if (!options.choices.some((c) => c.value === value)) {
        throw new Error(`scripted prompter: ${String(value)} is not a choice of "${options.id}"`);
      }
      return value as never;
    },
    async input(options) {
      shown(options);
      const value = String(take(options.id));
      const verdict = options.validate?.(value) ?? true;
      if (verdict !== true)
        throw new Error(`scripted prompter: "${value}" rejected for "${options.id}": ${verdict}`);
      return value;
    },
    async confirm(options) {
      shown(options);
      return Boolean(take(options.id));
    },
    async password(options) {
      const value = String(take(options.id));
      const verdict = options.validate?.(value) ?? true;
      if (verdict !== true)
        throw new Error(`scripted prompter: "${value}" rejected for "${options.id}": ${verdict}`);
      return value;
    },
    async search(options) {
      const value = take(options.id);
      if (!options.choices.some((c) => c.value === value)) {
        throw new Error(`scripted prompter: ${String(value)} is not a choice of "${options.id}"`);
      }
      return value as never;
    },
    note(text) {
      notes.push(text);
    },
  };
}
