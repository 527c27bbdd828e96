import type { Method, Plan } from '../../types.js';
import { commentText } from './comments.js';
import type { Notes } from './notes.js';

/** Hyperthreading stays on, the installer's default (installer-rules §d), written out for the reader. */
export const HYPERTHREADING = 'Enabled';

/**
 * Workers the installer is told to create: 0 for UPI (docs §7.3, "UPI: must be 0": you boot them yourself), 0 for
 * compact and single-node, else the planned count.
 */
export function computeReplicasOf(plan: Plan, method: Method): number {
  if (method === 'UPI' || plan.topology !== 'ha') return 0;
  return plan.computeReplicas;
}

/** `controlPlane` (one pool named master) and `compute` (one pool named worker), both with the plan's architecture. */
export function machinePools(
  plan: Plan,
  method: Method,
  notes: Notes,
): { controlPlane: Record<string, unknown>; compute: Record<string, unknown>[] } {
  notes.add(['controlPlane'], commentText('controlPlane', { replicas: plan.controlPlaneReplicas }));
  const replicas = computeReplicasOf(plan, method);
  if (plan.topology === 'sno') notes.add(['compute'], commentText('computeSno'));
  else if (plan.topology === 'compact') notes.add(['compute'], commentText('computeCompact'));
  else if (method === 'UPI') {
    notes.add(
      ['compute'],
      `${commentText('computeUpi', { planned: plan.computeReplicas })}\n${commentText('computeUpiSchedulable')}`,
    );
  } else notes.add(['compute'], commentText('computeIpi', { replicas }));
  const pool = (name: string, count: number) => ({
    name,
    replicas: count,
    architecture: plan.architecture,
    hyperthreading: HYPERTHREADING,
  });
  return { controlPlane: pool('master', plan.controlPlaneReplicas), compute: [pool('worker', replicas)] };
}
