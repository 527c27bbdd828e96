import type { ChecklistItem, Lang, Plan, Recommendation } from '../../types.js';
import { template } from './engine.js';
import { buildView } from './view.js';

/** checklist.html: the same content as one self-contained printable page (inline CSS and SVG, no fetches; SPEC §4). */
export function renderChecklistHtml(
  plan: Plan,
  rec: Recommendation,
  items: ChecklistItem[],
  lang: Lang,
): string {
  return `${template('checklist.html.hbs')(buildView(plan, rec, items, lang)).trimEnd()}\n`;
}
