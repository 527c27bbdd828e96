import type { Artifact, Lang, Method, Plan } from '../../../types.js';
import { renderAwsFiles } from '../aws/files.js';
import { renderAzureFiles } from '../azure/files.js';
import { renderGcpFiles } from '../gcp/files.js';
import { cloudUpiPlan } from './stacks.js';

/** The install folder the checklist works in (checklist/context.ts names it the same way). */
export function cloudInstallDir(plan: Plan): string {
  return `${plan.clusterName}-install`;
}

/**
 * The cloud UPI files: parameter files of the documented templates for every stack the user creates, and the script
 * that fills in what only `openshift-install create ignition-configs` and the earlier stacks know. UPI on AWS, Azure
 * and GCP only; IPI builds the same resources itself. The script's comments and messages are in `lang`.
 */
export function renderCloudUpiFiles(plan: Plan, method: Method, lang: Lang = 'en'): Artifact[] {
  // The Agent-based installer boots every host from its own image: no cloud template stacks.
  if (method !== 'UPI' || plan.installMethod === 'agent') return [];
  const upi = cloudUpiPlan(plan);
  if (upi === undefined) return [];
  const installDir = cloudInstallDir(plan);
  if (upi.platform === 'aws') return renderAwsFiles(plan, upi, installDir, lang);
  if (upi.platform === 'azure') return renderAzureFiles(plan, upi, installDir, lang);
  return renderGcpFiles(plan, upi, installDir, lang);
}
