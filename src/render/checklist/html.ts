import type { ChecklistItem, Lang, Plan, Recommendation } from '../../types.js';
import { template } from './engine.js';
import type { SvgBox } from './topology.js';
import { buildView, type ChecklistView } from './view.js';

/** Font sizes of `svg text` and `svg text.sub` in templates/checklist.html.hbs; keep the two in step. */
const LABEL_PX = 12;
const SUB_PX = 10.5;

/** East Asian wide glyphs (Hangul jamo and syllables, CJK, full-width forms) are about 1 em wide. */
const WIDE = /[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u;
/** Anything from U+1100 up: a wide glyph may be there, or a surrogate pair (one glyph in two code units). */
const MAYBE_WIDE = /[\u1100-\uFFFF]/;

/**
 * A generous guess at a text's width in em: 1 em per wide glyph and 0.6 em per other character, which is more than
 * Latin letters, digits and dots take in the usual sans-serif fonts (DejaVu Sans, a wide default, averages ~0.53).
 */
export function emWidth(text: string): number {
  let em = 0;
  if (!MAYBE_WIDE.test(text)) {
    // Most labels: every glyph is one code unit of 0.6 em, added one at a time as below (the very same sum).
    for (let i = 0; i < text.length; i++) em += 0.6;
    return em;
  }
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em;
}

/**
 * SVG text never wraps, so a long label ("Single node (control plane + worker) · 192.168.50.10", a long api-int name)
 * ran past its box and, in the last column, past the viewBox, where the printed diagram cut it off. A label that may
 * not fit gets textLength = the box's inner width, and the browser squeezes it to exactly that in any font.
 */
function fitTo(text: string, px: number, room: number): number | null {
  return emWidth(text) * px > room ? room : null;
}

interface FittedSvgBox extends SvgBox {
  labelFit: number | null;
  subFit: number | null;
}

function fitBoxes(boxes: SvgBox[]): FittedSvgBox[] {
  return boxes.map((b) => {
    // The label starts textX − x inside the box; keep the same gap on the right.
    const room = b.w - 2 * (b.textX - b.x);
    return { ...b, labelFit: fitTo(b.label, LABEL_PX, room), subFit: fitTo(b.sub, SUB_PX, room) };
  });
}

/** checklist.html: the same content as one self-contained printable page (inline CSS and SVG, no fetches; the plan-folder format). */
export function renderChecklistHtml(
  plan: Plan,
  rec: Recommendation,
  items: ChecklistItem[],
  lang: Lang,
  /** The view of these arguments, when the Markdown checklist already built it. */
  view: ChecklistView = buildView(plan, rec, items, lang),
): string {
  const svg = { ...view.svg, boxes: fitBoxes(view.svg.boxes) };
  return `${template('checklist.html.hbs')({ ...view, svg }).trimEnd()}\n`;
}
