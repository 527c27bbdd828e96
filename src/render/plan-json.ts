import type { ChecklistItem, Finding, InstallChoice, Plan, Recommendation } from '../types.js';

/**
 * plan.json (the plan-folder format): stable field names, never a secret. Secrets are referenced by nothing but the fact that they
 * were given; file paths are left out too, since they can reveal local user names and are in answers.yaml anyway.
 */
export function renderPlanJson(
  plan: Plan,
  recommendation: Recommendation,
  checklist: ChecklistItem[],
  findings: Finding[],
  install: InstallChoice,
): string {
  const { warnings, ...rest } = recommendation;
  const document = {
    planFormat: 1,
    ocpVersion: plan.ocpVersion,
    cluster: {
      name: plan.clusterName,
      baseDomain: plan.baseDomain,
      platform: plan.platform,
      topology: plan.topology,
      architecture: plan.architecture,
      controlPlaneReplicas: plan.controlPlaneReplicas,
      computeReplicas: plan.computeReplicas,
      connectivity: plan.connectivity,
      publish: plan.publish,
      fips: plan.fips,
    },
    install: { method: install.method, chosen: install.chosen },
    recommendation: { ...rest, warnings },
    checklist,
    findings: findings.map(({ severity, file, path, message, rule }) => ({
      severity,
      ...(file ? { file } : {}),
      path,
      message,
      ...(rule ? { rule } : {}),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
