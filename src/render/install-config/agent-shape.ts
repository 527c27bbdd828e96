import {
  AGENT_IGNORED_FIELDS,
  AGENT_UNUSED_BAREMETAL_FIELDS,
  NONE_ONLY_ARCHITECTURES,
} from '../../knowledge/agent-installer.js';
import { agentStanza, agentUsesVips } from '../../plan/install-path.js';
import type { Inputs, Lang, Plan } from '../../types.js';
import { agentComment } from '../agent-config/comments.js';
import { buildInstallConfig, type InstallConfigDraft } from './build.js';
import { PLATFORM_LABELS_KO } from './comments-ko.js';
import { toYaml } from './document.js';
import type { FieldPath, Note } from './notes.js';
import { PLATFORM_LABELS } from './target.js';

/** Infrastructure passwords an Agent-based install-config still carries besides the pull secret. */
const CREDENTIALS: Partial<Record<string, { en: string; ko: string }>> = {
  vsphere: { en: ' and the vCenter password', ko: ' 및 vCenter 비밀번호' },
  nutanix: { en: ' and the Prism Central password', ko: ' 및 Prism Central 비밀번호' },
};

/** `compute[].platform` → ['compute', '[]', 'platform']: a path with `[]` standing for every list element. */
function splitPath(path: string): string[] {
  return path.replace(/\[\]/g, '.[]').split('.');
}

function removeAt(node: unknown, parts: readonly string[]): void {
  if (node === null || typeof node !== 'object' || parts.length === 0) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (head === '[]') {
    if (Array.isArray(node)) for (const item of node) removeAt(item, rest);
    return;
  }
  const record = node as Record<string, unknown>;
  if (rest.length === 0) delete record[head];
  else removeAt(record[head], rest);
}

/** Whether a comment's path lies at or under a removed field (`[]` matches any list index). */
function under(path: FieldPath, removed: readonly string[]): boolean {
  if (path.length < removed.length) return false;
  return removed.every((part, i) => part === '[]' || String(path[i]) === part);
}

/**
 * The install-config of an Agent-based plan: the fields the agent reads for this platform and topology, none it
 * ignores (openshift/installer pkg/asset/agent/installconfig.go warnUnusedConfig), no bare-metal hosts or BMCs (the
 * hosts are in agent-config.yaml; ValidateInstallConfig(…, usingAgentMethod) does not require them), and
 * `compute.replicas` as the number of workers the agent waits for.
 */
export function buildAgentInstallConfig(plan: Plan, inputs: Inputs, lang: Lang): InstallConfigDraft {
  const stanza = agentStanza(plan);
  // The renderer's IPI shape gives the platform stanza with VIPs; its UPI shape gives platform none or external.
  const base = buildInstallConfig(plan, agentUsesVips(plan) ? 'IPI' : 'UPI', inputs, lang);
  if (base.stanza !== stanza)
    throw new Error(`agent install-config: expected platform ${stanza}, built ${base.stanza}`);
  const config = base.config;
  const removed = [...AGENT_IGNORED_FIELDS, ...AGENT_UNUSED_BAREMETAL_FIELDS].map(splitPath);
  for (const parts of removed) removeAt(config, parts);

  const keep = (note: Note) =>
    !removed.some((parts) => under(note.path, parts)) &&
    !(note.path.length === 1 && note.path[0] === 'compute') &&
    !(note.path[0] === 'platform' && note.path[1] === 'none' && note.path.length === 2);
  const notes: Note[] = base.notes.filter(keep);

  const compute = config.compute as Record<string, unknown>[];
  for (const pool of compute) if (pool.name === 'worker') pool.replicas = plan.computeReplicas;
  notes.push({
    path: ['compute'],
    text:
      plan.computeReplicas > 0
        ? agentComment('icCompute', lang, { replicas: plan.computeReplicas })
        : agentComment('icComputeNone', lang),
  });
  notes.push(...platformNotes(plan, stanza, lang));

  const header = agentComment('icHeader', lang, {
    clusterName: plan.clusterName,
    baseDomain: plan.baseDomain,
    ocpVersion: plan.ocpVersion,
    platform: (lang === 'ko' ? PLATFORM_LABELS_KO : PLATFORM_LABELS)[plan.platform],
    topology: plan.topology,
    andCredentials: CREDENTIALS[stanza]?.[lang] ?? '',
  });
  return { config, notes, header, stanza };
}

function platformNotes(plan: Plan, stanza: string, lang: Lang): Note[] {
  const at = (path: FieldPath, text: string): Note => ({ path: ['platform', stanza, ...path], text });
  if (stanza === 'none') {
    const why =
      plan.topology === 'sno' && !['none', 'ibmz', 'external'].includes(plan.platform)
        ? [agentComment('icNoneSingleNode', lang)]
        : NONE_ONLY_ARCHITECTURES.includes(plan.architecture) && plan.platform !== 'none'
          ? [agentComment('icNoneArchitecture', lang, { architecture: plan.architecture })]
          : [];
    const none = agentComment(plan.topology === 'sno' ? 'icNoneSno' : 'icNone', lang);
    return [at([], [...why, none].join('\n'))];
  }
  if (stanza === 'external') {
    const name = String(plan.platformConfig.platformName ?? 'oci');
    return [
      at(
        [],
        name === 'oci' ? agentComment('icExternal', lang) : agentComment('icExternalOther', lang, { name }),
      ),
    ];
  }
  if (agentUsesVips(plan) && plan.vips?.api.length) return [at(['apiVIPs'], agentComment('icVips', lang))];
  return [];
}

/** The Agent-based install-config as text with its object, like renderInstallConfigWithObject. */
export function renderAgentInstallConfig(
  plan: Plan,
  inputs: Inputs,
  lang: Lang,
): { config: Record<string, unknown>; text: string } {
  const draft = buildAgentInstallConfig(plan, inputs, lang);
  return { config: draft.config, text: toYaml(draft.config, draft.notes, draft.header) };
}
