import type { Method, Plan } from '../../types.js';
import { firstNonText } from '../../util/control-characters.js';
import { endpoints } from './endpoints.js';
import { bootstrapSlot, controlPlaneSlots, workerSlots } from './nodes.js';

/**
 * The values the infra renderers interpolate into HAProxy, BIND and dnsmasq lines. Each one is validated where the
 * answers enter (schema and cross-field rules); this guard is the second line: a value with whitespace or a control
 * character would turn into a config line of its own (a newline in bootstrapExternalStaticIP once added an HAProxy
 * server), so rendering stops loudly instead of writing it.
 */
export function assertInertInfraValues(plan: Plan, method: Method): void {
  const values: [string, string | undefined][] = [
    ['clusterName', plan.clusterName],
    ['baseDomain', plan.baseDomain],
    ...plan.networking.machineNetwork.map((cidr, i): [string, string] => [
      `networking.machineNetwork[${i}]`,
      cidr,
    ]),
  ];
  const bootstrap = bootstrapSlot(plan, method);
  for (const slot of [...(bootstrap ? [bootstrap] : []), ...controlPlaneSlots(plan), ...workerSlots(plan)]) {
    values.push(
      [`${slot.role} ${slot.position} name`, slot.name],
      [`${slot.role} ${slot.position} ip`, slot.ip],
    );
    values.push([`${slot.role} ${slot.position} MAC`, slot.mac]);
  }
  const targets = endpoints(plan, method);
  for (const [name, target] of Object.entries(targets)) {
    for (const address of target.addresses) values.push([`${name} endpoint`, address]);
  }
  for (const [what, value] of values) {
    if (value === undefined) continue;
    if (/\s/.test(value) || firstNonText(value) !== undefined) {
      throw new Error(
        `the ${what} value would break the infra files (whitespace or a control character); it should have been refused as an answer`,
      );
    }
  }
}
