import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEWEST_KNOWN_VERSION } from '../../src/knowledge/releases.js';
import { runCli, tempDir } from '../e2e/run-cli.js';

/*
 * What validate's lines say beyond the rule itself: where a YAML syntax error is (line and column, with the line
 * quoted), one finding for one problem, and which release's rules were applied.
 */

const HEAD = `apiVersion: v1
baseDomain: example.com
metadata:
  name: test
controlPlane:
  name: master
  replicas: 3
compute:
- name: worker
  replicas: 3
`;
const NETWORKS = `networking:
  networkType: OVNKubernetes
  machineNetwork:
  - cidr: 192.168.10.0/24
  clusterNetwork:
  - cidr: 10.128.0.0/14
    hostPrefix: 23
platform:
  none: {}
`;
const QUOTED_SECRET = `pullSecret: '{"auths":{"x":{"auth":"eDp5"}}}'\n`;

let dir: string;
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};
beforeAll(() => {
  dir = tempDir('ocp-planner-validate-details-');
});

describe('a YAML syntax error', () => {
  it('names the line and the column where the mistake is, and quotes that line', async () => {
    // clusterNetwork indented one space too far: the problem starts at column 4 of line 15.
    const at = file(
      'indent.yaml',
      HEAD + NETWORKS.replace('  clusterNetwork:', '   clusterNetwork:') + QUOTED_SECRET,
    );
    const result = await runCli(['validate', at]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${at}:15:4: error: the file is not valid YAML for the installer: `);
    expect(result.stdout).toContain('15 |    clusterNetwork:\n     |    ^');
    const json = JSON.parse((await runCli(['validate', at, '--json'])).stdout);
    expect(json.error).toMatchObject({ line: 15, column: 4 });
  });
});

describe('one problem, one finding', () => {
  it('a pull secret written as a mapping (JSON without quotes) is one type error that says to quote it', async () => {
    const at = file('mapping-secret.yaml', `${HEAD}${NETWORKS}pullSecret: {"auths":{"x":{"auth":"eDp5"}}}\n`);
    const result = await runCli(['validate', at, '--json']);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{
      path: string;
      rule: string;
      message: string;
    }>;
    const onSecret = findings.filter((f) => f.path === 'pullSecret');
    expect(onSecret.map((f) => f.rule)).toEqual(['field-type']);
    expect(onSecret[0]?.message).toBe(
      `pullSecret must be JSON text inside single quotes, not a mapping: write it on one line as pullSecret: '{"auths": …}' (without the quotes YAML reads JSON as a mapping or a list).`,
    );
    const ko = JSON.parse((await runCli(['validate', at, '--json', '--lang', 'ko'])).stdout);
    expect(ko.findings.filter((f: { path: string }) => f.path === 'pullSecret')).toHaveLength(1);
    expect(ko.findings[0].message).toContain('작은따옴표로 감싼 JSON 텍스트여야 합니다');
  });

  it('other values of the wrong type are not also reported as missing', async () => {
    const at = file(
      'mistyped.yaml',
      `${HEAD.replace('baseDomain: example.com', 'baseDomain: [example.com]').replace('  name: test', '  name: {a: b}')}${NETWORKS}${QUOTED_SECRET}`,
    );
    const findings = JSON.parse((await runCli(['validate', at, '--json'])).stdout).findings as Array<{
      path: string;
      rule: string;
    }>;
    expect(findings.filter((f) => f.path === 'baseDomain').map((f) => f.rule)).toEqual(['field-type']);
    expect(findings.filter((f) => f.path === 'metadata.name').map((f) => f.rule)).toEqual(['field-type']);
  });

  it('a missing pull secret is still reported as missing', async () => {
    const at = file('no-secret.yaml', HEAD + NETWORKS);
    const findings = JSON.parse((await runCli(['validate', at, '--json'])).stdout).findings;
    expect(findings.map((f: { rule: string }) => f.rule)).toContain('pull-secret-required');
  });
});

describe('the summary line names the release whose rules were applied', () => {
  const good = () => file('good.yaml', HEAD + NETWORKS + QUOTED_SECRET);

  it('the newest known release without --ocp-version, the one asked for with it', async () => {
    const at = good();
    expect((await runCli(['validate', at])).stdout).toContain(
      `${at}: no problems found (rules of OpenShift ${NEWEST_KNOWN_VERSION})`,
    );
    expect((await runCli(['validate', at, '--ocp-version', '4.14'])).stdout).toContain(
      `${at}: no problems found (rules of OpenShift 4.14)`,
    );
    // A release newer than any known is checked by the newest known rules, and the summary says so.
    expect((await runCli(['validate', at, '--ocp-version', '5.0'])).stdout).toContain(
      `(rules of OpenShift ${NEWEST_KNOWN_VERSION})`,
    );
  });

  it('with findings, in English and in Korean', async () => {
    const at = file('bad.yaml', HEAD.replace('name: test', 'name: Test_1') + NETWORKS + QUOTED_SECRET);
    expect((await runCli(['validate', at, '--ocp-version', '4.18'])).stdout).toContain(
      `${at}: 1 error, 0 warnings (rules of OpenShift 4.18)`,
    );
    expect((await runCli(['validate', at, '--ocp-version', '4.18', '--lang', 'ko'])).stdout).toContain(
      `${at}: 오류 1건, 경고 0건 (OpenShift 4.18 규칙 적용)`,
    );
  });

  it('a file with warnings only says it is valid', async () => {
    const at = file('warned.yaml', `${HEAD + NETWORKS + QUOTED_SECRET}extraKey: 1\n`);
    const result = await runCli(['validate', at, '--ocp-version', '4.20']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${at}: 0 errors, 1 warning (valid; rules of OpenShift 4.20)`);
    expect((await runCli(['validate', at, '--ocp-version', '4.20', '--lang', 'ko'])).stdout).toContain(
      `${at}: 오류 0건, 경고 1건 (유효, OpenShift 4.20 규칙 적용)`,
    );
  });
});
