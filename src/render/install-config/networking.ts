import type { Plan } from '../../types.js';
import { commentText } from './comments.js';
import type { Notes } from './notes.js';

/** `networking`: the plan's networks (defaults already applied), machine networks as `{cidr}` entries (installation-config-parameters (docs)). */
export function networkingOf(plan: Plan, notes: Notes): Record<string, unknown> {
  notes.add(['networking'], commentText('networking', notes.lang));
  notes.add(['networking', 'clusterNetwork'], commentText('clusterNetwork', notes.lang));
  notes.add(['networking', 'machineNetwork'], commentText('machineNetwork', notes.lang));
  notes.add(['networking', 'serviceNetwork'], commentText('serviceNetwork', notes.lang));
  return {
    clusterNetwork: plan.networking.clusterNetwork.map((entry) => ({
      cidr: entry.cidr,
      hostPrefix: entry.hostPrefix,
    })),
    machineNetwork: plan.networking.machineNetwork.map((cidr) => ({ cidr })),
    networkType: plan.networking.networkType,
    serviceNetwork: [...plan.networking.serviceNetwork],
  };
}
