import { say } from '../i18n/text.js';
import { CHANGE_JOINERS } from '../knowledge/decision-change-phrases.js';
import type { Lang, Recommendation } from '../types.js';
import { changePhrases } from './describe-change.js';
import { CONFIDENCE_LABELS, REASON_MARKERS, RENDER_TEXT } from './render-catalog.js';

const INDENT = '  ';

/** `ownership.machines: customer — you provision the machines yourself`: the answers to edit, then what they mean. */
function changeLine(change: Record<string, unknown>, lang: Lang): string {
  const keys = Object.entries(change).map(([key, value]) => `${key}: ${String(value)}`);
  return `${keys.join(', ')} — ${changePhrases(change, lang).join(CHANGE_JOINERS[lang])}`;
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', heading, ...lines.map((line) => `${INDENT}${line}`)];
}

/** Plain text for the terminal: the verdict, why, what it costs, what would flip it, other methods and warnings. */
export function renderRecommendationText(rec: Recommendation, lang: Lang): string {
  const other = rec.method === 'IPI' ? 'UPI' : 'IPI';
  const head = say(RENDER_TEXT.recommended, lang, {
    method: rec.method,
    confidence: CONFIDENCE_LABELS[rec.confidence][lang],
  });
  const reasons = rec.reasons.map(
    (r) => `${REASON_MARKERS[r.effect]} [${r.favours}] ${r.text} (${RENDER_TEXT.source[lang]}: ${r.source})`,
  );
  const lines = [
    head,
    ...section(RENDER_TEXT.because[lang], reasons),
    ...section(
      RENDER_TEXT.youGiveUp[lang],
      rec.tradeoffs.map((t) => `- ${t}`),
    ),
    ...section(
      say(RENDER_TEXT.becomesIf, lang, { other }),
      rec.wouldChangeIf.filter((w) => w.method === other).map((w) => `- ${changeLine(w.change, lang)}`),
    ),
    ...section(
      RENDER_TEXT.alsoConsider[lang],
      rec.alternatives.map((a) => `- ${a.method}: ${a.when}`),
    ),
    ...section(
      RENDER_TEXT.warnings[lang],
      rec.warnings.map((w) => `! ${w}`),
    ),
  ];
  return lines.join('\n');
}
