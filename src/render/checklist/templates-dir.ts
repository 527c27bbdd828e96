import { fileURLToPath } from 'node:url';

/**
 * The package's `templates/` folder. This file sits three levels below the package root both as src/render/checklist
 * (tests) and as dist/render/checklist (after tsc), so the same relative URL works in both.
 */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));
