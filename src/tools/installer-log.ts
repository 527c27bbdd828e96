/**
 * Reading what `openshift-install` logs. When stderr is not a terminal the installer (logrus' TextFormatter) writes
 * logfmt: `time="2026-01-01T00:00:00Z" level=fatal msg="failed to fetch Master Machines: …"`, values quoted Go-style
 * (%q) when they hold spaces or quotes. On a terminal it writes `FATAL failed to fetch …` instead; both are read.
 */

export interface InstallerFinding {
  severity: 'error' | 'warning';
  message: string;
}

/** logrus levels → finding severity; info/debug lines are progress, not findings. */
const SEVERITY_OF_LEVEL: Record<string, InstallerFinding['severity']> = {
  panic: 'error',
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
};

/** Parses one logfmt line into its key/value pairs; values lose their quotes and Go escapes. */
export function parseLogfmtLine(line: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let index = 0;
  const length = line.length;
  while (index < length) {
    while (index < length && line[index] === ' ') index++;
    const keyStart = index;
    while (index < length && line[index] !== '=' && line[index] !== ' ') index++;
    const key = line.slice(keyStart, index);
    if (key === '') {
      index++;
      continue;
    }
    if (line[index] !== '=') {
      fields[key] = '';
      continue;
    }
    index++;
    if (line[index] === '"') {
      index++;
      let value = '';
      while (index < length && line[index] !== '"') {
        if (line[index] === '\\' && index + 1 < length) {
          const { text, next } = readGoEscape(line, index);
          value += text;
          index = next;
        } else {
          value += line[index];
          index++;
        }
      }
      index++; // closing quote
      fields[key] = value;
    } else {
      const valueStart = index;
      while (index < length && line[index] !== ' ') index++;
      fields[key] = line.slice(valueStart, index);
    }
  }
  return fields;
}

/** One Go escape sequence at `line[at]` (a backslash) → its text and the index after it. */
function readGoEscape(line: string, at: number): { text: string; next: number } {
  const code = line[at + 1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', "'": "'" };
  if (code !== undefined && code in simple) return { text: simple[code] ?? '', next: at + 2 };
  const hexLength = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : 0;
  if (hexLength > 0) {
    const hex = line.slice(at + 2, at + 2 + hexLength);
    if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLength) {
      return { text: String.fromCodePoint(Number.parseInt(hex, 16)), next: at + 2 + hexLength };
    }
  }
  return { text: `\\${code ?? ''}`, next: at + 2 };
}

/** The error and warning lines of an installer run, in order, each message once. */
export function findingsFromInstallerLog(text: string): InstallerFinding[] {
  const findings: InstallerFinding[] = [];
  const seen = new Set<string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const finding = findingFromLine(rawLine.trim());
    if (!finding) continue;
    const key = `${finding.severity}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function findingFromLine(line: string): InstallerFinding | undefined {
  if (line === '') return undefined;
  if (/(^|\s)level=/.test(line)) {
    const fields = parseLogfmtLine(line);
    const severity = SEVERITY_OF_LEVEL[(fields.level ?? '').toLowerCase()];
    if (!severity) return undefined;
    // logrus' WithError puts the cause in an `error` field next to msg.
    const message = [fields.msg, fields.error].filter((part) => part !== undefined && part !== '').join(': ');
    return { severity, message: message || line };
  }
  const terminal = /^(PANIC|FATAL|ERROR|WARNING|WARN)\s+(.+)$/.exec(line);
  if (terminal?.[1] && terminal[2]) {
    const severity = SEVERITY_OF_LEVEL[terminal[1].toLowerCase()];
    if (severity) return { severity, message: terminal[2] };
  }
  return undefined;
}
