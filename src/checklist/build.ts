import { say } from '../i18n/text.js';
import { needsFipsInstaller, withFipsInstaller } from '../knowledge/fips-installer.js';
import { LIFECYCLE_ITEM, lifecycleNotice } from '../knowledge/lifecycle.js';
import { resolveSources, type SourceContext } from '../knowledge/source-refs.js';
import { CHECKLIST_PHASES, type ChecklistItem, type Lang, type Plan, type Recommendation } from '../types.js';
import { type ChecklistContext, createContext, item } from './context.js';
import { agentItems } from './items/agent.js';
import { ibmApiKeyItems, manualCredentialItems } from './items/cloud-credentials.js';
import { withCloudUpiItems } from './items/cloud-upi.js';
import { mirrorItems, proxyItems } from './items/connectivity.js';
import { dnsItems } from './items/dns.js';
import { ipiInstallItems } from './items/install-ipi.js';
import { upiInstallItems } from './items/install-upi.js';
import { ipiPrerequisiteItems } from './items/ipi-prerequisites.js';
import { loadBalancerItems } from './items/load-balancer.js';
import { sizingItems, upiMachineItems } from './items/machines.js';
import { addressItems, egressItems, portItems } from './items/network.js';
import { postInstallItems } from './items/post-install.js';
import { powervcItems } from './items/powervc.js';
import { prepareItems } from './items/prepare.js';
import { withTwoNodeItems } from './items/two-node.js';
import { verifyItems } from './items/verify.js';

/**
 * Plan + Recommendation → the manual steps of this install, with this cluster's names and numbers, in the order a team
 * works through them (phases of types.ts; inside a phase, the order of the docs). Pure and deterministic.
 */
export function buildChecklist(
  plan: Plan,
  rec: Recommendation,
  lang: Lang,
  opts: { hasPullSecret: boolean },
): ChecklistItem[] {
  const ctx = createContext(plan, rec, lang, opts);
  // Cloud UPI: the documented templates' stacks take the place of the generic machine and load-balancer steps.
  const base = withCloudUpiItems(ctx, [
    ...prepareItems(ctx),
    ...powervcItems(ctx),
    ...ipiPrerequisiteItems(ctx),
    ...ibmApiKeyItems(ctx),
    ...mirrorItems(ctx),
    ...portItems(ctx),
    ...egressItems(ctx),
    ...proxyItems(ctx),
    ...addressItems(ctx),
    ...dnsItems(ctx),
    ...loadBalancerItems(ctx),
    ...sizingItems(ctx),
    ...upiMachineItems(ctx),
    ...upiInstallItems(ctx),
    ...ipiInstallItems(ctx),
    ...agentItems(ctx),
    ...postInstallItems(ctx),
    ...verifyItems(ctx),
  ]);
  const items = [
    ...lifecycleItems(ctx),
    ...afterItem(withTwoNodeItems(base, ctx), 'install.dir', manualCredentialItems(ctx)),
  ];
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.id)) throw new Error(`duplicate checklist id ${i.id}`);
    seen.add(i.id);
  }
  // Stable sort by phase keeps the docs order inside each phase.
  const rank = (i: ChecklistItem) => CHECKLIST_PHASES.indexOf(i.phase);
  const sources = sourceContext(ctx);
  // A FIPS plan from 4.16 runs every installer command with the FIPS-capable binary (knowledge/fips-installer.ts).
  const fipsBinary = needsFipsInstaller(ctx.plan.fips, ctx.plan.ocpVersion);
  return items
    .map((i, n) => ({ i, n }))
    .sort((a, b) => rank(a.i) - rank(b.i) || a.n - b.n)
    .map(({ i }) => ({
      ...i,
      ...(fipsBinary && i.commands ? { commands: i.commands.map(withFipsInstaller) } : {}),
      source: resolveSources(i.source, sources),
    }));
}

/** A release past maintenance support: the first step is to confirm that the customer accepts its support phase. */
function lifecycleItems(ctx: ChecklistContext): ChecklistItem[] {
  const notice = lifecycleNotice(ctx.plan.ocpVersion, ctx.plan.document?.date);
  if (!notice) return [];
  const text = say(notice.text, ctx.lang, notice.values);
  return [
    item({
      id: 'prepare.release-lifecycle',
      phase: 'prepare',
      owner: 'platform',
      kind: 'task',
      title: say(LIFECYCLE_ITEM.title, ctx.lang, notice.values),
      details: say(LIFECYCLE_ITEM.details, ctx.lang, { notice: text }),
      source: notice.source,
    }),
  ];
}

/** What picks the documentation pages a checklist cites: its release, platform, path and language. */
export function sourceContext(ctx: ChecklistContext): SourceContext {
  return {
    version: ctx.plan.ocpVersion,
    lang: ctx.lang,
    platform: ctx.plan.platform,
    architecture: ctx.plan.architecture,
    method: ctx.method,
    agent: ctx.path === 'Agent-based',
    singleNode: ctx.plan.topology === 'sno',
  };
}

/** `extra` right after the item `id` (at the end when the plan has no such item). */
function afterItem(items: ChecklistItem[], id: string, extra: ChecklistItem[]): ChecklistItem[] {
  if (extra.length === 0) return items;
  const at = items.findIndex((i) => i.id === id);
  if (at < 0) return [...items, ...extra];
  return [...items.slice(0, at + 1), ...extra, ...items.slice(at + 1)];
}
