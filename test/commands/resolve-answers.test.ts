import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptedPrompter } from '../../src/answers/prompter.js';
import type { AnswersSource } from '../../src/commands/answers-source.js';
import type { CommandContext } from '../../src/commands/context.js';
import { resolveAnswers } from '../../src/commands/resolve-answers.js';
import { InvalidDataError, UsageError } from '../../src/errors.js';
import { FILES, ROOT, SCENARIOS } from '../helpers/answers.js';

function context(prompter?: ReturnType<typeof scriptedPrompter>): CommandContext {
  return {
    cwd: SCENARIOS,
    home: '/home/tester',
    env: {},
    stdout: () => {},
    stderr: () => {},
    interactive: prompter !== undefined,
    color: false,
    lang: 'en',
    packageRoot: ROOT,
    ...(prompter ? { prompter } : {}),
  };
}

const fileSource = (raw: Record<string, unknown>): AnswersSource => ({
  raw,
  baseDir: SCENARIOS,
  origin: { kind: 'file', file: 'a.yaml' },
});
const vsphereStart = {
  clusterName: 'v',
  baseDomain: 'example.com',
  platform: 'vsphere',
  vsphere: { vcenter: 'vc.example.com', datacenter: 'dc1', cluster: 'c1', datastore: 'ds1', network: 'net' },
  secrets: { pullSecretFile: './files/pull-secret.json' },
};

describe('resolving answers from a file', () => {
  it('returns a complete file without asking anything', async () => {
    const prompter = scriptedPrompter({});
    const resolved = await resolveAnswers(
      fileSource({
        ...vsphereStart,
        vsphere: { ...vsphereStart.vsphere, credentialsFile: './files/vsphere.yaml' },
        vips: { api: ['10.0.0.5'], ingress: ['10.0.0.6'] },
      }),
      context(prompter),
    );
    expect(prompter.asked).toEqual([]);
    expect(resolved.method).toBe('IPI');
    expect(resolved.inputs.credentials[path.join(FILES, 'vsphere.yaml')]?.username).toBe(
      'administrator@vsphere.local',
    );
  });

  it('asks only the missing keys in a terminal, then shows the review screen', async () => {
    const prompter = scriptedPrompter({
      'vsphere.credentialsFile': './files/vsphere.yaml',
      'vips.api': '10.0.0.5',
      'vips.ingress': '10.0.0.6',
      review: '__write__',
    });
    const resolved = await resolveAnswers(fileSource(vsphereStart), context(prompter));
    expect(prompter.asked).toEqual(['vsphere.credentialsFile', 'vips.api', 'vips.ingress', 'review']);
    expect(resolved.plan.vips).toEqual({ api: ['10.0.0.5'], ingress: ['10.0.0.6'] });
  });

  it('re-asks an invalid answer that a question covers', async () => {
    const prompter = scriptedPrompter({ clusterName: 'fixed', review: '__write__' });
    const resolved = await resolveAnswers(
      fileSource({ clusterName: 'Bad_Name', baseDomain: 'example.com', platform: 'aws' }),
      context(prompter),
    );
    expect(resolved.plan.clusterName).toBe('fixed');
    expect(prompter.notes.join('\n')).toContain('clusterName');
  });

  it('without a terminal: missing keys are a usage error naming them, invalid ones a data error', async () => {
    await expect(resolveAnswers(fileSource(vsphereStart), context())).rejects.toThrow(UsageError);
    await expect(resolveAnswers(fileSource(vsphereStart), context())).rejects.toThrow(
      /vsphere\.credentialsFile.*\n.*vips\.api/s,
    );
    await expect(
      resolveAnswers(
        fileSource({
          clusterName: 'x',
          baseDomain: 'example.com',
          platform: 'aws',
          topology: 'compact',
          computeReplicas: 3,
        }),
        context(),
      ),
    ).rejects.toThrow(InvalidDataError);
  });

  it('an unknown key in a file cannot be fixed by asking: it stays a data error', async () => {
    const prompter = scriptedPrompter({});
    await expect(
      resolveAnswers(
        fileSource({ clusterName: 'x', baseDomain: 'example.com', platform: 'aws', plattform: 'aws' }),
        context(prompter),
      ),
    ).rejects.toThrow(/did you mean "platform"/);
  });
});
