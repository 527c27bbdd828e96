import { renderNormalisedAnswers } from './answers/normalise.js';
import { buildChecklist } from './checklist/build.js';
import { linkInfraFiles } from './checklist/infra-links.js';
import { renderPlanGitignore } from './io/gitignore.js';
import { PLAN_FILES } from './io/plan-folder-files.js';
import { chooseInstall, infrastructureMethod, isAgentPath } from './plan/install-path.js';
import { recommend } from './recommend/recommend.js';
import { renderAgentConfig } from './render/agent-config/index.js';
import { renderChecklistHtml } from './render/checklist/html.js';
import { renderChecklistMarkdown } from './render/checklist/markdown.js';
import { buildView } from './render/checklist/view.js';
import { renderInfra } from './render/infra/index.js';
import { renderAgentInstallConfig } from './render/install-config/agent-shape.js';
import { renderInstallConfigWithObject } from './render/install-config/index.js';
import { renderPlanJson } from './render/plan-json.js';
import type {
  Artifact,
  ChecklistItem,
  Finding,
  Inputs,
  InstallChoice,
  Lang,
  Plan,
  Recommendation,
} from './types.js';
import {
  checkAgentConfig,
  checkAgentInstallConfig,
  withoutNonAgentFindings,
} from './validate/agent/index.js';
import { validateRenderedInstallConfig } from './validate/index.js';

/** The second file of an Agent-based plan folder (the plan-folder format). */
export const AGENT_CONFIG_FILE = PLAN_FILES.agentConfig;

export interface PlanOutput {
  recommendation: Recommendation;
  /** The path rendered (the plan-folder format plan.json.install). */
  install: InstallChoice;
  installConfig: string;
  /** agent-config.yaml, on the Agent-based path only. */
  agentConfig?: string;
  checklist: ChecklistItem[];
  findings: Finding[];
  /** False when the rendered files fail the installer's rules: nothing may be written then. */
  valid: boolean;
  artifacts: Artifact[];
}

/** The installer's rules on the rendered config, with each finding's line and column in the rendered text. */
function validateRendered(
  config: Record<string, unknown>,
  text: string,
  ocpVersion: string,
  agent: boolean,
): { findings: Finding[]; valid: boolean } {
  const found = validateRenderedInstallConfig(config, text, { ocpVersion, fileName: 'install-config.yaml' });
  // An Agent-based install-config is checked as the installer checks it with usingAgentMethod (no bare-metal hosts).
  const findings = agent ? withoutNonAgentFindings(found.findings) : found.findings;
  return { findings, valid: !findings.some((f) => f.severity === 'error') };
}

/** The agent installer's rules and the static Assisted validations on the rendered pair of files. */
function checkAgentFiles(config: unknown, agentConfig: unknown, plan: Plan, lang: Lang): Finding[] {
  const opts = { ocpVersion: plan.ocpVersion, lang };
  return [
    ...checkAgentInstallConfig(config, opts),
    ...checkAgentConfig(agentConfig, config, opts).map((f) => ({ ...f, file: AGENT_CONFIG_FILE })),
  ];
}

/**
 * Plan → every file of the plan folder, in memory. Pure: the same plan, inputs, language and folder always give
 * byte-identical artifacts (the plan-folder format), which is what snapshot tests and `--check` rely on.
 */
export function renderPlan(plan: Plan, inputs: Inputs, lang: Lang, outDir: string): PlanOutput {
  const recommendation = recommend(plan, lang);
  const install = chooseInstall(plan, recommendation.method);
  // The stages that know only IPI and UPI (infra files, checklist) follow the infrastructure model of the path.
  const method = infrastructureMethod(plan, install);
  const agent = isAgentPath(install);
  const { config, text: installConfig } = agent
    ? renderAgentInstallConfig(plan, inputs, lang)
    : renderInstallConfigWithObject(plan, method, inputs, lang);
  const validation = validateRendered(config, installConfig, plan.ocpVersion, agent);
  const findings: Finding[] = [...validation.findings];
  const agentConfig = agent ? renderAgentConfig(plan, lang) : undefined;
  if (agentConfig) findings.push(...checkAgentFiles(config, agentConfig.config, plan, lang));
  const valid = !findings.some((f) => f.severity === 'error');
  // Whether the user named a pull secret, not whether it was read: `plan --check` in CI renders without the secret
  // files, and the checklist and plan.json must not differ because of that.
  const pullSecretGiven = inputs.pullSecret !== undefined || plan.secrets.pullSecretFile !== undefined;
  if (!pullSecretGiven) {
    findings.push({
      severity: 'warning',
      path: 'pullSecret',
      message:
        lang === 'ko'
          ? 'secrets.pullSecretFile이 없어 install-config.yaml에 자리 표시자가 들어 있습니다. 풀 시크릿을 넣으십시오'
          : 'no secrets.pullSecretFile was given: install-config.yaml holds a placeholder; insert your pull secret',
      rule: 'pull-secret-placeholder',
    });
  }
  // Ready-to-apply files for what the customer builds (infra/…), each referenced from the item it fulfils.
  const infra = renderInfra(plan, method, lang);
  const infraFiles = infra.artifacts;
  const checklist = linkInfraFiles(
    buildChecklist(plan, recommendation, lang, { hasPullSecret: pullSecretGiven }),
    infra.index,
    lang,
  );
  // One view serves both checklists (the same content, two formats).
  const view = buildView(plan, recommendation, checklist, lang);
  const artifacts: Artifact[] = [
    { path: PLAN_FILES.installConfig, content: installConfig, mode: 0o600 },
    ...(agentConfig ? [{ path: PLAN_FILES.agentConfig, content: agentConfig.text }] : []),
    {
      path: PLAN_FILES.checklistMarkdown,
      content: renderChecklistMarkdown(plan, recommendation, checklist, lang, view),
    },
    {
      path: PLAN_FILES.checklistHtml,
      content: renderChecklistHtml(plan, recommendation, checklist, lang, view),
    },
    {
      path: PLAN_FILES.planJson,
      content: renderPlanJson(plan, recommendation, checklist, findings, install),
    },
    { path: PLAN_FILES.answers, content: renderNormalisedAnswers(plan, outDir, lang) },
    { path: PLAN_FILES.gitignore, content: renderPlanGitignore(lang) },
    ...infraFiles,
  ];
  return {
    recommendation,
    install,
    installConfig,
    ...(agentConfig ? { agentConfig: agentConfig.text } : {}),
    checklist,
    findings,
    valid,
    artifacts,
  };
}
