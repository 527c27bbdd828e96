import type { Finding, Lang } from '../../types.js';

/** A finding's sentence in both languages; the Korean one keeps the installer's own words where a user searches them. */
export interface Said {
  en: string;
  ko: string;
}

/**
 * Collects the agent rules' findings in the chosen language. Paths are those of the file the rule reads
 * (install-config or agent-config, installer notation); `rule` is the installer rule's id, or the Assisted
 * Installer validation id for the checks the Assisted service repeats on the booted hosts.
 */
export class AgentFindings {
  readonly list: Finding[] = [];

  constructor(private readonly lang: Lang) {}

  error(path: string, rule: string, text: Said): void {
    this.list.push({ severity: 'error', path, message: text[this.lang], rule });
  }

  warn(path: string, rule: string, text: Said): void {
    this.list.push({ severity: 'warning', path, message: text[this.lang], rule });
  }
}

/** The installer's quoting of a value in field errors (`Invalid value: "x"`; numbers unquoted). */
export function shown(value: unknown): string {
  return typeof value === 'number'
    ? String(value)
    : JSON.stringify(typeof value === 'string' ? value : String(value));
}
