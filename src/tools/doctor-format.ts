import type { DoctorReport, ToolStatus } from './doctor.js';

const COLOURS: Record<ToolStatus, string> = {
  ok: '\u001b[32m',
  warning: '\u001b[33m',
  missing: '\u001b[31m',
};
const RESET = '\u001b[0m';
const MARKS: Record<ToolStatus, string> = { ok: '✓', warning: '!', missing: '✗' };

/** The terminal form of a doctor report: a table of tools, then one line per tool saying what it is for or what to do. */
export function formatDoctorReport(report: DoctorReport, color: boolean): string {
  const paint = (status: ToolStatus, text: string) => (color ? `${COLOURS[status]}${text}${RESET}` : text);
  const header = ['TOOL', 'STATUS', 'VERSION', 'PATH'];
  const rows = report.tools.map((tool) => [tool.name, tool.status, tool.version ?? '-', tool.path ?? '-']);
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

  const lines = [`Tools for OpenShift ${report.ocpVersion}:`, '', line(header)];
  report.tools.forEach((tool, index) => {
    lines.push(line(rows[index] ?? [], tool.status));
  });
  lines.push('');
  for (const tool of report.tools) {
    lines.push(`  ${paint(tool.status, MARKS[tool.status])} ${tool.name}: ${tool.message}`);
  }
  lines.push('');
  const missing = report.tools.filter((tool) => tool.status === 'missing').map((tool) => tool.name);
  if (report.ok) {
    const warnings = report.tools.filter((tool) => tool.status === 'warning').length;
    lines.push(
      warnings === 0
        ? 'Everything needed is present.'
        : `Everything needed is present; ${warnings} warning${warnings === 1 ? '' : 's'} above.`,
    );
  } else if (missing.length > 0) {
    lines.push(`Missing: ${missing.join(', ')}.`);
  } else {
    lines.push('A needed tool is present but does not run; see above.');
  }
  return `${lines.join('\n')}\n`;
}
