import { stringify } from 'yaml';
import * as z from 'zod';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import type { Topology } from '../types.js';
import { getIn, setIn } from './dotted.js';
import type { Prompter } from './prompter.js';
import { QUESTIONS, type Question, type QuestionContext, type Sofar } from './questions.js';
import { AnswersSchema } from './schema.js';

/** The zod schema of one answers key, so a typed answer and an answers file pass the same rule. */
export function fieldSchema(id: string): z.ZodType | undefined {
  let schema: z.ZodType = AnswersSchema;
  for (const part of id.split('.')) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject)) return undefined;
    const next = (schema.shape as Record<string, z.ZodType>)[part];
    if (!next) return undefined;
    schema = next;
  }
  return schema;
}

/** Text typed by the user → the value stored in the answers (numbers, lists). */
export function convert(question: Question, text: string): unknown {
  const trimmed = text.trim();
  if (question.kind === 'number') return trimmed === '' ? Number.NaN : Number(trimmed);
  if (question.kind === 'list') {
    return trimmed
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return trimmed;
}

/** Validates typed text with the key's zod rule (and, for files, that the file can be used). */
export function validateAnswer(
  question: Question,
  text: string,
  sofar: Sofar,
  ctx: QuestionContext,
): true | string {
  if (text.trim() === '') return question.optional ? true : 'an answer is required';
  const value = convert(question, text);
  const result = fieldSchema(question.id)?.safeParse(value);
  if (result && !result.success) return result.error.issues[0]?.message ?? 'invalid value';
  if (question.kind === 'file') return ctx.fileProblem(question.id, String(value), sofar) ?? true;
  return true;
}

function defaultText(question: Question, sofar: Sofar, ctx: QuestionContext): string | undefined {
  const value = question.default?.(sofar, ctx);
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Asks one question and returns the answers with its value set (or removed when left empty). */
export async function askOne(
  prompter: Prompter,
  question: Question,
  sofar: Sofar,
  ctx: QuestionContext,
): Promise<Sofar> {
  prompter.note(`  ${question.help}`);
  const current = getIn(sofar, question.id);
  if (question.kind === 'select') {
    const choices = question.choices?.(sofar) ?? [];
    const preferred = current ?? question.default?.(sofar, ctx);
    const value = await prompter.select({
      id: question.id,
      message: question.message,
      choices,
      ...(preferred !== undefined ? { default: preferred } : {}),
    });
    return setIn(sofar, question.id, value);
  }
  if (question.kind === 'confirm') {
    const preferred = (current ?? question.default?.(sofar, ctx)) as boolean | undefined;
    const value = await prompter.confirm({
      id: question.id,
      message: question.message,
      ...(preferred !== undefined ? { default: preferred } : {}),
    });
    return setIn(sofar, question.id, value);
  }
  const shown =
    current !== undefined
      ? Array.isArray(current)
        ? current.join(', ')
        : String(current)
      : defaultText(question, sofar, ctx);
  const text = await prompter.input({
    id: question.id,
    message: question.message,
    ...(shown !== undefined ? { default: shown } : {}),
    validate: (value) => validateAnswer(question, value, sofar, ctx),
  });
  if (text.trim() === '') return setIn(sofar, question.id, undefined);
  return setIn(sofar, question.id, convert(question, text));
}

function applies(question: Question, sofar: Sofar, ctx: QuestionContext): boolean {
  return question.when ? question.when(sofar, ctx) : true;
}

/**
 * Walks the question table in order and asks every applicable question whose answer is not known yet (prefill from
 * --answers: only missing answers are asked). `asked` collects the ids asked, so the review can offer them again.
 */
export async function askMissing(
  prompter: Prompter,
  prefill: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
): Promise<Sofar> {
  let sofar = prefill;
  for (const question of QUESTIONS) {
    if (!applies(question, sofar, ctx)) continue;
    if (asked.has(question.id) || getIn(sofar, question.id) !== undefined) continue;
    if (question.id === 'secrets.sshKeyFile' && !ctx.defaultSshKeyFile && ctx.createSshKey) {
      const created = await offerSshKey(prompter, sofar, ctx);
      if (created) {
        sofar = setIn(sofar, question.id, created);
        asked.add(question.id);
        continue;
      }
    }
    sofar = await askOne(prompter, question, sofar, ctx);
    asked.add(question.id);
  }
  sofar = await askHosts(prompter, sofar, ctx, asked);
  return sofar;
}

/**
 * No usable public key in ~/.ssh: offer to make one (ed25519; RSA when FIPS is on, since the installer refuses ed25519
 * there — installer-rules §a.1), in a path the user confirms, never over an existing key.
 */
async function offerSshKey(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
): Promise<string | undefined> {
  const fips = getIn(sofar, 'fips') === true;
  prompter.note(
    '  No SSH public key was found in ~/.ssh; the nodes accept logins only with one (user core).',
  );
  const create = await prompter.confirm({
    id: 'ssh.create',
    message: 'Create an SSH key pair now with ssh-keygen?',
    default: true,
  });
  if (!create || !ctx.createSshKey) return undefined;
  const target = await prompter.input({
    id: 'ssh.path',
    message: 'Where should the private key go?',
    default: fips ? '~/.ssh/id_rsa' : '~/.ssh/id_ed25519',
    validate: (v) => (v.trim() === '' ? 'a file path is required' : true),
  });
  try {
    return await ctx.createSshKey(target.trim(), fips);
  } catch (error) {
    prompter.note(`  ${(error as Error).message}`);
    return undefined;
  }
}

const HOSTS_ID = 'hosts';

/** Bare-metal IPI needs every host with its BMC (installer-rules §c survey: "Add a Host"); others may list nodes. */
async function askHosts(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
): Promise<Sofar> {
  if (asked.has(HOSTS_ID) || getIn(sofar, HOSTS_ID) !== undefined) return sofar;
  const platform = getIn(sofar, 'platform');
  const topology = String(getIn(sofar, 'topology') ?? 'ha') as Topology;
  // Two-node fencing takes its fencing credentials from the control-plane hosts' BMCs with every method (SPEC §3).
  const needsBmc =
    (platform === 'baremetal' && ctx.methodFor(sofar) === 'IPI') || topology === 'two-node-fencing';
  const onPrem = ['baremetal', 'vsphere', 'none', 'ibmz'].includes(String(platform));
  if (!needsBmc && !(onPrem && ctx.methodFor(sofar) === 'UPI')) return sofar;
  asked.add(HOSTS_ID);
  if (!needsBmc) {
    prompter.note(
      '  Node names and IPs fill the DNS A/PTR records and load balancer backends of the checklist.',
    );
    const known = await prompter.confirm({
      id: 'hosts.known',
      message: 'Do you know the node names and IPs now?',
      default: false,
    });
    if (!known) return sofar;
  } else if (platform === 'baremetal' && ctx.methodFor(sofar) === 'IPI') {
    prompter.note(
      '  Bare-metal IPI drives every host through its BMC: list each control-plane and worker host.',
    );
  } else {
    prompter.note(
      '  Two-node fencing: Pacemaker fences each control-plane host through its Redfish BMC; list both hosts.',
    );
  }
  // The machines of the topology (knowledge/topologies.ts): control plane, arbiter, then workers.
  const facts = TOPOLOGY_FACTS[topology] ?? TOPOLOGY_FACTS.ha;
  const wantControlPlane =
    topology === 'ha'
      ? Number(getIn(sofar, 'controlPlaneReplicas') ?? facts.controlPlane)
      : facts.controlPlane;
  const wantWorkers = facts.computeAllowed
    ? Number(getIn(sofar, 'computeReplicas') ?? (topology === 'ha' ? 3 : 0))
    : 0;
  const roles = [
    ...Array.from({ length: wantControlPlane }, () => 'control-plane' as const),
    ...Array.from({ length: facts.arbiter }, () => 'arbiter' as const),
    ...Array.from({ length: wantWorkers }, () => 'worker' as const),
  ];
  const hosts: Record<string, unknown>[] = [];
  const total = roles.length;
  const prefix = { 'control-plane': 'master', arbiter: 'arbiter', worker: 'worker' } as const;
  for (let i = 0; i < total; i++) {
    const role = roles[i] ?? 'worker';
    const index = roles.slice(0, i).filter((r) => r === role).length;
    const suggested = `${prefix[role]}-${index}`;
    const host: Record<string, unknown> = { role };
    host.name = await prompter.input({
      id: 'hosts[].name',
      message: `Host ${i + 1} of ${total} (${role}): name`,
      default: suggested,
      validate: (v) =>
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v.trim()) ? true : 'lower-case host name such as master-0',
    });
    const ip = await prompter.input({
      id: 'hosts[].ip',
      message: `${String(host.name)}: IP address${needsBmc ? ' (empty if DHCP)' : ''}`,
      validate: (v) =>
        v.trim() === '' || z.union([z.ipv4(), z.ipv6()]).safeParse(v.trim()).success
          ? true
          : 'an IPv4 or IPv6 address',
    });
    if (ip.trim()) host.ip = ip.trim();
    // Fencing needs only the control plane's BMCs; bare-metal IPI drives every host through its BMC.
    if (needsBmc && (topology !== 'two-node-fencing' || role === 'control-plane')) {
      host.bootMACAddress = (
        await prompter.input({
          id: 'hosts[].bootMACAddress',
          message: `${String(host.name)}: boot NIC MAC address`,
          validate: (v) =>
            /^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/.test(v.trim()) ? true : 'a MAC such as 52:54:00:00:00:10',
        })
      ).trim();
      const address = await prompter.input({
        id: 'hosts[].bmc.address',
        message: `${String(host.name)}: BMC address`,
        default: `redfish-virtualmedia://<bmc-ip>/redfish/v1/Systems/1`,
        validate: (v) =>
          /^[a-z0-9+-]+:\/\/\S+$/.test(v.trim()) && !v.includes('<')
            ? true
            : 'a BMC URL such as redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1',
      });
      const credentialsFile = await prompter.input({
        id: 'hosts[].bmc.credentialsFile',
        message: `${String(host.name)}: BMC credentials file (YAML with username: and password:)`,
        validate: (v) =>
          v.trim() === ''
            ? 'a file path is required'
            : (ctx.fileProblem('hosts.bmc.credentialsFile', v.trim(), sofar) ?? true),
      });
      host.bmc = { address: address.trim(), credentialsFile: credentialsFile.trim() };
    }
    hosts.push(host);
  }
  // UPI: the temporary bootstrap machine needs DNS, DHCP and load-balancer entries too (docs §3.5, §3.6).
  if (!needsBmc && topology !== 'sno') {
    const ip = await prompter.input({
      id: 'hosts[].bootstrap-ip',
      message: 'bootstrap (temporary machine): IP address (empty to skip)',
      validate: (v) =>
        v.trim() === '' || z.union([z.ipv4(), z.ipv6()]).safeParse(v.trim()).success
          ? true
          : 'an IPv4 or IPv6 address',
    });
    if (ip.trim()) hosts.unshift({ role: 'bootstrap', name: 'bootstrap', ip: ip.trim() });
  }
  return setIn(sofar, HOSTS_ID, hosts);
}

const WRITE = '__write__';

/**
 * The review screen: every answer at once; one can be changed before anything is written. Changing an answer
 * re-runs the flow so that questions which now apply are asked and those that no longer apply are dropped.
 */
export async function review(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
): Promise<Sofar> {
  let current = sofar;
  for (;;) {
    prompter.note(`\nReview your answers:\n${indent(stringify(current, { lineWidth: 0 }))}`);
    const changeable = QUESTIONS.filter((q) => applies(q, current, ctx));
    const choice = await prompter.select<string>({
      id: 'review',
      message: 'Write the plan, or change an answer?',
      choices: [
        { value: WRITE, name: 'Looks good: write the plan' },
        ...changeable.map((q) => ({ value: q.id, name: `Change ${q.id} (${show(getIn(current, q.id))})` })),
        ...(getIn(current, HOSTS_ID) !== undefined
          ? [{ value: HOSTS_ID, name: 'Enter the hosts again' }]
          : []),
      ],
      default: WRITE,
    });
    if (choice === WRITE) return current;
    if (choice === HOSTS_ID) {
      asked.delete(HOSTS_ID);
      current = setIn(current, HOSTS_ID, undefined);
    } else {
      const question = QUESTIONS.find((q) => q.id === choice);
      if (question) current = await askOne(prompter, question, current, ctx);
    }
    current = prune(current, ctx);
    current = await askMissing(prompter, current, ctx, asked);
  }
}

/** Answers that only make sense in a context another answer sets: the platform blocks, proxy, mirror, workers. */
const CONTEXTUAL = new Set([
  'aws',
  'azure',
  'gcp',
  'vsphere',
  'nutanix',
  'openstack',
  'ibmcloud',
  'powervs',
  'proxy',
  'mirror',
  'publish',
  'computeReplicas',
]);

/**
 * Drops answers that a change on the review screen made meaningless (a vSphere block after switching to AWS, a proxy
 * after going connected, workers after choosing compact). Other answers are never dropped: nothing the user gave is lost.
 */
export function prune(sofar: Sofar, ctx: QuestionContext): Sofar {
  let current = sofar;
  for (const question of QUESTIONS) {
    const contextual = CONTEXTUAL.has(question.id.split('.')[0] ?? '');
    if (contextual && getIn(current, question.id) !== undefined && !applies(question, current, ctx)) {
      current = setIn(current, question.id, undefined);
      const parent = question.id.split('.').slice(0, -1).join('.');
      if (parent && Object.keys((getIn(current, parent) as object | undefined) ?? {}).length === 0) {
        current = setIn(current, parent, undefined);
      }
    }
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return 'not set';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
