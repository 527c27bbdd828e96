import { matrixVersion } from '../knowledge/platform-matrix.js';
import { PLATFORM_NAMES } from '../knowledge/platform-names.js';
import type { Lang, Method, Plan } from '../types.js';

/** The placeholder values every recommendation sentence may use (see the tables in src/knowledge/decision-*.ts). */
export function textValues(plan: Plan, lang: Lang, method: Method): Record<string, string> {
  return {
    platform: PLATFORM_NAMES[plan.platform][lang],
    version: plan.ocpVersion,
    matrixVersion: matrixVersion(plan.ocpVersion),
    architecture: plan.architecture,
    method,
    installMethod: plan.installMethod,
  };
}
