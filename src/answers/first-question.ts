import type { Lang } from '../types.js';
import { PLATFORM_QUESTION, PLATFORM_QUESTION_KO } from './platform-question.js';
import type { Prompter } from './prompter.js';
import type { Sofar } from './question-types.js';

/**
 * Asks the wizard's first question (where the cluster runs) with nothing but the question table, so that it appears
 * while the rest of the planner is still loading. The answer becomes the prefill of the full questionnaire.
 */
export async function askFirstQuestion(
  prompter: Prompter,
  whileAsking: () => void,
  lang: Lang = 'en',
): Promise<Sofar> {
  const first = PLATFORM_QUESTION;
  if (!first.choices) return {};
  const ko = lang === 'ko' ? PLATFORM_QUESTION_KO : undefined;
  const names = ko?.choices ?? {};
  prompter.note(`  ${ko?.help ?? first.help}`);
  const answer = prompter.select({
    id: first.id,
    message: ko?.message ?? first.message,
    choices: first.choices({}).map((c) => ({ ...c, name: names[String(c.value)] ?? c.name })),
  });
  whileAsking();
  return { [first.id]: await answer };
}
