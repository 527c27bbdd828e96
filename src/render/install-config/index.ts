import type { Inputs, Lang, Method, Plan } from '../../types.js';
import { buildInstallConfig } from './build.js';
import { toYaml } from './document.js';

export { buildInstallConfig, type InstallConfigDraft } from './build.js';

/**
 * Renders install-config.yaml for the plan and the chosen method (the plan-folder format): the installer's fields for this
 * platform, method and topology, with comments in `lang` that explain each section. Pure: no files, no clock, no
 * randomness.
 */
export function renderInstallConfig(plan: Plan, method: Method, inputs: Inputs, lang: Lang = 'en'): string {
  return renderInstallConfigWithObject(plan, method, inputs, lang).text;
}

/** The rendered text together with the object it was made from, for checks that need no YAML parse. */
export function renderInstallConfigWithObject(
  plan: Plan,
  method: Method,
  inputs: Inputs,
  lang: Lang,
): { config: Record<string, unknown>; text: string } {
  const draft = buildInstallConfig(plan, method, inputs, lang);
  return { config: draft.config, text: toYaml(draft.config, draft.notes, draft.header) };
}
