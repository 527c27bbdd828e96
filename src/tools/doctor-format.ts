import type { Lang } from '../types.js';
import { escapeForTerminal } from '../util/control-characters.js';
import type { DoctorReport, ToolStatus } from './doctor.js';

const COLOURS: Record<ToolStatus, string> = {
  ok: '\u001b[32m',
  warning: '\u001b[33m',
  missing: '\u001b[31m',
};
const RESET = '\u001b[0m';
const MARKS: Record<ToolStatus, string> = { ok: '✓', warning: '!', missing: '✗' };

const SAY = {
  header: { en: (v: string) => `Tools for OpenShift ${v}:`, ko: (v: string) => `OpenShift ${v}용 도구:` },
  columns: { en: ['TOOL', 'STATUS', 'VERSION', 'PATH'], ko: ['도구', '상태', '버전', '경로'] },
  status: {
    en: { ok: 'ok', warning: 'warning', missing: 'missing' },
    ko: { ok: '정상', warning: '경고', missing: '없음' },
  } as Record<Lang, Record<ToolStatus, string>>,
  allThere: { en: 'Everything needed is present.', ko: '필요한 도구가 모두 있습니다.' },
  withWarnings: {
    en: (n: number) => `Everything needed is present; ${n} warning${n === 1 ? '' : 's'} above.`,
    ko: (n: number) => `필요한 도구가 모두 있습니다. 위에 경고가 ${n}개 있습니다.`,
  },
  missing: { en: (list: string) => `Missing: ${list}.`, ko: (list: string) => `없는 도구: ${list}.` },
  broken: {
    en: 'A needed tool is present but does not run; see above.',
    ko: '필요한 도구가 있지만 실행되지 않습니다. 위를 보십시오.',
  },
};

/** The terminal form of a doctor report: a table of tools, then one line per tool saying what it is for or what to do. */
export function formatDoctorReport(report: DoctorReport, color: boolean, lang: Lang = 'en'): string {
  const paint = (status: ToolStatus, text: string) => (color ? `${COLOURS[status]}${text}${RESET}` : text);
  const header = SAY.columns[lang];
  // Versions and paths come from the machine (a PATH folder's name, a tool's output): never terminal escapes.
  const rows = report.tools.map((tool) => [
    tool.name,
    SAY.status[lang][tool.status],
    escapeForTerminal(tool.version ?? '-'),
    escapeForTerminal(tool.path ?? '-'),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // Pad before painting, so colour codes do not count towards the column width.
  const line = (cells: string[], status?: ToolStatus) =>
    `  ${cells
      .map((cell, column) => {
        const padded = column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0);
        return column === 1 && status ? paint(status, padded) : padded;
      })
      .join('  ')}`;

  const lines = [SAY.header[lang](report.ocpVersion), '', line(header)];
  report.tools.forEach((tool, index) => {
    lines.push(line(rows[index] ?? [], tool.status));
  });
  lines.push('');
  for (const tool of report.tools) {
    lines.push(
      `  ${paint(tool.status, MARKS[tool.status])} ${tool.name}: ${escapeForTerminal(tool.message)}`,
    );
  }
  lines.push('');
  const missing = report.tools.filter((tool) => tool.status === 'missing').map((tool) => tool.name);
  if (report.ok) {
    const warnings = report.tools.filter((tool) => tool.status === 'warning').length;
    lines.push(warnings === 0 ? SAY.allThere[lang] : SAY.withWarnings[lang](warnings));
  } else if (missing.length > 0) {
    lines.push(SAY.missing[lang](missing.join(', ')));
  } else {
    lines.push(SAY.broken[lang]);
  }
  return `${lines.join('\n')}\n`;
}
