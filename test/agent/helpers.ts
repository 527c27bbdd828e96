import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { parseAnswersText } from '../../src/answers/parse.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { type PlanOutput, renderPlan } from '../../src/pipeline.js';
import type { Lang, Plan } from '../../src/types.js';
import { planOf, ROOT, SCENARIOS } from '../helpers/answers.js';
import { oracleFile } from '../helpers/oracle.js';

/** The agent-config v1beta1 JSON Schema of the test oracle (test/helpers/oracle.ts), read at test time, never copied. */
export const agentSchemaFile = (): string => oracleFile('data', 'agent-config.schema.json');
export const assistedValidationsFile = (): string => oracleFile('data', 'assisted-validations.json');

let validator: ((value: unknown) => string[]) | undefined;

/** Schema errors of an agent-config object ("/hosts/0/role must be equal to one of the allowed values"). */
export function agentSchemaErrors(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // `format: uri` as the installer's validate.URI reads it: an absolute URI with a scheme.
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\/\/\S+$/i);
    const check = ajv.compile(JSON.parse(readFileSync(agentSchemaFile(), 'utf8')));
    validator = (v) =>
      check(v) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  return validator(value);
}

export const AGENT_SCENARIOS = [
  'agent-baremetal-disconnected',
  'agent-sno-baremetal',
  'agent-vsphere-ha',
  'agent-none-compact',
  'external-oci-compact',
];

export function scenarioPlan(name: string): Plan {
  return planOf(parseAnswersText(readFileSync(path.join(SCENARIOS, `${name}.yaml`), 'utf8'), name));
}

/** Renders a plan with the files it references, as `plan` does. */
export function render(
  plan: Plan,
  lang: Lang = 'en',
): PlanOutput & { ic: Record<string, unknown>; ac: Record<string, unknown> } {
  const { inputs } = readInputs(plan);
  const output = renderPlan(plan, inputs, lang, path.join(ROOT, '.plans', plan.clusterName));
  return {
    ...output,
    ic: parse(output.installConfig),
    ac: output.agentConfig === undefined ? {} : parse(output.agentConfig),
  };
}

/** Answers of a small Agent-based bare-metal cluster (3 control plane + 2 workers, static addresses). */
export function agentAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    ocpVersion: '4.22',
    installMethod: 'agent',
    clusterName: 'demo',
    baseDomain: 'example.com',
    platform: 'baremetal',
    topology: 'ha',
    computeReplicas: 2,
    networking: { machineNetwork: ['10.1.0.0/24'] },
    vips: { api: ['10.1.0.5'], ingress: ['10.1.0.6'] },
    agent: { dnsServers: ['10.1.0.2'], gateway: '10.1.0.1' },
    hosts: [
      { name: 'm0', role: 'control-plane', ip: '10.1.0.10', bootMACAddress: '52:54:00:01:00:10' },
      { name: 'm1', role: 'control-plane', ip: '10.1.0.11', bootMACAddress: '52:54:00:01:00:11' },
      { name: 'm2', role: 'control-plane', ip: '10.1.0.12', bootMACAddress: '52:54:00:01:00:12' },
      { name: 'w0', role: 'worker', ip: '10.1.0.20', bootMACAddress: '52:54:00:01:00:20' },
      { name: 'w1', role: 'worker', ip: '10.1.0.21', bootMACAddress: '52:54:00:01:00:21' },
    ],
    ...overrides,
  };
}
