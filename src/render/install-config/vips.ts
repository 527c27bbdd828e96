import type { Plan } from '../../types.js';
import { commentText } from './comments.js';
import type { Notes } from './notes.js';

/**
 * `apiVIPs` / `ingressVIPs` lists from the plan, when given (the plural lists replaced apiVIP/ingressVIP in 4.12:
 * pkg/types/defaults up-conversion; installation-config-parameters (docs)). Empty lists are left out so the installer's own rules apply.
 */
export function vipFields(
  plan: Plan,
  notes: Notes,
  values: Record<string, string>,
): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (plan.vips?.api.length) {
    fields.apiVIPs = [...plan.vips.api];
    notes.add(['apiVIPs'], commentText('vipsApi', notes.lang, values));
  }
  if (plan.vips?.ingress.length) {
    fields.ingressVIPs = [...plan.vips.ingress];
    notes.add(['ingressVIPs'], commentText('vipsIngress', notes.lang, values));
  }
  return fields;
}
