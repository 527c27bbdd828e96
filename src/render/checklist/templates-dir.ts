/** The package's `templates/` folder (see src/paths.ts for how it is found). */
export { TEMPLATES_DIR } from '../../paths.js';
