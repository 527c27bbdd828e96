import * as z from 'zod';
import { AnswersSchema } from '../answers/schema.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

/** `ocp-planner schema answers`: the JSON Schema of the answers file, derived from the zod schema (for editors). */
export function schemaCommand(what: string, ctx: CommandContext): number {
  if (what !== 'answers') throw new UsageError(`unknown schema "${what}"; the only one is "answers".`);
  const schema = z.toJSONSchema(AnswersSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  ctx.stdout(
    `${JSON.stringify({ ...schema, title: 'ocp-planner answers file (format version 1)' }, null, 2)}\n`,
  );
  return 0;
}
