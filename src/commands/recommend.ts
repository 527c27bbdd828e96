import { recommend } from '../recommend/recommend.js';
import { renderRecommendationText } from '../recommend/render-text.js';
import { loadAnswersSource } from './answers-source.js';
import type { CommandContext } from './context.js';
import { resolveAnswers } from './resolve-answers.js';

/** `ocp-planner recommend`: only the recommendation, as text or as plan.json's `recommendation` object. */
export async function recommendCommand(
  options: { answers?: string; scenario?: string; json?: boolean },
  ctx: CommandContext,
): Promise<number> {
  const source = loadAnswersSource(options, ctx.cwd, ctx.packageRoot);
  const { plan } = await resolveAnswers(source, ctx, { recommendationOnly: true });
  const recommendation = recommend(plan, ctx.lang);
  if (options.json) ctx.stdout(`${JSON.stringify(recommendation, null, 2)}\n`);
  // the command-line contract: human messages go to stderr; only --json output goes to stdout.
  else ctx.stderr(`${renderRecommendationText(recommendation, ctx.lang)}\n`);
  return 0;
}
