import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../src/answers/prompter.js';
import { problemsOfFindings } from '../../src/commands/finding-answers.js';
import { resolveAnswers } from '../../src/commands/resolve-answers.js';
import { renderPlan } from '../../src/pipeline.js';
import { tempDir } from '../e2e/run-cli.js';
import { WIZARD, wizardContext } from './wizard-driver.js';

/**
 * Any run of the wizard whose every answer its prompt accepted ends in a plan our validator accepts, never in exit 1:
 * what the checks after the questions refuse is asked again until it passes. A tape of random numbers picks each
 * choice and each typed value; a typed value the prompt refuses is retyped with the next candidate, and a review
 * screen shown again may change another answer first, as a user would.
 */

const UUID = '0005b0f4-2b6e-4c1a-9b0a-5d2e8f1c0a11';
const SUBNET_UUID = 'c7938dc6-7659-453e-a688-e26020c68e43';

/** Values a user might type, by question id; the prompt's validator decides which of them it takes. */
const TYPED: Record<string, string[]> = {
  clusterName: ['prod', 'c1', 'lab-2'],
  baseDomain: ['example.com', 'lab.example.org'],
  computeReplicas: ['0', '2', '3', '5'],
  'networking.machineNetwork': ['10.0.0.0/16', '192.168.10.0/24', '10.128.0.0/24', '172.30.0.0/24'],
  'proxy.httpProxy': ['http://proxy.example.com:3128'],
  'proxy.httpsProxy': ['', 'http://proxy.example.com:3128'],
  'proxy.noProxy': ['', '.example.com'],
  'proxy.caBundleFile': ['', './files/mirror-ca.pem'],
  'mirror.registry': ['mirror.example.com:8443'],
  'mirror.caBundleFile': ['./files/mirror-ca.pem', ''],
  'mirror.credentialsFile': [''],
  'aws.region': ['us-east-1', 'eu-west-1'],
  'aws.vpc.subnets': ['subnet-0123456789abcdef0'],
  'aws.subnets': ['subnet-0123456789abcdef0'],
  'azure.region': ['eastus'],
  'azure.baseDomainResourceGroupName': ['dns-rg'],
  'azure.networkResourceGroupName': ['net-rg'],
  'azure.virtualNetwork': ['vnet'],
  'azure.controlPlaneSubnet': ['cp-subnet'],
  'azure.computeSubnet': ['compute-subnet'],
  'gcp.projectID': ['my-project-123'],
  'gcp.region': ['us-central1'],
  'gcp.network': ['net'],
  'gcp.controlPlaneSubnet': ['cp-subnet'],
  'gcp.computeSubnet': ['compute-subnet'],
  'vsphere.vcenter': ['vc.example.com'],
  'vsphere.datacenter': ['dc1'],
  'vsphere.cluster': ['c1'],
  'vsphere.datastore': ['ds1'],
  'vsphere.network': ['net'],
  'vsphere.folder': ['ocp', '/dc1/vm/ocp'],
  'vsphere.credentialsFile': ['./files/vsphere.yaml'],
  'nutanix.prismCentral': ['pc.example.com'],
  'nutanix.prismElementAddress': ['pe.example.com'],
  'nutanix.prismElementUUID': [UUID],
  'nutanix.subnetUUID': [SUBNET_UUID],
  'nutanix.credentialsFile': ['./files/nutanix.yaml'],
  'openstack.cloud': ['openstack'],
  'openstack.externalNetwork': ['', 'external'],
  'openstack.computeFlavor': ['m1.xlarge'],
  'ibmcloud.region': ['us-south'],
  'powervs.zone': ['dal10'],
  'powervs.userID': ['user@example.com'],
  'powervc.cloud': ['powervc'],
  'powervc.subnetID': [SUBNET_UUID],
  'powervc.computeFlavor': ['medium'],
  'powervc.clusterOSImage': ['rhcos'],
  'external.platformName': ['oci'],
  'agent.ntpSources': ['', 'ntp.example.com'],
  'agent.bootArtifactsBaseURL': [''],
  'secrets.pullSecretFile': ['./files/pull-secret.json', ''],
  'secrets.sshKeyFile': ['./files/id_ed25519.pub', './files/id_rsa.pub', ''],
  'hosts[].installationDisk': ['/dev/sda', ''],
  'hosts[].bmc.credentialsFile': ['./files/bmc.yaml'],
};

/** The machine network's nth address (IPv4), for VIPs and hosts that must sit inside it. */
function inside(network: string, n: number): string {
  const [base] = network.split('/');
  const parts = (base ?? '10.0.0.0').split('.').map(Number);
  const value =
    (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) + n;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/** A prompter that reads its decisions from `tape`, typing only what each prompt accepts. */
function tapePrompter(tape: number[]): Prompter & { notes: string[]; ids: string[] } {
  let at = 0;
  const next = () => tape[at++ % tape.length] ?? 0;
  const notes: string[] = [];
  const ids: string[] = [];
  const typed = new Map<string, string>();
  let hostIndex = 0;
  const network = () =>
    (typed.get('networking.machineNetwork') ?? '10.0.0.0/16').split(',')[0] ?? '10.0.0.0/16';
  const candidates = (id: string, shown: string | undefined): string[] => {
    const derived: Record<string, () => string[]> = {
      'vips.api': () => [inside(network(), 5), ''],
      'vips.ingress': () => [inside(network(), 6), ''],
      'agent.rendezvousIP': () => [inside(network(), 20)],
      'agent.dnsServers': () => [inside(network(), 1)],
      'agent.gateway': () => [inside(network(), 1)],
      'hosts[].ip': () => [inside(network(), 20 + hostIndex), ''],
      'hosts[].bootstrap-ip': () => [inside(network(), 9), ''],
      'hosts[].bootMACAddress': () => [`52:54:00:00:00:${(16 + hostIndex).toString(16)}`],
      'hosts[].bmc.address': () => [`redfish-virtualmedia://10.1.0.${10 + hostIndex}/redfish/v1/Systems/1`],
    };
    const pool = derived[id]?.() ?? TYPED[id] ?? (id.endsWith('.username') ? ['admin'] : []);
    return [...(shown !== undefined ? [shown] : []), ...pool, ''];
  };
  // A wizard that keeps asking is a failure, not a hang.
  const asked = (id: string) => {
    ids.push(id);
    if (ids.length > 500) {
      const why = notes.filter((n) => n.includes('These answers need attention')).pop() ?? '';
      throw new Error(`the wizard keeps asking: ${ids.slice(-10).join(' ')}${why}`);
    }
  };
  const choose = <T>(o: { id: string; choices: Choice<T>[]; default?: T }): T => {
    asked(o.id);
    // The review screen: write the plan; shown again after a refusal, change some answer first, as a user would.
    if (o.id === 'review') {
      const reviews = ids.filter((id) => id === 'review').length;
      const pick = o.choices[next() % o.choices.length];
      return (reviews === 1 || next() % 2 === 0 || !pick ? '__write__' : pick.value) as T;
    }
    const choice = o.choices[next() % o.choices.length];
    if (!choice) throw new Error(`no choices for ${o.id}`);
    return choice.value;
  };
  const type = (o: { id: string; default?: string; validate?: (v: string) => true | string }): string => {
    asked(o.id);
    const list = candidates(o.id, o.default);
    const start = next() % list.length;
    for (let i = 0; i < list.length; i++) {
      const text = list[(start + i) % list.length] ?? '';
      if ((o.validate?.(text) ?? true) === true) {
        typed.set(o.id, text);
        return text;
      }
    }
    throw new Error(`no candidate accepted for ${o.id}: ${list.join(' | ')}`);
  };
  return {
    notes,
    ids,
    select: async (o) => choose(o),
    search: async (o) => choose(o),
    input: async (o) => {
      // Each host gets addresses of its own: the count of host names asked so far numbers it.
      if (o.id === 'hosts[].name') hostIndex = ids.filter((id) => id === 'hosts[].name').length;
      return type(o);
    },
    password: async (o) => type({ ...o, default: 'secret' }),
    confirm: async (o) => {
      asked(o.id);
      // No real ssh-keygen and no typed mirror login from a test.
      if (o.id === 'ssh.create' || o.id.endsWith('.login')) return false;
      return next() % 2 === 0;
    },
    note: (text) => {
      notes.push(text);
    },
  };
}

describe('the wizard, driven by any answers its prompts accept', () => {
  it('ends with a plan the validator accepts', async () => {
    const out = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 1000 }), { minLength: 64, maxLength: 64 }), async (tape) => {
        const prompter = tapePrompter(tape);
        const verdicts: boolean[] = [];
        const resolved = await resolveAnswers(WIZARD, wizardContext(prompter), {
          outDirFor: () => out,
          typedCredentials: new Map(),
          // As `plan` does: the would-be plan is rendered and validated before the wizard lets the answers go.
          finalCheck: async (answers) => {
            const output = renderPlan(answers.plan, answers.inputs, 'en', out);
            verdicts.push(output.valid);
            return output.valid ? [] : problemsOfFindings(output.findings, answers.answers);
          },
        });
        // The run ends (no endless re-asking) with answers whose rendered install-config the validator accepts.
        expect(verdicts.at(-1)).toBe(true);
        expect(renderPlan(resolved.plan, resolved.inputs, 'en', out).valid).toBe(true);
        expect(prompter.ids.at(-1)).toBe('review');
      }),
      { numRuns: 50, seed: 20261203, endOnFailure: true },
    );
  });
});
