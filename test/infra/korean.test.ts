import { afterAll, describe, expect, it } from 'vitest';
import { renderInfraFiles } from '../../src/render/infra/index.js';
import type { Artifact, Method, Plan } from '../../src/types.js';
import { baremetalIpi, baremetalUpiHa, makePlan, oneUnknownIp, snoNone, vsphereUpiCompact } from './plans.js';
import { run, tempDir, writeArtifact } from './real-tools.js';

const HANGUL = /[\uAC00-\uD7A3]/;

/** The on-premises files: haproxy.cfg, the zones, named.conf.zones and the dnsmasq file (cloud files excluded). */
const ON_PREM = /^infra\/(haproxy\.cfg|dns\/|dhcp\/)/;

function markerOf(file: string): string {
  if (file.endsWith('.zone')) return ';';
  if (file.endsWith('named.conf.zones')) return '//';
  return '#';
}

/** A line without its comment: what the daemon reads. */
function withoutComment(line: string, marker: string): string {
  const at = line.indexOf(marker);
  return (at < 0 ? line : line.slice(0, at)).trimEnd();
}

/** The text after the comment marker of every line that has one. */
function commentsOf(content: string, marker: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.includes(marker))
    .map((line) => line.slice(line.indexOf(marker) + marker.length).trim());
}

/**
 * Not a sentence: a commented-out configuration line (a record, a server or a dnsmasq option waiting for a value),
 * an SOA field name, or the address a PTR record stands for.
 */
const CONFIG_LINE = /^(server |dhcp-[a-z-]+=|[\w*.-]+ +IN +[A-Z]+ )|^(refresh|retry|expire)$|^[0-9a-f.:]+$/;

const CASES: [string, Plan, Method][] = [
  ['bare-metal UPI ha', baremetalUpiHa(), 'UPI'],
  ['vSphere UPI compact', vsphereUpiCompact(), 'UPI'],
  ['single node', snoNone(), 'UPI'],
  ['a node without its address', oneUnknownIp(), 'UPI'],
  ['bare-metal IPI', baremetalIpi(), 'IPI'],
  ['no hosts at all', makePlan({ clusterName: 'blank', baseDomain: 'corp.test' }), 'UPI'],
];

function files(plan: Plan, method: Method, lang: 'en' | 'ko'): Artifact[] {
  return renderInfraFiles(plan, method, lang).filter((a) => ON_PREM.test(a.path));
}

describe.each(CASES)('infra files in Korean: %s', (_name, plan, method) => {
  const en = files(plan, method, 'en');
  const ko = files(plan, method, 'ko');

  it('are the same files with the same configuration; only the comments change', () => {
    expect(ko.map((a) => a.path)).toEqual(en.map((a) => a.path));
    expect(ko.length).toBeGreaterThan(0);
    for (const [i, file] of ko.entries()) {
      const marker = markerOf(file.path);
      const english = en[i] as Artifact;
      expect(file.content.split('\n').map((l) => withoutComment(l, marker))).toEqual(
        english.content.split('\n').map((l) => withoutComment(l, marker)),
      );
      for (const text of commentsOf(english.content, marker)) expect(text).not.toMatch(HANGUL);
    }
  });

  it('write every comment sentence in Korean', () => {
    for (const file of ko) {
      for (const text of commentsOf(file.content, markerOf(file.path))) {
        if (CONFIG_LINE.test(text)) continue;
        expect(text, `${file.path}: ${text}`).toMatch(HANGUL);
      }
    }
  });
});

describe('the Korean files still pass the real checkers', () => {
  const tmp = tempDir('infra-ko-');
  afterAll(() => tmp.remove());
  const all = CASES.flatMap(([name, plan, method], i) =>
    files(plan, method, 'ko').map((file): [string, Artifact, number] => [`${name}: ${file.path}`, file, i]),
  );

  it.each(all)('%s', async (_label, file, i) => {
    const dir = tmp.mkdir(String(i));
    const written = writeArtifact(dir, file);
    if (file.path.endsWith('haproxy.cfg')) {
      const result = await run('haproxy', ['-c', '-f', written]);
      expect(result.output).toContain('Configuration file is valid');
      expect(result.exitCode).toBe(0);
    } else if (file.path.endsWith('.zone')) {
      const zone = file.path.replace(/^infra\/dns\//, '').replace(/\.zone$/, '');
      const result = await run('named-checkzone', [zone, written]);
      expect(result.output).toContain(`zone ${zone}/IN: loaded serial 1`);
      expect(result.exitCode).toBe(0);
    } else if (file.path.startsWith('infra/dhcp/')) {
      const result = await run('dnsmasq', ['--test', `--conf-file=${written}`]);
      expect(result.output).toContain('syntax check OK');
      expect(result.exitCode).toBe(0);
    } else {
      // named.conf.zones: every zone statement names a file of this plan.
      expect(file.content).toMatch(/^zone "[^"]+" \{ type primary; file "[^"]+\.zone"; \};$/m);
    }
  });
});
