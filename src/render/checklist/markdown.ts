import type { ChecklistItem, Lang, Plan, Recommendation } from '../../types.js';
import { template } from './engine.js';
import { buildView } from './view.js';

/** checklist.md: recommendation summary, owners, Mermaid topology, then phases as GitHub task lists (the plan-folder format). */
export function renderChecklistMarkdown(
  plan: Plan,
  rec: Recommendation,
  items: ChecklistItem[],
  lang: Lang,
): string {
  const text = template('checklist.md.hbs')(buildView(plan, rec, items, lang));
  // Collapse the blank lines Handlebars blocks leave behind; one trailing newline.
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
