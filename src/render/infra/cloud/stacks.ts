import { AWS_STACKS } from '../../../knowledge/cloud-upi-aws.js';
import { AZURE_STACKS } from '../../../knowledge/cloud-upi-azure.js';
import { gcpStacks } from '../../../knowledge/cloud-upi-gcp.js';
import type {
  CloudUpiPlatform,
  StackTemplate,
  TemplateParam,
  ValueOrigin,
} from '../../../knowledge/cloud-upi-model.js';
import type { Plan } from '../../../types.js';
import { type ExistingNetwork, existingNetwork } from './existing-network.js';
import { type ParamValue, planValue, zoneCount } from './plan-values.js';

/** One parameter with its value when the plan knows it; `value` is absent for what the script fills in later. */
export interface ResolvedParam {
  name: string;
  origin: ValueOrigin;
  json?: boolean;
  value?: ParamValue;
}

/** One stack (deployment) the user creates, in order. Workers repeat per machine where the template builds one. */
export interface PlannedStack {
  template: StackTemplate;
  /** `worker-0` for the first AWS worker stack, else the template's id. */
  id: string;
  /** Position of the compute machine, for per-worker stacks. */
  index?: number;
  params: ResolvedParam[];
}

export interface CloudUpiPlan {
  platform: CloudUpiPlatform;
  stacks: PlannedStack[];
  /** Stacks left out: the network stack for an existing network, the external load balancer for publish Internal. */
  skipped: { template: StackTemplate; reason: 'existing-network' | 'internal' }[];
  existing?: ExistingNetwork;
}

export function isCloudUpiPlatform(platform: string): platform is CloudUpiPlatform {
  return platform === 'aws' || platform === 'azure' || platform === 'gcp';
}

function templatesFor(plan: Plan): readonly StackTemplate[] {
  if (plan.platform === 'aws') return AWS_STACKS;
  if (plan.platform === 'azure') return AZURE_STACKS;
  return gcpStacks(plan.ocpVersion);
}

/** What the answers already say about an output the skipped network stack would have given (AWS subnet roles). */
function knownExistingOutput(
  existing: ExistingNetwork | undefined,
  key: string,
  item?: number,
): string | undefined {
  if (existing?.platform !== 'aws') return undefined;
  const list =
    key === 'PublicSubnetIds' ? existing.public : key === 'PrivateSubnetIds' ? existing.private : undefined;
  if (list === undefined || list.length === 0) return undefined;
  if (item === undefined) return list.join(',');
  return list[item % list.length];
}

function resolve(
  plan: Plan,
  param: TemplateParam,
  network: StackTemplate | undefined,
  existing: ExistingNetwork | undefined,
): ResolvedParam {
  const base: ResolvedParam = {
    name: param.name,
    origin: param.origin,
    ...(param.json ? { json: true } : {}),
  };
  const origin = param.origin;
  if (origin.from === 'plan') return { ...base, value: planValue(plan, origin.value) };
  if (
    origin.from === 'output' &&
    existing !== undefined &&
    network !== undefined &&
    origin.stack === network.id
  ) {
    const known = knownExistingOutput(existing, origin.key, origin.item);
    if (known !== undefined) return { ...base, value: known };
    const cloud = network.existing?.[origin.key];
    if (cloud !== undefined) {
      return {
        ...base,
        origin: { from: 'cloud', value: cloud, ...(origin.item === undefined ? {} : { item: origin.item }) },
      };
    }
  }
  return base;
}

/**
 * The stacks of this plan in the documentation's order, each parameter resolved: plan values filled in, the rest
 * left to the script (values of create ignition-configs, earlier stacks' outputs, cloud look-ups).
 */
export function cloudUpiPlan(plan: Plan): CloudUpiPlan | undefined {
  if (!isCloudUpiPlatform(plan.platform)) return undefined;
  const existing = existingNetwork(plan);
  const templates = templatesFor(plan);
  const network = templates.find((t) => t.network);
  const stacks: PlannedStack[] = [];
  const skipped: CloudUpiPlan['skipped'] = [];
  for (const template of templates) {
    if (template.network && existing !== undefined) {
      skipped.push({ template, reason: 'existing-network' });
      continue;
    }
    if (template.externalOnly && plan.publish === 'Internal') {
      skipped.push({ template, reason: 'internal' });
      continue;
    }
    const own = [...template.params, ...(existing !== undefined ? (template.existingParams ?? []) : [])];
    if (template.perWorker && plan.platform === 'aws') {
      for (let index = 0; index < plan.computeReplicas; index++) {
        const params = own.map((p) => {
          // Worker N in private subnet N modulo the zone count: spread like the control plane.
          const shifted: TemplateParam =
            p.origin.from === 'output' && p.origin.item !== undefined
              ? { ...p, origin: { ...p.origin, item: index % zoneCount(plan) } }
              : p;
          return resolve(plan, shifted, network, existing);
        });
        stacks.push({ template, id: `${template.id}-${index}`, index, params });
      }
      continue;
    }
    if (template.kind === 'compute' && plan.computeReplicas === 0) continue;
    stacks.push({ template, id: template.id, params: own.map((p) => resolve(plan, p, network, existing)) });
  }
  return { platform: plan.platform as CloudUpiPlatform, stacks, skipped, ...(existing ? { existing } : {}) };
}
