import type { ChecklistItem, Lang, Plan, Recommendation } from '../../types.js';
import { template } from './engine.js';
import { buildView, type ChecklistView } from './view.js';

/** checklist.md: recommendation summary, owners, Mermaid topology, then phases as GitHub task lists (the plan-folder format). */
export function renderChecklistMarkdown(
  plan: Plan,
  rec: Recommendation,
  items: ChecklistItem[],
  lang: Lang,
  /** The view of these arguments, when the HTML checklist already built it. */
  view: ChecklistView = buildView(plan, rec, items, lang),
): string {
  const text = template('checklist.md.hbs')(view);
  // Collapse the blank lines Handlebars blocks leave behind; one trailing newline.
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
