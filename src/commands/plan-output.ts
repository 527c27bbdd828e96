/** What `plan` loads once the answers are complete: rendering, checking and writing, as one module for the bundle. */

export { loadCatalog } from '../checklist/catalog.js';
export { comparePlanFolder } from '../io/compare-plan.js';
export { writePlanFolder } from '../io/write-plan.js';
export { renderPlan } from '../pipeline.js';
export { renderRecommendationText } from '../recommend/render-text.js';
export { formatFindingsHuman } from '../validate/format.js';
