import { createContext } from '../../checklist/context.js';
import { isOnPremIpi } from '../../checklist/data/platforms.js';
import { apiEndpoint, ingressEndpoint } from '../../checklist/endpoints.js';
import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { Lang, Plan, Recommendation } from '../../types.js';

export interface DiagramBox {
  id: string;
  label: string;
  sub: string;
  kind: 'record' | 'frontend' | 'bootstrap' | 'control-plane' | 'worker';
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** Temporary link: the bootstrap leaves the pools after bootstrap-complete (installation-load-balancing-user-infra (docs)). */
  dashed: boolean;
}

export interface Diagram {
  records: DiagramBox[];
  frontends: DiagramBox[];
  nodes: DiagramBox[];
  edges: DiagramEdge[];
}

/** Nodes shown per role before the rest is summarised, so a 50-worker cluster still prints on one page. */
const MAX_PER_ROLE = 6;

/**
 * The cluster's topology as three columns: DNS names → entry points (load balancers or VIPs) → nodes by role.
 * One model feeds both the Mermaid block of checklist.md and the inline SVG of checklist.html.
 */
export function buildDiagram(plan: Plan, rec: Recommendation, lang: Lang): Diagram {
  const ctx = createContext(plan, rec, lang, { hasPullSecret: true });
  const { t, domain } = ctx;
  const api = apiEndpoint(ctx);
  const ingress = ingressEndpoint(ctx);
  const sno = plan.topology === 'sno';
  const cloudIpi = rec.method === 'IPI' && isCloudPlatform(plan.platform);
  const onPremIpi = isOnPremIpi(plan.platform, rec.method);

  const records: DiagramBox[] = [{ id: 'rec_api', label: `api.${domain}`, sub: ':6443', kind: 'record' }];
  if (!onPremIpi)
    records.push({ id: 'rec_apiint', label: `api-int.${domain}`, sub: ':6443 :22623', kind: 'record' });
  records.push({ id: 'rec_apps', label: `*.apps.${domain}`, sub: ':443 :80', kind: 'record' });

  const nodes: DiagramBox[] = [];
  // Node name → box id; nodes past MAX_PER_ROLE share the summary box of their role.
  const boxOf = new Map<string, string>();
  const addRole = (list: typeof ctx.controlPlane, kind: DiagramBox['kind'], roleText: string) => {
    for (const n of list.slice(0, MAX_PER_ROLE)) {
      const id = `node_${nodes.length}`;
      nodes.push({ id, label: n.name, sub: n.ip ? `${roleText} · ${n.ip}` : roleText, kind });
      boxOf.set(n.name, id);
    }
    if (list.length > MAX_PER_ROLE) {
      const id = `node_${nodes.length}`;
      nodes.push({
        id,
        label: t('diagram.more', { count: list.length - MAX_PER_ROLE }),
        sub: roleText,
        kind,
      });
      for (const n of list.slice(MAX_PER_ROLE)) boxOf.set(n.name, id);
    }
  };
  // The installer's own bootstrap (IPI) never sits behind a customer load balancer, so only UPI draws it.
  if (ctx.bootstrap && rec.method === 'UPI') {
    nodes.push({
      id: 'node_bootstrap',
      label: ctx.bootstrap.name,
      sub: t('diagram.bootstrap'),
      kind: 'bootstrap',
    });
    boxOf.set(ctx.bootstrap.name, 'node_bootstrap');
  }
  addRole(ctx.controlPlane, 'control-plane', t(sno ? 'role.sno' : 'role.control-plane'));
  // The arbiter of a two-node cluster is drawn with the control plane; it serves neither the API nor ingress.
  addRole(ctx.arbiters, 'control-plane', t('role.arbiter'));
  addRole(ctx.workers, 'worker', t('role.worker'));

  const edges: DiagramEdge[] = [];
  const frontends: DiagramBox[] = [];
  if (sno && !plan.vips) {
    // installation-dns-user-infra (docs): for a single node the records point at the node itself.
    const target = nodes[0]?.id ?? 'node_0';
    for (const r of records) edges.push({ from: r.id, to: target, dashed: false });
    return { records, frontends, nodes, edges };
  }
  const apiLabel = cloudIpi ? t('diagram.installer-lb-api') : api.label;
  const ingressLabel = cloudIpi ? t('diagram.installer-lb-ingress') : ingress.label;
  frontends.push(
    {
      id: 'fe_api',
      label: apiLabel,
      sub: [api.address, ':6443 :22623'].filter(Boolean).join(' '),
      kind: 'frontend',
    },
    {
      id: 'fe_ingress',
      label: ingressLabel,
      sub: [ingress.address, ':443 :80'].filter(Boolean).join(' '),
      kind: 'frontend',
    },
  );
  edges.push({ from: 'rec_api', to: 'fe_api', dashed: false });
  if (!onPremIpi) edges.push({ from: 'rec_apiint', to: 'fe_api', dashed: false });
  edges.push({ from: 'rec_apps', to: 'fe_ingress', dashed: false });
  const link = (from: string, backends: typeof api.backends) => {
    const seen = new Set<string>();
    for (const b of backends) {
      const id = boxOf.get(b.name);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      edges.push({ from, to: id, dashed: b.role === 'bootstrap' });
    }
  };
  link('fe_api', rec.method === 'UPI' ? api.backends : ctx.controlPlane);
  link('fe_ingress', ingress.backends);
  return { records, frontends, nodes, edges };
}

/** Mermaid labels are double-quoted; a quote inside must be the entity Mermaid understands. */
function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;');
}

/** The diagram as a Mermaid flowchart (GitHub renders ```mermaid blocks). */
export function toMermaid(d: Diagram, titles: { dns: string; frontends: string; nodes: string }): string {
  const box = (b: DiagramBox) => `    ${b.id}["${mermaidText(b.label)}<br/>${mermaidText(b.sub)}"]`;
  const lines = [
    'flowchart LR',
    `  subgraph dns["${mermaidText(titles.dns)}"]`,
    ...d.records.map(box),
    '  end',
  ];
  if (d.frontends.length > 0) {
    lines.push(`  subgraph entry["${mermaidText(titles.frontends)}"]`, ...d.frontends.map(box), '  end');
  }
  lines.push(`  subgraph nodes["${mermaidText(titles.nodes)}"]`, ...d.nodes.map(box), '  end');
  for (const e of d.edges) lines.push(`  ${e.from} ${e.dashed ? '-.->' : '-->'} ${e.to}`);
  return lines.join('\n');
}

export interface SvgBox {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  sub: string;
  cls: string;
  textX: number;
  labelY: number;
  subY: number;
}

export interface SvgLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

export interface SvgLayout {
  width: number;
  height: number;
  headers: { x: number; text: string }[];
  boxes: SvgBox[];
  lines: SvgLine[];
}

const COL_X = [10, 290, 570];
const BOX_W = 250;
const BOX_H = 44;
const ROW = 56;
const TOP = 34;

/** Positions for the inline SVG of checklist.html: three columns, straight connectors. */
export function toSvgLayout(
  d: Diagram,
  titles: { dns: string; frontends: string; nodes: string },
): SvgLayout {
  const columns = [d.records, d.frontends, d.nodes];
  const place = new Map<string, SvgBox>();
  const boxes: SvgBox[] = [];
  columns.forEach((col, c) => {
    col.forEach((b, r) => {
      const x = COL_X[c] ?? 0;
      const y = TOP + r * ROW;
      const box: SvgBox = {
        x,
        y,
        w: BOX_W,
        h: BOX_H,
        label: b.label,
        sub: b.sub,
        cls: b.kind,
        textX: x + 8,
        labelY: y + 18,
        subY: y + 35,
      };
      place.set(b.id, box);
      boxes.push(box);
    });
  });
  const lines: SvgLine[] = [];
  for (const e of d.edges) {
    const a = place.get(e.from);
    const b = place.get(e.to);
    if (!a || !b) continue;
    lines.push({ x1: a.x + a.w, y1: a.y + a.h / 2, x2: b.x, y2: b.y + b.h / 2, dashed: e.dashed });
  }
  const rows = Math.max(...columns.map((c) => c.length), 1);
  return {
    width: (COL_X[2] ?? 0) + BOX_W + 10,
    height: TOP + rows * ROW,
    headers: [
      { x: COL_X[0] ?? 0, text: titles.dns },
      ...(d.frontends.length > 0 ? [{ x: COL_X[1] ?? 0, text: titles.frontends }] : []),
      { x: COL_X[2] ?? 0, text: titles.nodes },
    ],
    boxes,
    lines,
  };
}
