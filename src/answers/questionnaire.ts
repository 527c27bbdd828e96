import * as z from 'zod';
import { say as sayText } from '../i18n/text.js';
import { TOPOLOGY_FACTS } from '../knowledge/topologies.js';
import { CHECK_RULES } from '../plan/check.js';
import type { Topology } from '../types.js';
import { firstNonText } from '../util/control-characters.js';
import { getIn, setIn } from './dotted.js';
import { type Problem, problemsFromZod } from './problems.js';
import type { Choice, Prompter } from './prompter.js';
import { QUESTION_LABELS, SECTION_TITLES } from './question-labels.js';
import { QUESTIONS, type Question, type QuestionContext, type Sofar } from './questions.js';
import { QUESTIONS_KO } from './questions-ko.js';
import { AnswersSchema } from './schema.js';
import { say } from './wizard-text.js';
import { MORE_TEXT } from './wizard-text-more.js';

/** A sentence of wizard-text-more.ts in the wizard's language. */
function more(
  ctx: QuestionContext,
  key: keyof typeof MORE_TEXT,
  values: Record<string, string | number> = {},
) {
  return sayText(MORE_TEXT[key], ctx.lang === 'ko' ? 'ko' : 'en', values);
}

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
export function convert(question: Question, text: string, sofar: Sofar = {}): unknown {
  const trimmed = text.trim();
  if (question.toValue) return question.toValue(trimmed, sofar);
  if (question.kind === 'number') return trimmed === '' ? Number.NaN : Number(trimmed);
  if (question.kind === 'list') {
    return trimmed
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return trimmed;
}

/** A problem's key names this answer or a part of it (`vips.api[0]` concerns `vips.api`). */
export function concerns(key: string, id: string): boolean {
  return key === id || key.startsWith(`${id}[`) || key.startsWith(`${id}.`);
}

/**
 * The first cross-field problem of `candidate` that concerns answer `id`. Only the rules whose inputs are all in
 * `answered` run: a rule that reads an answer not asked yet would judge a default the user may still change.
 */
export function crossFieldProblem(
  id: string,
  candidate: Sofar,
  ctx: QuestionContext,
  answered: ReadonlySet<string> = ALL_ANSWERED,
): string | undefined {
  const problems = ctx.problemsFor?.(candidate, answered) ?? [];
  return problems.find((p) => concerns(p.key, id))?.message;
}

const HOSTS_ID = 'hosts';

/**
 * Answers keys the cross-field rules read that no question fills (the bare-metal block, for one): the wizard never
 * changes them, so they are as known at the first question as at the last.
 */
const READS_WITHOUT_QUESTION = [...new Set(CHECK_RULES.flatMap((rule) => rule.reads))].filter(
  (key) => key !== HOSTS_ID && !QUESTIONS.some((q) => concerns(q.id, key) || concerns(key, q.id)),
);

/** Every answer the wizard can ask, the hosts included: what is known once the questions are behind. */
const ALL_ANSWERED: ReadonlySet<string> = new Set([
  ...QUESTIONS.map((q) => q.id),
  HOSTS_ID,
  ...READS_WITHOUT_QUESTION,
]);

/**
 * The answers known while question `index` of the table is asked: every question before it (answered, or passed
 * over because it does not apply or keeps its default), every answer given or asked already, and the one being
 * asked. From `QUESTIONS.length` on (the hosts, the review) every answer is known.
 */
export function answeredAt(sofar: Sofar, asked: ReadonlySet<string>, index: number): Set<string> {
  if (index >= QUESTIONS.length) return new Set(ALL_ANSWERED);
  const answered = new Set<string>(READS_WITHOUT_QUESTION);
  QUESTIONS.forEach((question, j) => {
    if (j <= index || asked.has(question.id) || getIn(sofar, question.id) !== undefined)
      answered.add(question.id);
  });
  if (asked.has(HOSTS_ID) || getIn(sofar, HOSTS_ID) !== undefined) answered.add(HOSTS_ID);
  return answered;
}

/** Validates typed text with the key's zod rule, the file checks and the cross-field rules that concern it. */
export function validateAnswer(
  question: Question,
  text: string,
  sofar: Sofar,
  ctx: QuestionContext,
  answered: ReadonlySet<string> = ALL_ANSWERED,
): true | string {
  if (text.trim() === '') {
    if (!question.optional) return say(ctx, 'required');
    // An empty credentials file means "type them now": the username and password are asked next.
    if (question.credentials && ctx.credentialsPath && ctx.typedCredentials) return true;
    // Optional in general, but not for these answers (the Agent path's VIPs): refused here, not after the review.
    const needed = ctx
      .missingFor?.(setIn(sofar, question.id, undefined))
      .find((p) => concerns(p.key, question.id));
    return needed ? `${labelOf(question, ctx)}: ${needed.message}` : true;
  }
  const value = convert(question, text, sofar);
  const result = fieldSchema(question.id)?.safeParse(value);
  if (result && !result.success) {
    // The schema's rule in the wizard's language: the same sentence an answers file gets for this key.
    const problem =
      ctx.lang === 'ko' ? problemsFromZod(result.error)[0]?.ko : result.error.issues[0]?.message;
    return problem ?? say(ctx, 'invalid');
  }
  if (question.kind === 'file' && !ctx.typedCredentials?.has(String(value))) {
    const problem = ctx.fileProblem(question.id, String(value), sofar);
    if (problem) return problem;
  }
  const candidate = setIn(sofar, question.id, value);
  if (question.id === 'clusterName') {
    const out = ctx.outFolderProblem?.(candidate);
    if (out) return out;
  }
  return crossFieldProblem(question.id, candidate, ctx, answered) ?? true;
}

/** The question's wording in the wizard's language, in the variant the answers so far call for. */
export function wording(
  question: Question,
  ctx: QuestionContext,
  sofar: Sofar = {},
): { message: string; help: string } {
  const ko = ctx.lang === 'ko' ? (question.ko ?? QUESTIONS_KO[question.id]) : undefined;
  const variant = question.variant?.(sofar, ctx);
  if (variant) {
    const words =
      ctx.lang === 'ko' ? QUESTIONS_KO[question.id]?.variants?.[variant] : question.variants?.[variant];
    if (words) return words;
  }
  return ko ?? question;
}

/** The review screen's name of an answer. */
export function labelOf(question: Question, ctx: QuestionContext): string {
  const label = QUESTION_LABELS[question.id];
  return label ? label[ctx.lang === 'ko' ? 'ko' : 'en'] : wording(question, ctx).message;
}

function choiceNames(
  question: Question,
  choices: Choice<unknown>[],
  ctx: QuestionContext,
): Choice<unknown>[] {
  const names = ctx.lang === 'ko' ? (question.ko?.choices ?? QUESTIONS_KO[question.id]?.choices) : undefined;
  if (!names) return choices;
  return choices.map((c) => {
    const name = names[String(c.value)];
    if (!name) return c;
    // A choice that is a Technology Preview in the chosen release says so in Korean too.
    const preview = /\(Technology Preview in ([\d.]+)\)/.exec(c.name)?.[1];
    return { ...c, name: preview ? `${name} (${preview} 기술 프리뷰)` : name };
  });
}

function defaultText(question: Question, sofar: Sofar, ctx: QuestionContext): string | undefined {
  const value = question.default?.(sofar, ctx);
  if (value === undefined) return undefined;
  // A default given as text (the suggested pod network) is shown as it is; toText turns stored values into text.
  return typeof value === 'string' ? value : asText(question, value);
}

function asText(question: Question, value: unknown): string {
  if (question.toText) return question.toText(value);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A choice refused by a cross-field rule is asked again; a scripted answer that never changes stops after a few. */
const MAX_CHOICE_RETRIES = 5;

/**
 * Asks one question and returns the answers with its value set (or removed when left empty). `answered`: the answers
 * known at this point, whose cross-field rules judge the typed value (all of them on the review screen).
 */
export async function askOne(
  prompter: Prompter,
  question: Question,
  sofar: Sofar,
  ctx: QuestionContext,
  answered: ReadonlySet<string> = ALL_ANSWERED,
): Promise<Sofar> {
  const { message, help } = wording(question, ctx, sofar);
  prompter.note(`  ${help}`);
  const current = getIn(sofar, question.id);
  if (question.kind === 'select' || question.kind === 'confirm') {
    let preferred = current ?? question.default?.(sofar, ctx);
    for (let attempt = 0; ; attempt++) {
      const value =
        question.kind === 'select'
          ? await prompter.select({
              id: question.id,
              message,
              choices: choiceNames(question, question.choices?.(sofar) ?? [], ctx),
              ...(preferred !== undefined ? { default: preferred } : {}),
            })
          : await prompter.confirm({
              id: question.id,
              message,
              ...(preferred !== undefined ? { default: preferred as boolean } : {}),
            });
      const candidate = setIn(sofar, question.id, value);
      const problem = crossFieldProblem(question.id, candidate, ctx, answered);
      if (!problem || attempt >= MAX_CHOICE_RETRIES) return candidate;
      prompter.note(`  ✖ ${problem}`);
      preferred = value;
    }
  }
  const shown = current !== undefined ? asText(question, current) : defaultText(question, sofar, ctx);
  const text = await prompter.input({
    id: question.id,
    message,
    ...(shown !== undefined ? { default: shown } : {}),
    validate: (value) => validateAnswer(question, value, sofar, ctx, answered),
  });
  if (text.trim() === '' && question.credentials) {
    const typed = await typeCredentials(prompter, sofar, ctx, question.credentials, labelOf(question, ctx));
    return setIn(sofar, question.id, typed);
  }
  if (text.trim() === '') return setIn(sofar, question.id, undefined);
  return setIn(sofar, question.id, convert(question, text, sofar));
}

/**
 * Credentials typed instead of a file: the username and the (masked) password are kept in memory and written with
 * the plan to `<out>/credentials/<name>.yaml`, which the answers then name. Nothing is written before the plan is.
 */
export async function typeCredentials(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  what: { name: string; optional?: boolean },
  label: string,
): Promise<string | undefined> {
  if (!ctx.credentialsPath || !ctx.typedCredentials) return undefined;
  const file = ctx.credentialsPath(sofar, what.name);
  if (what.optional) {
    const needed = await prompter.confirm({
      id: `${what.name}.login`,
      message: more(ctx, 'mirrorLogin'),
      default: false,
    });
    if (!needed) return undefined;
  }
  prompter.note(`  ${more(ctx, 'typeCredentials', { file })}`);
  const oneLine = (v: string) =>
    v.trim() === '' ? say(ctx, 'required') : firstNonText(v) === undefined ? true : more(ctx, 'noLineBreaks');
  const username = await prompter.input({
    id: `${what.name}.username`,
    message: more(ctx, 'username', { what: label }),
    ...(ctx.typedCredentials.get(file) ? { default: ctx.typedCredentials.get(file)?.username } : {}),
    validate: oneLine,
  });
  const password = await prompter.password({
    id: `${what.name}.password`,
    message: more(ctx, 'password', { what: label }),
    validate: (v) =>
      v === '' ? say(ctx, 'required') : firstNonText(v) === undefined ? true : more(ctx, 'noLineBreaks'),
  });
  ctx.typedCredentials.set(file, { username: username.trim(), password });
  return file;
}

function applies(question: Question, sofar: Sofar, ctx: QuestionContext): boolean {
  return question.when ? question.when(sofar, ctx) : true;
}

/** Whether the walk asks `question` now: it applies, it is not answered or asked yet, and (if advanced) its default does not fit. */
function toAsk(question: Question, sofar: Sofar, ctx: QuestionContext, asked: ReadonlySet<string>): boolean {
  if (!applies(question, sofar, ctx)) return false;
  if (asked.has(question.id) || getIn(sofar, question.id) !== undefined) return false;
  // An advanced answer keeps its default unless the default does not fit the answers so far.
  return !(question.advanced && !question.advanced(sofar));
}

/**
 * Walks the question table in order and asks every applicable question whose answer is not known yet (prefill from
 * --answers: only missing answers are asked). `asked` collects the ids asked, so the review can offer them again.
 * After each answer the cross-field rules whose inputs are now known run; an earlier answer one of them names is
 * asked again at once, its value as the default, and the walk starts over so questions it brings in are asked.
 */
export async function askMissing(
  prompter: Prompter,
  prefill: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
): Promise<Sofar> {
  let sofar = prefill;
  const reasked = new Map<string, number>();
  // The questions this walk asked: only those may be reopened once a later answer makes them necessary.
  const walked = new Set<string>();
  for (let from = 0; ; ) {
    const index = QUESTIONS.findIndex((q, j) => j >= from && toAsk(q, sofar, ctx, asked));
    if (index >= 0) {
      const question = QUESTIONS[index] as Question;
      sofar = await askQuestion(prompter, question, sofar, ctx, asked, index);
      walked.add(question.id);
      const settled = await settleNamed(prompter, sofar, ctx, asked, index, question.id, reasked);
      from = settled === sofar ? index + 1 : 0;
      sofar = settled;
      continue;
    }
    const before = sofar;
    sofar = await askHosts(prompter, sofar, ctx, asked);
    if (sofar !== before)
      sofar = await settleNamed(prompter, sofar, ctx, asked, QUESTIONS.length, HOSTS_ID, reasked);
    reopenNeeded(prompter, sofar, ctx, asked, walked);
    // A question that came to apply after its turn (a later answer brought it in) is asked before the review.
    if (!QUESTIONS.some((q) => toAsk(q, sofar, ctx, asked))) return sofar;
    from = 0;
  }
}

/**
 * An optional answer left empty that a later answer made necessary (the Agent path's gateway once hosts have static
 * addresses) is asked again, with the reason, before the review.
 */
function reopenNeeded(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  walked: ReadonlySet<string>,
): void {
  const needed = ctx.missingFor?.(sofar) ?? [];
  for (const question of QUESTIONS) {
    if (!walked.has(question.id) || getIn(sofar, question.id) !== undefined) continue;
    const problem = needed.find((p) => concerns(p.key, question.id));
    if (!problem || !applies(question, sofar, ctx)) continue;
    prompter.note(`  ✖ ${labelOf(question, ctx)}: ${problem.message}`);
    asked.delete(question.id);
  }
}

async function askQuestion(
  prompter: Prompter,
  question: Question,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  index: number,
): Promise<Sofar> {
  if (question.id === 'secrets.sshKeyFile' && !ctx.defaultSshKeyFile && ctx.createSshKey) {
    const created = await offerSshKey(prompter, sofar, ctx);
    if (created) {
      asked.add(question.id);
      return setIn(sofar, question.id, created);
    }
  }
  const next = await askOne(prompter, question, sofar, ctx, answeredAt(sofar, asked, index));
  asked.add(question.id);
  return next;
}

/** A rule that keeps failing with the same scripted answer stops re-asking after this many rounds. */
const MAX_REASKS = 2;

/**
 * The cross-field rules whose inputs are known once question `index` (`current`) is answered: every earlier answer a
 * failing rule names is asked again with its value as the default (a host's problem asks that host again). A problem
 * of an answer still to come is left to its own prompt; one of the answer just given, to the review.
 */
async function settleNamed(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  index: number,
  current: string,
  reasked: Map<string, number>,
): Promise<Sofar> {
  const problems = ctx.problemsFor?.(sofar, answeredAt(sofar, asked, index + 1)) ?? [];
  let next = sofar;
  for (const problem of problems) {
    const target = reaskTarget(problem, next, asked);
    if (!target || target === current || concerns(problem.key, current)) continue;
    const count = reasked.get(target) ?? 0;
    if (count >= MAX_REASKS) continue;
    reasked.set(target, count + 1);
    prompter.note(`  ✖ ${problem.message}`);
    next = await reaskOne(prompter, next, ctx, asked, target);
  }
  return next === sofar ? sofar : prune(next, ctx, asked);
}

/** The answer a problem names, when it was asked (or given) already: a question id, `hosts[<i>]` or `hosts`. */
function reaskTarget(problem: Problem, sofar: Sofar, asked: ReadonlySet<string>): string | undefined {
  const host = /^hosts\[(\d+)\]/.exec(problem.key);
  if (host)
    return asked.has(HOSTS_ID) && getIn(sofar, HOSTS_ID) !== undefined ? `hosts[${host[1]}]` : undefined;
  if (problem.key === HOSTS_ID) return asked.has(HOSTS_ID) ? HOSTS_ID : undefined;
  const question =
    QUESTIONS.find((q) => concerns(problem.key, q.id)) ??
    QUESTIONS.find((q) => q.id.startsWith(`${problem.key}.`));
  if (!question) return undefined;
  return asked.has(question.id) || getIn(sofar, question.id) !== undefined ? question.id : undefined;
}

async function reaskOne(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  target: string,
): Promise<Sofar> {
  const host = /^hosts\[(\d+)\]$/.exec(target);
  if (host) return askHostAgain(prompter, sofar, ctx, Number(host[1]));
  if (target === HOSTS_ID) return askHostsAgain(prompter, sofar, ctx, asked);
  const question = QUESTIONS.find((q) => q.id === target);
  if (!question) return sofar;
  asked.add(target);
  return askOne(prompter, question, sofar, ctx);
}

/**
 * No usable public key in ~/.ssh: offer to make one (ed25519; RSA when FIPS is on, since the installer refuses ed25519
 * there — pkg/types/validation/installconfig.go), in a path the user confirms, never over an existing key.
 */
async function offerSshKey(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
): Promise<string | undefined> {
  const fips = getIn(sofar, 'fips') === true;
  prompter.note(`  ${say(ctx, 'noSshKey')}`);
  const create = await prompter.confirm({
    id: 'ssh.create',
    message: say(ctx, 'createSshKey'),
    default: true,
  });
  if (!create || !ctx.createSshKey) return undefined;
  const target = await prompter.input({
    id: 'ssh.path',
    message: say(ctx, 'sshKeyPath'),
    default: fips ? '~/.ssh/id_rsa' : '~/.ssh/id_ed25519',
    validate: (v) => (v.trim() === '' ? say(ctx, 'fileRequired') : true),
  });
  try {
    return await ctx.createSshKey(target.trim(), fips);
  } catch (error) {
    prompter.note(`  ${(error as Error).message}`);
    return undefined;
  }
}

type Host = Record<string, unknown>;

/** Whether the hosts are asked for these answers, and whether each needs its BMC. */
function hostsNeed(sofar: Sofar, ctx: QuestionContext): { ask: boolean; needsBmc: boolean } {
  const platform = getIn(sofar, 'platform');
  const topology = String(getIn(sofar, 'topology') ?? 'ha');
  const method = ctx.methodFor(sofar);
  const agent = onAgentPath(sofar);
  // Two-node fencing takes its fencing credentials from the control-plane hosts' BMCs with every method (the answers-file format).
  // The Agent path boots every host from its ISO: bare metal needs no BMC there (the boot MAC identifies a host).
  const needsBmc =
    (platform === 'baremetal' && method === 'IPI' && !agent) || topology === 'two-node-fencing';
  const onPrem = ['baremetal', 'vsphere', 'none', 'ibmz'].includes(String(platform));
  return { ask: needsBmc || (onPrem && (method === 'UPI' || agent)), needsBmc };
}

const IP_TEXT = { en: 'an IPv4 or IPv6 address', ko: 'IPv4 또는 IPv6 주소를 입력하십시오' };

/**
 * Asks one host's fields. `index` is its place in the hosts list, so that the plan's host rules (inside the machine
 * network, unique names, IPs and MACs) run at each prompt; `previous` gives the defaults when a host is asked again.
 */
async function askHost(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  hosts: Host[],
  index: number,
  label: { role: string; position: string; suggested: string },
  needsBmc: boolean,
  previous: Host = {},
): Promise<Host> {
  const ko = ctx.lang === 'ko';
  const host: Host = { ...previous, role: label.role };
  const probe = (field: string, value: unknown): string | undefined => {
    const list = [...hosts];
    list[index] = { ...host, [field]: value };
    return crossFieldProblem(`hosts[${index}].${field}`, setIn(sofar, HOSTS_ID, list), ctx, ALL_ANSWERED);
  };
  host.name = (
    await prompter.input({
      id: 'hosts[].name',
      message: ko ? `${label.position}: 이름` : `${label.position}: name`,
      default: String(previous.name ?? label.suggested),
      validate: (v) =>
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v.trim())
          ? (probe('name', v.trim()) ?? true)
          : ko
            ? 'master-0 같은 소문자 호스트 이름을 입력하십시오'
            : 'lower-case host name such as master-0',
    })
  ).trim();
  const name = String(host.name);
  const ip = await prompter.input({
    id: 'hosts[].ip',
    message: ko
      ? `${name}: IP 주소${needsBmc ? '(DHCP면 비워 두십시오)' : ''}`
      : `${name}: IP address${needsBmc ? ' (empty if DHCP)' : ''}`,
    ...(previous.ip !== undefined ? { default: String(previous.ip) } : {}),
    validate: (v) => {
      if (v.trim() === '') return true;
      if (!z.union([z.ipv4(), z.ipv6()]).safeParse(v.trim()).success) return IP_TEXT[ko ? 'ko' : 'en'];
      return probe('ip', v.trim()) ?? true;
    },
  });
  if (ip.trim()) host.ip = ip.trim();
  else delete host.ip;
  if (String(getIn(sofar, 'topology') ?? 'ha') === 'sno') {
    prompter.note(`  ${more(ctx, 'installationDiskHelp')}`);
    const disk = await prompter.input({
      id: 'hosts[].installationDisk',
      message: more(ctx, 'installationDisk', { name }),
      ...(previous.installationDisk !== undefined ? { default: String(previous.installationDisk) } : {}),
      validate: (v) => (v.trim() === '' || /^\/dev\/\S+$/.test(v.trim()) ? true : more(ctx, 'diskPath')),
    });
    if (disk.trim()) host.installationDisk = disk.trim();
    else delete host.installationDisk;
  }
  // Fencing needs only the control plane's BMCs; bare-metal IPI drives every host through its BMC.
  const topology = String(getIn(sofar, 'topology') ?? 'ha');
  const withBmc = needsBmc && (topology !== 'two-node-fencing' || label.role === 'control-plane');
  // The Agent-based installer finds each host by the MAC address of its boot NIC, with or without a BMC.
  if (withBmc || onAgentPath(sofar)) {
    host.bootMACAddress = (
      await prompter.input({
        id: 'hosts[].bootMACAddress',
        message: ko ? `${name}: 부팅 NIC의 MAC 주소` : `${name}: boot NIC MAC address`,
        ...(previous.bootMACAddress !== undefined ? { default: String(previous.bootMACAddress) } : {}),
        validate: (v) =>
          /^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/.test(v.trim())
            ? (probe('bootMACAddress', v.trim()) ?? true)
            : ko
              ? '52:54:00:00:00:10 같은 MAC 주소를 입력하십시오'
              : 'a MAC such as 52:54:00:00:00:10',
      })
    ).trim();
  }
  if (withBmc) {
    const earlier = (previous.bmc ?? (index > 0 ? hosts[index - 1]?.bmc : undefined)) as
      | { address?: string; credentialsFile?: string }
      | undefined;
    const address = await prompter.input({
      id: 'hosts[].bmc.address',
      message: ko ? `${name}: BMC 주소` : `${name}: BMC address`,
      ...(previous.bmc !== undefined && earlier?.address ? { default: earlier.address } : {}),
      validate: (v) =>
        /^[a-z0-9+-]+:\/\/\S+$/.test(v.trim()) && !v.includes('<')
          ? true
          : ko
            ? 'redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1 같은 BMC URL을 입력하십시오'
            : 'a BMC URL such as redfish-virtualmedia://10.1.0.10/redfish/v1/Systems/1',
    });
    const typedEarlier = earlier?.credentialsFile && ctx.typedCredentials?.has(earlier.credentialsFile);
    const credentialsFile = await prompter.input({
      id: 'hosts[].bmc.credentialsFile',
      message: ko
        ? `${name}: BMC 자격 증명 파일(username:과 password:가 있는 YAML, 지금 입력하려면 비워 두십시오)`
        : `${name}: BMC credentials file (YAML with username: and password:; empty to type them)`,
      ...(earlier?.credentialsFile ? { default: earlier.credentialsFile } : {}),
      validate: (v) =>
        v.trim() === ''
          ? ctx.credentialsPath
            ? true
            : say(ctx, 'fileRequired')
          : typedEarlier && v.trim() === earlier?.credentialsFile
            ? true
            : (ctx.fileProblem('hosts.bmc.credentialsFile', v.trim(), sofar) ?? true),
    });
    const bmcFile =
      credentialsFile.trim() ||
      ((await typeCredentials(prompter, sofar, ctx, { name: `bmc-${name}` }, `${name} BMC`)) ?? '');
    host.bmc = { address: address.trim(), credentialsFile: bmcFile };
  }
  return host;
}

function roleName(role: string, ctx: QuestionContext): string {
  if (ctx.lang !== 'ko') return role;
  return (
    { 'control-plane': '컨트롤 플레인', arbiter: '아비터', worker: '워커', bootstrap: '부트스트랩' }[role] ??
    role
  );
}

/**
 * Asks host `index` of the hosts list again, its earlier values as defaults: one host's mistake costs that host only.
 * The temporary bootstrap machine has only its IP.
 */
export async function askHostAgain(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  index: number,
): Promise<Sofar> {
  const hosts = [...((getIn(sofar, HOSTS_ID) as Host[] | undefined) ?? [])];
  const previous = hosts[index];
  if (!previous) return sofar;
  const { needsBmc } = hostsNeed(sofar, ctx);
  const role = String(previous.role ?? 'worker');
  const label = {
    role,
    position: `${String(previous.name ?? role)} (${roleName(role, ctx)})`,
    suggested: String(previous.name ?? role),
  };
  if (role === 'bootstrap') {
    // The Agent path has no bootstrap machine, and an emptied bootstrap IP means none: the host is dropped.
    const bootstrap = onAgentPath(sofar)
      ? undefined
      : await askBootstrapAgain(prompter, sofar, ctx, hosts, index, previous);
    if (bootstrap) hosts[index] = bootstrap;
    else hosts.splice(index, 1);
    return setIn(sofar, HOSTS_ID, hosts);
  }
  hosts[index] = await askHost(prompter, sofar, ctx, hosts, index, label, needsBmc, previous);
  return setIn(sofar, HOSTS_ID, hosts);
}

/** The Agent-based installer boots every host from one ISO: the rendezvous host bootstraps, no bootstrap machine. */
function onAgentPath(sofar: Sofar): boolean {
  return getIn(sofar, 'installMethod') === 'agent';
}

async function askBootstrapAgain(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  hosts: Host[],
  index: number,
  previous: Host,
): Promise<Host | undefined> {
  const ip = await prompter.input({
    id: 'hosts[].bootstrap-ip',
    message: say(ctx, 'bootstrapIp'),
    ...(previous.ip !== undefined ? { default: String(previous.ip) } : {}),
    validate: (v) => bootstrapIpProblem(v, sofar, ctx, hosts, index),
  });
  return ip.trim() ? { ...previous, ip: ip.trim() } : undefined;
}

function bootstrapIpProblem(
  v: string,
  sofar: Sofar,
  ctx: QuestionContext,
  hosts: Host[],
  index: number,
): true | string {
  if (v.trim() === '') return true;
  if (!z.union([z.ipv4(), z.ipv6()]).safeParse(v.trim()).success)
    return IP_TEXT[ctx.lang === 'ko' ? 'ko' : 'en'];
  const list = [...hosts];
  list[index] = { role: 'bootstrap', name: 'bootstrap', ip: v.trim() };
  return crossFieldProblem(`hosts[${index}].ip`, setIn(sofar, HOSTS_ID, list), ctx) ?? true;
}

/** Bare-metal IPI needs every host with its BMC (the installer's survey adds hosts one by one); others may list nodes. */
async function askHosts(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  previousHosts: Host[] = [],
): Promise<Sofar> {
  if (asked.has(HOSTS_ID) || getIn(sofar, HOSTS_ID) !== undefined) return sofar;
  const platform = getIn(sofar, 'platform');
  const topology = String(getIn(sofar, 'topology') ?? 'ha') as Topology;
  const { ask, needsBmc } = hostsNeed(sofar, ctx);
  if (!ask) return sofar;
  asked.add(HOSTS_ID);
  if (!needsBmc && topology === 'sno') {
    prompter.note(`  ${more(ctx, 'snoHost')}`);
  } else if (!needsBmc) {
    prompter.note(`  ${say(ctx, 'hostsWhy')}`);
    const known = await prompter.confirm({
      id: 'hosts.known',
      message: say(ctx, 'hostsKnown'),
      default: previousHosts.length > 0,
    });
    if (!known) return sofar;
  } else if (platform === 'baremetal' && ctx.methodFor(sofar) === 'IPI') {
    prompter.note(`  ${say(ctx, 'hostsBmc')}`);
  } else {
    prompter.note(`  ${say(ctx, 'hostsFencing')}`);
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
  const earlier = previousHosts.filter((h) => h.role !== 'bootstrap');
  const hosts: Host[] = [];
  const total = roles.length;
  const prefix = { 'control-plane': 'master', arbiter: 'arbiter', worker: 'worker' } as const;
  for (let i = 0; i < total; i++) {
    const role = roles[i] ?? 'worker';
    const index = roles.slice(0, i).filter((r) => r === role).length;
    const position =
      ctx.lang === 'ko'
        ? `호스트 ${i + 1}/${total}(${roleName(role, ctx)})`
        : `Host ${i + 1} of ${total} (${role})`;
    const previous = earlier.filter((h) => h.role === role)[index];
    hosts[i] = await askHost(
      prompter,
      sofar,
      ctx,
      hosts,
      i,
      { role, position, suggested: `${prefix[role]}-${index}` },
      needsBmc,
      previous,
    );
  }
  // UPI: the temporary bootstrap machine needs DNS, DHCP and load-balancer entries too (the Agent path has none).
  if (!needsBmc && topology !== 'sno' && !onAgentPath(sofar)) {
    const before = previousHosts.find((h) => h.role === 'bootstrap');
    const ip = await prompter.input({
      id: 'hosts[].bootstrap-ip',
      message: say(ctx, 'bootstrapIp'),
      ...(before?.ip !== undefined ? { default: String(before.ip) } : {}),
      validate: (v) => bootstrapIpProblem(v, sofar, ctx, hosts, hosts.length),
    });
    if (ip.trim()) hosts.unshift({ role: 'bootstrap', name: 'bootstrap', ip: ip.trim() });
  }
  return setIn(sofar, HOSTS_ID, hosts);
}

/** Asks the whole hosts list again (its count no longer fits), the earlier hosts as defaults. */
export async function askHostsAgain(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
): Promise<Sofar> {
  const previous = (getIn(sofar, HOSTS_ID) as Host[] | undefined) ?? [];
  asked.delete(HOSTS_ID);
  return askHosts(prompter, setIn(sofar, HOSTS_ID, undefined), ctx, asked, previous);
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
    const changeable = QUESTIONS.filter((q) => applies(q, current, ctx));
    prompter.note(`\n${say(ctx, 'reviewTitle')}\n${reviewText(current, changeable, ctx)}`);
    const hosts = getIn(current, HOSTS_ID) as Host[] | undefined;
    const choice = await prompter.search<string>({
      id: 'review',
      message: more(ctx, 'reviewFilter'),
      choices: [
        { value: WRITE, name: say(ctx, 'looksGood') },
        ...changeable.map((q) => ({
          value: q.id,
          name: `${say(ctx, 'change')} ${labelOf(q, ctx)} (${show(getIn(current, q.id), q, ctx)})`,
        })),
        ...(hosts !== undefined ? [{ value: HOSTS_ID, name: say(ctx, 'hostsAgain') }] : []),
      ],
    });
    if (choice === WRITE) return current;
    current = await changeAnswer(prompter, current, ctx, asked, choice);
  }
}

/**
 * The answers as the questions were asked: one block per section, each answer by its label, in question order; a
 * typed password never appears (only the file it goes to).
 */
export function reviewText(sofar: Sofar, questions: readonly Question[], ctx: QuestionContext): string {
  const lang = ctx.lang === 'ko' ? 'ko' : 'en';
  const lines: string[] = [];
  let section: Question['section'] | undefined;
  const width = Math.max(...questions.map((q) => displayWidth(labelOf(q, ctx))), 0);
  for (const question of questions) {
    const value = getIn(sofar, question.id);
    if (value === undefined) continue;
    if (question.section !== section) {
      section = question.section;
      lines.push(`  ${SECTION_TITLES[section][lang]}`);
    }
    const label = labelOf(question, ctx);
    lines.push(
      `    ${label}${' '.repeat(Math.max(1, width - displayWidth(label) + 2))}${show(value, question, ctx)}`,
    );
  }
  const hosts = (getIn(sofar, HOSTS_ID) as Host[] | undefined) ?? [];
  if (hosts.length > 0) {
    lines.push(`  ${more(ctx, 'hostsLabel')}`);
    for (const host of hosts) {
      const parts = [host.ip, host.bootMACAddress, host.installationDisk].filter((p) => p !== undefined);
      lines.push(
        `    ${String(host.name)} (${roleName(String(host.role), ctx)})  ${parts.join('  ')}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}

/** Columns a label takes in a terminal: Hangul and other wide characters count twice. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Changes one answer (from the review screen or a finding), drops the answers that no longer apply and asks those
 * that now do.
 */
export async function changeAnswer(
  prompter: Prompter,
  sofar: Sofar,
  ctx: QuestionContext,
  asked: Set<string>,
  id: string,
): Promise<Sofar> {
  let current = sofar;
  if (id === HOSTS_ID) {
    current = await askHostsAgain(prompter, current, ctx, asked);
  } else {
    const question = QUESTIONS.find((q) => q.id === id);
    if (!question) return current;
    const before = getIn(current, id);
    current = await askOne(prompter, question, current, ctx);
    asked.add(id);
    // Another platform: its ownership defaults, VIPs and hosts differ, so they are asked afresh.
    if (id === 'platform' && getIn(current, id) !== before) {
      for (const key of ['ownership', 'vips', HOSTS_ID, 'requirements'])
        current = setIn(current, key, undefined);
      for (const known of [...asked]) {
        if (['ownership.', 'vips.', 'requirements.'].some((p) => known.startsWith(p)) || known === HOSTS_ID) {
          asked.delete(known);
        }
      }
    }
  }
  current = prune(current, ctx, asked);
  return askMissing(prompter, current, ctx, asked);
}

/** Answers that only make sense in a context another answer sets: the platform blocks, proxy, mirror, workers, VIPs. */
const CONTEXTUAL = new Set([
  'aws',
  'azure',
  'gcp',
  'vsphere',
  'nutanix',
  'openstack',
  'ibmcloud',
  'powervs',
  'powervc',
  'external',
  'agent',
  'proxy',
  'mirror',
  'publish',
  'computeReplicas',
  'controlPlaneReplicas',
  'installMethod',
  'architecture',
  'vips',
]);

/**
 * Drops answers that a change on the review screen made meaningless (a vSphere block after switching to AWS, a proxy
 * after going connected, workers after choosing compact, VIPs without VIPs on a platform without them). Other answers
 * are never dropped: nothing the user gave is lost. A dropped answer leaves `asked`, so it is asked if it applies again.
 */
export function prune(sofar: Sofar, ctx: QuestionContext, asked?: Set<string>): Sofar {
  let current = sofar;
  for (const question of QUESTIONS) {
    const contextual = CONTEXTUAL.has(question.id.split('.')[0] ?? '');
    if (contextual && !applies(question, current, ctx)) {
      asked?.delete(question.id);
      const dropped = getIn(current, question.id);
      if (dropped === undefined) continue;
      // Credentials typed for a dropped answer (the vCenter login after leaving vSphere) are not written either.
      if (question.credentials) ctx.typedCredentials?.delete(String(dropped));
      current = setIn(current, question.id, undefined);
      const parent = question.id.split('.').slice(0, -1).join('.');
      if (parent && Object.keys((getIn(current, parent) as object | undefined) ?? {}).length === 0) {
        current = setIn(current, parent, undefined);
      }
    }
  }
  return current;
}

function show(value: unknown, question: Question, ctx: QuestionContext): string {
  if (value === undefined) return say(ctx, 'notSet');
  if (typeof value === 'boolean') return more(ctx, value ? 'yes' : 'no');
  if (question.credentials && ctx.typedCredentials?.has(String(value)))
    return more(ctx, 'typedCredentials', { file: String(value) });
  const names = choiceNames(question, question.choices?.({}) ?? [], ctx);
  const chosen = names.find((c) => c.value === value);
  if (chosen && question.kind === 'select' && ctx.lang === 'ko') return chosen.name;
  return asText(question, value);
}
