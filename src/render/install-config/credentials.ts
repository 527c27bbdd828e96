import type { Inputs } from '../../types.js';

/** Values written when a credentials file could not be read, so the config still renders and says what is missing. */
export const CREDENTIAL_PLACEHOLDERS = {
  username: 'REPLACE_WITH_USERNAME',
  password: 'REPLACE_WITH_PASSWORD',
};

/** The username and password of a credentials file (by absolute path), or the placeholders. */
export function credentialsFor(inputs: Inputs, file: unknown): { username: string; password: string } {
  if (typeof file === 'string') {
    const found = inputs.credentials[file];
    if (found) return { username: found.username, password: found.password };
  }
  return { ...CREDENTIAL_PLACEHOLDERS };
}
