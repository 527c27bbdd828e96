import { parse } from 'yaml';
import { renderPlan } from '../../src/pipeline.js';
import type { ChecklistItem, Lang, Plan, Platform, Topology } from '../../src/types.js';
import { makeInputs, makePlan } from '../install-config/factory.js';

/** One rendered plan, in the shapes the fact tables look at. */
export interface RenderedPlan {
  plan: Plan;
  method: string;
  checklist: string;
  items: ChecklistItem[];
  // biome-ignore lint/suspicious/noExplicitAny: the parsed install-config is read field by field
  installConfig: any;
  installConfigText: string;
  infra: Record<string, string>;
  valid: boolean;
}

/** A plan for `platform` with the install method forced; `overrides` replace whole fields. */
export function onpremPlan(
  platform: Platform,
  installMethod: 'IPI' | 'UPI',
  topology: Topology = 'ha',
  overrides: Partial<Plan> = {},
): Plan {
  const customer = installMethod === 'UPI' || platform === 'none' || platform === 'ibmz';
  const owner = customer ? 'customer' : 'installer';
  return makePlan(platform, topology, {
    installMethod,
    ownership: {
      machines: owner,
      network: platform === 'openstack' && !customer ? 'installer' : 'customer',
      dns: 'customer',
      loadBalancer: owner,
      storage: owner,
    },
    ...overrides,
  });
}

/** Renders every file of the plan folder and indexes it. */
export function renderOnprem(plan: Plan, lang: Lang = 'en'): RenderedPlan {
  const out = renderPlan(plan, makeInputs(), lang, '/plans/out');
  const file = (p: string) => out.artifacts.find((a) => a.path === p)?.content ?? '';
  const infra = Object.fromEntries(
    out.artifacts.filter((a) => a.path.startsWith('infra/')).map((a) => [a.path, a.content]),
  );
  return {
    plan,
    method: out.install.method,
    checklist: file('checklist.md'),
    items: out.checklist,
    installConfig: parse(out.installConfig),
    installConfigText: out.installConfig,
    infra,
    valid: out.valid,
  };
}

/** The item with this id, or undefined. */
export function itemOf(rendered: RenderedPlan, id: string): ChecklistItem | undefined {
  return rendered.items.find((i) => i.id === id);
}

/** Everything an item says: title, details, commands and table cells. */
export function textOf(item: ChecklistItem | undefined): string {
  if (item === undefined) return '';
  return [item.title, item.details, ...(item.commands ?? []), ...(item.table?.rows.flat() ?? [])].join('\n');
}
