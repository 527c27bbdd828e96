import { type BlockYamlOptions, blockYaml } from './block-yaml.js';
import { documentYaml } from './document-yaml.js';

export type { BlockYamlOptions, ForcedStyle } from './block-yaml.js';

/**
 * The planner's YAML files as text: written straight from the object when it holds only what that writer handles
 * (block-yaml.ts), else through the Document API (document-yaml.ts). Both give the same bytes; the second is the
 * reference the first is tested against.
 */
export function yamlText(value: Record<string, unknown>, options: BlockYamlOptions = {}): string {
  return blockYaml(value, options) ?? documentYaml(value, options);
}
