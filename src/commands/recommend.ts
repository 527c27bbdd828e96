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
  const source = loadAnswersSource(options, ctx.cwd, ctx.packageRoot, ctx.lang);
  const { plan } = await resolveAnswers(source, ctx, { recommendationOnly: true });
  const recommendation = recommend(plan, ctx.lang);
  if (options.json) ctx.stdout(`${JSON.stringify(recommendation, null, 2)}\n`);
  // The recommendation is the result of the command: on stdout, so that it can be paged or piped.
  else ctx.stdout(`${renderRecommendationText(recommendation, ctx.lang)}\n`);
  return 0;
}
