import type { Prompter } from './prompter.js';
import { QUESTIONS, type Sofar } from './questions.js';

/**
 * Asks the wizard's first question (where the cluster runs) with nothing but the question table, so that it appears
 * while the rest of the planner is still loading. The answer becomes the prefill of the full questionnaire.
 */
export async function askFirstQuestion(prompter: Prompter, whileAsking: () => void): Promise<Sofar> {
  const first = QUESTIONS[0];
  if (!first?.choices) return {};
  prompter.note(`  ${first.help}`);
  const answer = prompter.select({ id: first.id, message: first.message, choices: first.choices({}) });
  whileAsking();
  return { [first.id]: await answer };
}
