import type { Lang } from '../types.js';
import type { Prompter } from './prompter.js';
import { QUESTIONS, type Sofar } from './questions.js';
import { QUESTIONS_KO } from './questions-ko.js';

/**
 * Asks the wizard's first question (where the cluster runs) with nothing but the question table, so that it appears
 * while the rest of the planner is still loading. The answer becomes the prefill of the full questionnaire.
 */
export async function askFirstQuestion(
  prompter: Prompter,
  whileAsking: () => void,
  lang: Lang = 'en',
): Promise<Sofar> {
  const first = QUESTIONS[0];
  if (!first?.choices) return {};
  const ko = lang === 'ko' ? QUESTIONS_KO[first.id] : undefined;
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
