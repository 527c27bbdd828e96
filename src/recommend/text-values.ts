import { INSTALLER_CREDENTIALS } from '../knowledge/decision-factors.js';
import { matrixVersion, PLATFORM_MATRIX } from '../knowledge/platform-matrix.js';
import { PLATFORM_NAMES } from '../knowledge/platform-names.js';
import { KNOWN_OCP_VERSIONS } from '../knowledge/releases.js';
import { topologyGaSince } from '../knowledge/topologies.js';
import { techPreviewFeaturesOf } from '../plan/feature-set.js';
import type { Lang, Method, Plan } from '../types.js';

/** The placeholder values every recommendation sentence may use (see the tables in src/knowledge/decision-*.ts). */
export function textValues(plan: Plan, lang: Lang, method: Method): Record<string, string> {
  return {
    platform: PLATFORM_NAMES[plan.platform][lang],
    version: plan.ocpVersion,
    matrixVersion: matrixVersion(plan.ocpVersion),
    architecture: plan.architecture,
    method,
    topology: plan.topology,
    // The gates behind featureSet: TechPreviewNoUpgrade (decision-warnings.ts), and the releases that make the
    // topology and the platform generally available.
    techPreviewFeatures: techPreviewFeaturesOf(plan)
      .map((use) => use.gate.gate)
      .join(', '),
    topologyGa: topologyGaSince(plan.topology) ?? '',
    platformGa: KNOWN_OCP_VERSIONS.find((v) => PLATFORM_MATRIX[plan.platform][v].available === 'GA') ?? '',
    installMethod: plan.installMethod,
    installerCredentials: INSTALLER_CREDENTIALS[plan.platform]?.[lang] ?? PLATFORM_NAMES[plan.platform][lang],
  };
}
