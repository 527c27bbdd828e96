/**
 * What `plan` loads after its first question: one module, so the bundle serves it as few files as possible
 * (every extra chunk costs a resolve and a read at start-up; `npm run bench` measures it).
 */
export { loadAnswersSource } from './answers-source.js';
export { resolveAnswers } from './resolve-answers.js';
