import type { Inputs } from '../../types.js';

/**
 * Written when no pull secret was given (the answers-file format). It satisfies the installer's shape rule (a non-empty `auths`
 * whose entry has `auth`, pkg/types/validation/installconfig.go) so the rest of the file can be validated; `auth` is base64 of
 * "REPLACE_ME" and the registry name says what to do.
 */
export const PULL_SECRET_PLACEHOLDER =
  '{"auths":{"PLACEHOLDER-replace-with-your-pull-secret":{"auth":"UkVQTEFDRV9NRQ=="}}}';

/** The pull secret as one line of JSON (a multi-line secret breaks YAML: the installer’s issue tracker), or the placeholder. */
export function pullSecretOf(inputs: Inputs): { value: string; placeholder: boolean } {
  if (inputs.pullSecret === undefined || inputs.pullSecret.trim() === '') {
    return { value: PULL_SECRET_PLACEHOLDER, placeholder: true };
  }
  try {
    return { value: JSON.stringify(JSON.parse(inputs.pullSecret)), placeholder: false };
  } catch {
    return { value: inputs.pullSecret.replace(/\s*\n\s*/g, ''), placeholder: false };
  }
}

/** Registries the pull secret holds credentials for. */
export function pullSecretRegistries(value: string): string[] {
  try {
    const auths = (JSON.parse(value) as { auths?: unknown }).auths;
    return auths && typeof auths === 'object' ? Object.keys(auths) : [];
  } catch {
    return [];
  }
}

/** The public key line(s), trimmed; undefined when no key was given (the field is optional, installation-config-parameters (docs)). */
export function sshKeyOf(inputs: Inputs): string | undefined {
  const key = inputs.sshKey?.trim();
  return key ? key : undefined;
}
