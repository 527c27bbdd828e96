import { AGENT_IGNORED_FIELDS } from '../../knowledge/agent-ignored-fields.js';
import { isObj, list, type Obj, str } from '../read.js';
import type { Report } from '../report.js';
import { occurrences } from './features.js';

/*
 * The Agent-based installer's warnings for install-config fields it does not use (knowledge/agent-ignored-fields.ts).
 * They are warnings: the file is accepted and the fields have no effect.
 */

function empty(value: unknown): boolean {
  return isObj(value) && Object.values(value).every((v) => v === null || v === undefined || empty(v));
}

export function checkAgentIgnored(config: Obj, report: Report): void {
  for (const field of AGENT_IGNORED_FIELDS) {
    for (const found of occurrences(config, field.path)) {
      const { when } = field;
      if (when.kind === 'set' && empty(found.value)) continue;
      if (when.kind === 'not-default' && str(found.value) === when.value) continue;
      if (when.kind === 'more-than-one' && list(found.value).length <= 1) continue;
      const text = str(found.value);
      const installer =
        field.showsValue && text !== undefined
          ? `${found.path}: ${text} is ignored`
          : `${found.path} is ignored`;
      report.warn(found.path, 'agent-ignored-field', 'agent.ignored', { installer, path: found.path });
    }
  }
}
