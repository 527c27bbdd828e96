/**
 * The files `plan` writes at the top of a plan folder (the plan-folder format); everything else it writes under
 * `infra/`. The pipeline names its artifacts from here, and `check`'s reading thread reads exactly these.
 */
export const PLAN_FILES = {
  installConfig: 'install-config.yaml',
  agentConfig: 'agent-config.yaml',
  checklistMarkdown: 'checklist.md',
  checklistHtml: 'checklist.html',
  planJson: 'plan.json',
  answers: 'answers.yaml',
  gitignore: '.gitignore',
} as const;

/** The folder of the ready files for what the user's teams build (haproxy.cfg, zone files, cloud parameters). */
export const INFRA_FOLDER = 'infra';
