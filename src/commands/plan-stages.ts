/**
 * Everything `plan` loads after its first question, as one module: the bundle then serves it as one file, read while
 * the user answers (every extra file costs a resolve and a parse at start-up; `npm run bench` measures it).
 */
export { parse as parseYaml } from 'yaml';
export { loadCatalog } from '../checklist/catalog.js';
export { comparePlanFolder, planSecrets } from '../io/compare-plan.js';
export { checkRenderedSizes } from '../io/limits.js';
export { writePlanFolder } from '../io/write-plan.js';
export { renderPlan } from '../pipeline.js';
export { renderRecommendationText } from '../recommend/render-text.js';
export { nmstatectlFindings } from '../validate/agent/nmstatectl.js';
export { formatFindingsHuman } from '../validate/format.js';
export { loadValidateMessages } from '../validate/messages/index.js';
export { loadAnswersSource } from './answers-source.js';
export { problemsOfFindings } from './finding-answers.js';
export { keepCreatedSshKeys, resolveAnswers } from './resolve-answers.js';
