import { describe, expect, it } from 'vitest';
import { findingsFromInstallerLog, parseLogfmtLine } from '../../src/tools/installer-log.js';

describe('parseLogfmtLine', () => {
  it('splits quoted and bare values and undoes Go escapes', () => {
    expect(
      parseLogfmtLine(
        'time="2026-01-05T10:00:00Z" level=fatal msg="failed to load asset \\"Install Config\\": line1\\nline2\\ttab \\\\ end"',
      ),
    ).toEqual({
      time: '2026-01-05T10:00:00Z',
      level: 'fatal',
      msg: 'failed to load asset "Install Config": line1\nline2\ttab \\ end',
    });
  });

  it('reads \\u escapes and keys without values', () => {
    expect(parseLogfmtLine('level=warning msg="caf\\u00e9" flag')).toEqual({
      level: 'warning',
      msg: 'café',
      flag: '',
    });
  });
});

describe('findingsFromInstallerLog', () => {
  it('keeps errors and warnings, drops info and debug, in order', () => {
    const log = [
      'time="2026-01-05T10:00:00Z" level=info msg="Consuming Install Config from target directory"',
      'time="2026-01-05T10:00:01Z" level=warning msg="imageContentSources is deprecated, please use ImageDigestSources"',
      'time="2026-01-05T10:00:01Z" level=debug msg="Loading Install Config..."',
      'time="2026-01-05T10:00:02Z" level=error msg="failed to fetch Master Machines: failed to load asset \\"Install Config\\": invalid install-config"',
      'time="2026-01-05T10:00:02Z" level=fatal msg="failed to fetch Master Machines" error="networking.machineNetwork[0].cidr: Invalid value: \\"10.0.0.0/33\\""',
    ].join('\n');
    expect(findingsFromInstallerLog(log)).toEqual([
      { severity: 'warning', message: 'imageContentSources is deprecated, please use ImageDigestSources' },
      {
        severity: 'error',
        message:
          'failed to fetch Master Machines: failed to load asset "Install Config": invalid install-config',
      },
      {
        severity: 'error',
        message:
          'failed to fetch Master Machines: networking.machineNetwork[0].cidr: Invalid value: "10.0.0.0/33"',
      },
    ]);
  });

  it('reads the terminal format (FATAL …) and reports a repeated message once', () => {
    const log =
      'INFO Consuming Install Config\nWARNING a warning\nFATAL failed to fetch Cluster\nFATAL failed to fetch Cluster\n';
    expect(findingsFromInstallerLog(log)).toEqual([
      { severity: 'warning', message: 'a warning' },
      { severity: 'error', message: 'failed to fetch Cluster' },
    ]);
  });

  it('finds nothing in plain output', () => {
    expect(findingsFromInstallerLog('openshift-install 4.18.3\nbuilt from commit abc\n')).toEqual([]);
  });
});
