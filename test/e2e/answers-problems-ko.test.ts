import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

/** English words of the framing sentences and of typical rule messages; none may reach a Korean run. */
const ENGLISH = /\b(is required|is missing|has invalid|answers file|there is no terminal|must be|cannot)\b/;

function answersFile(body: string): string {
  const file = path.join(tempDir(), 'answers.yaml');
  writeFileSync(file, `version: 1\nbaseDomain: example.com\n${body}`);
  return file;
}

describe('answer problems without a terminal, in Korean', () => {
  it.each([
    {
      name: 'missing customer network subnets (exit 2)',
      body: 'clusterName: priv\nplatform: aws\nownership: {network: customer}\naws: {region: us-east-1}\n',
      code: 2,
      key: 'aws.vpc.subnets',
    },
    {
      name: 'a cluster name that is no DNS label (exit 1)',
      body: 'clusterName: Bad_Name\nplatform: aws\naws: {region: us-east-1}\n',
      code: 1,
      key: 'clusterName',
    },
    {
      name: 'replicas against the topology (exit 1)',
      body: 'clusterName: one\nplatform: aws\ntopology: sno\ncomputeReplicas: 3\naws: {region: us-east-1}\n',
      code: 1,
      key: 'computeReplicas',
    },
    {
      name: 'overlapping networks (exit 1)',
      body: 'clusterName: net\nplatform: aws\naws: {region: us-east-1}\nnetworking: {machineNetwork: [10.128.0.0/16]}\n',
      code: 1,
      key: 'networking',
    },
  ])('$name', async (c) => {
    const file = answersFile(c.body);
    const out = path.join(tempDir(), 'out');
    const ko = await runCli(['plan', '--answers', file, '--non-interactive', '--lang', 'ko', '--out', out]);
    expect(ko.code).toBe(c.code);
    expect(ko.stderr).toContain(c.key);
    expect(ko.stderr).toMatch(/[\uac00-\ud7a3]/);
    expect(ko.stderr).not.toMatch(ENGLISH);
    // The same file in English says it in English, with the same keys.
    const en = await runCli(['plan', '--answers', file, '--non-interactive', '--lang', 'en', '--out', out]);
    expect(en.code).toBe(c.code);
    expect(en.stderr).toContain(c.key);
    expect(en.stderr).not.toMatch(/[\uac00-\ud7a3]/);
  });
});
