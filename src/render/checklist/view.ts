import { type MessageKey, message } from '../../checklist/catalog.js';
import {
  CHECKLIST_OWNERS,
  CHECKLIST_PHASES,
  type ChecklistItem,
  type ChecklistTable,
  type Lang,
  type Plan,
  type Recommendation,
} from '../../types.js';
import { buildDiagram, type SvgLayout, toMermaid, toSvgLayout } from './topology.js';

export interface ItemView {
  id: string;
  title: string;
  details: string;
  verify: boolean;
  owner: string;
  source: string;
  commands: string[];
  table: ChecklistTable | null;
}

/**
 * Everything the Markdown and HTML templates print, already translated and ordered, so the templates stay free of
 * logic (a view model, not the raw Plan). Every field is present: Handlebars runs in strict mode.
 */
export interface ChecklistView {
  lang: Lang;
  title: string;
  /** The consultant's header of the printable page: cluster, release, and the date and recipient when answered. */
  header: { label: string; value: string }[];
  facts: string;
  howToRead: string;
  footer: string;
  labels: Record<string, string>;
  rec: {
    method: string;
    confidence: string;
    reasons: { id: string; text: string; source: string; stance: string }[];
    tradeoffs: string[];
    wouldChangeIf: { text: string; method: string }[];
    alternatives: { method: string; when: string }[];
    warnings: string[];
  };
  /** Team tables: each team's tasks and checks by title (the ids stay on the items themselves). */
  owners: { label: string; tasks: string[]; checks: string[] }[];
  phases: { number: number; title: string; items: ItemView[] }[];
  mermaid: string;
  svg: SvgLayout;
}

const LABEL_KEYS = {
  recommendation: 'render.recommendation',
  method: 'render.method',
  confidence: 'render.confidence',
  reasons: 'render.reasons',
  tradeoffs: 'render.tradeoffs',
  wouldChange: 'render.would-change',
  alternatives: 'render.alternatives',
  warnings: 'render.warnings',
  source: 'render.source',
  owners: 'render.owners',
  owner: 'render.owner',
  tasks: 'render.tasks',
  checks: 'render.checks',
  topology: 'render.topology',
  verify: 'render.verify',
} as const satisfies Record<string, MessageKey>;

export function buildView(
  plan: Plan,
  rec: Recommendation,
  items: ChecklistItem[],
  lang: Lang,
): ChecklistView {
  const t = (key: MessageKey, values?: Record<string, string | number>) => message(lang, key, values);
  const domain = `${plan.clusterName}.${plan.baseDomain}`;
  const labels = Object.fromEntries(Object.entries(LABEL_KEYS).map(([name, key]) => [name, t(key)]));
  const titles = { dns: t('diagram.dns'), frontends: t('diagram.frontends'), nodes: t('diagram.nodes') };
  const diagram = buildDiagram(plan, rec, lang);
  const toItem = (i: ChecklistItem): ItemView => ({
    id: i.id,
    title: i.title,
    details: i.details,
    verify: i.kind === 'verify',
    owner: t(`owner.${i.owner}`),
    source: i.source,
    commands: i.commands ?? [],
    table: i.table ?? null,
  });
  return {
    lang,
    title: t('render.title', { cluster: domain }),
    header: headerRows(plan, domain, t),
    facts: t('render.facts', {
      platform: plan.platform,
      topology: plan.topology,
      arch: plan.architecture,
      connectivity: plan.connectivity,
    }),
    howToRead: t('render.how-to-read'),
    footer: t('render.footer'),
    labels,
    rec: {
      method: rec.method,
      confidence: t(`confidence.${rec.confidence}`),
      reasons: rec.reasons.map((r) => ({
        id: r.id,
        text: r.text,
        source: r.source,
        stance: t('render.stance', { effect: t(`effect.${r.effect}`), method: r.favours }),
      })),
      tradeoffs: rec.tradeoffs,
      wouldChangeIf: rec.wouldChangeIf.map((w) => ({ text: w.text, method: w.method })),
      alternatives: rec.alternatives.map((a) => ({ method: a.method, when: a.when })),
      warnings: rec.warnings,
    },
    owners: CHECKLIST_OWNERS.map((owner) => ({
      label: t(`owner.${owner}`),
      tasks: items.filter((i) => i.owner === owner && i.kind === 'task').map((i) => i.title),
      checks: items.filter((i) => i.owner === owner && i.kind === 'verify').map((i) => i.title),
    })).filter((o) => o.tasks.length + o.checks.length > 0),
    phases: CHECKLIST_PHASES.map((phase) => ({
      title: t(`phase.${phase}`),
      items: items.filter((i) => i.phase === phase).map(toItem),
    }))
      .filter((p) => p.items.length > 0)
      .map((p, n) => ({ number: n + 1, ...p })),
    mermaid: toMermaid(diagram, titles),
    svg: toSvgLayout(diagram, titles),
  };
}

/**
 * Rows of the header a consultant hands over: the date and the prepared-for line appear only when the answers give
 * them (`document.date`, `document.preparedFor`), so a plan re-run without them stays byte-identical.
 */
function headerRows(
  plan: Plan,
  domain: string,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
): { label: string; value: string }[] {
  const rows = [
    { label: t('render.header.cluster'), value: domain },
    { label: t('render.header.release'), value: `OpenShift ${plan.ocpVersion}` },
  ];
  if (plan.document?.date) rows.push({ label: t('render.header.date'), value: plan.document.date });
  if (plan.document?.preparedFor) {
    rows.push({ label: t('render.header.prepared-for'), value: plan.document.preparedFor });
  }
  return rows;
}
