import * as z from 'zod';
import { AnswersSchema } from '../answers/schema.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from './context.js';

/** `ocp-planner schema answers`: the JSON Schema of the answers file, derived from the zod schema (for editors). */
export function schemaCommand(what: string, ctx: CommandContext): number {
  if (what !== 'answers') {
    throw new UsageError(
      ctx.lang === 'ko'
        ? `알 수 없는 스키마 "${what}"입니다. 출력할 수 있는 것은 "answers"뿐입니다.`
        : `unknown schema "${what}"; the only one is "answers".`,
    );
  }
  const schema = z.toJSONSchema(AnswersSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  ctx.stdout(
    `${JSON.stringify({ ...schema, title: 'ocp-planner answers file (format version 1)' }, null, 2)}\n`,
  );
  return 0;
}
