import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getIn } from '../answers/dotted.js';
import { formatProblems, localised, type Problem, problemsFromZod } from '../answers/problems.js';
import { askHostAgain, askHostsAgain, askMissing, changeAnswer, review } from '../answers/questionnaire.js';
import { QUESTIONS, type QuestionContext, type Sofar } from '../answers/questions.js';
import { type Answers, AnswersSchema } from '../answers/schema.js';
import { say } from '../answers/wizard-text.js';
import { MORE_TEXT } from '../answers/wizard-text-more.js';
import { InvalidDataError, UsageError } from '../errors.js';
import { say as say2 } from '../i18n/text.js';
import { readInputs, referencedFileProblem } from '../io/read-inputs.js';
import { buildPlan, resolvePath } from '../plan/build.js';
import { checkAnswered, checkPlan } from '../plan/check.js';
import { infrastructureMethod, installChoiceOf, isAgentPath } from '../plan/install-path.js';
import { missingBaseKeys, missingForMethod } from '../plan/required.js';
import { missingForAgent } from '../plan/required-agent.js';
import { registerCleanup } from '../signals.js';
import type { Inputs, Method, Plan } from '../types.js';
import { findNonText } from '../util/control-characters.js';
import { type AnswersSource, sourceName } from './answers-source.js';
import type { CommandContext } from './context.js';
import { RESOLVE_MESSAGES as M } from './resolve-messages.js';

export interface ResolvedAnswers {
  answers: Answers;
  plan: Plan;
  method: Method;
  inputs: Inputs;
  /** Said on stderr, never fatal: secret files other users can read. */
  warnings: string[];
}

/** Parses with the answers schema; problems name the key and the fix. */
function parseAnswers(raw: Sofar): { answers?: Answers; problems: Problem[] } {
  const result = AnswersSchema.safeParse(raw);
  if (result.success) return { answers: result.data as Answers, problems: [] };
  return { problems: problemsFromZod(result.error) };
}

/** Every problem of the answers in dependency order: field rules, then missing keys, then cross-field, then files. */
interface Assessment {
  invalid: Problem[];
  missing: Problem[];
  /** Every invalid answer is a file that exists but cannot be read: a usage error (exit 2), not invalid data. */
  unreadable?: boolean;
  resolved?: ResolvedAnswers;
}

/** Free-text keys that may hold several lines (the rest must be one line of text). */
const MULTI_LINE_KEYS = new Set(['description']);

/** Secret files may be absent where only the non-secret files of a plan are compared (`plan --check` in CI). */
export interface ResolveOptions {
  tolerateMissingSecrets?: boolean;
  /**
   * Only the recommendation is wanted: it rests on the answers alone, so platform details the install-config needs
   * (vCenter inventory, VIPs, hosts) and the referenced files are neither required nor read.
   */
  recommendationOnly?: boolean;
  /**
   * Runs on complete answers before the wizard lets them go (the rendered install-config's checks); the problems it
   * returns are keyed by answer, so the wizard re-asks those answers instead of failing after the questions.
   */
  finalCheck?: (resolved: ResolvedAnswers) => Promise<Problem[]>;
  /** Why the plan folder these answers lead to cannot be written, checked as soon as the cluster name is known. */
  outFolderProblem?: (sofar: Sofar) => string | undefined;
  /** The plan folder the answers lead to: typed credentials go to its credentials/ folder. */
  outDirFor?: (sofar: Sofar) => string;
  /** Credentials typed in the wizard, by the file they are written to with the plan. */
  typedCredentials?: Map<string, { username: string; password: string }>;
}

const SECRET_FILE_KEY =
  /^(secrets\.(pullSecretFile|sshKeyFile)|[a-z]+\.credentialsFile|hosts\[\d+\]\.bmc\.credentialsFile)$/;

function assess(
  raw: Sofar,
  source: AnswersSource,
  ctx: CommandContext,
  options: ResolveOptions = {},
): Assessment {
  // Typed answers too: a terminal escape pasted into the wizard must not reach a file or a command.
  const nonText = findNonText(raw, MULTI_LINE_KEYS);
  if (nonText.length > 0) {
    return {
      invalid: nonText.map((found) => ({
        key: found.key,
        message: `holds a control or invisible character (${found.char}); type plain text`,
        ko: `제어 문자나 보이지 않는 문자(${found.char})가 있습니다. 일반 텍스트로 입력하십시오`,
      })),
      missing: [],
    };
  }
  const { answers, problems } = parseAnswers(raw);
  if (!answers) return { invalid: problems, missing: [] };
  const base = missingBaseKeys(answers);
  if (base.length > 0)
    return {
      invalid: [],
      missing: base.map((key) => ({ key, message: 'is required', ko: '필수 항목입니다' })),
    };
  const plan = buildPlan(answers, { baseDir: source.baseDir, home: ctx.home });
  const crossField = checkPlan(plan, answers);
  if (crossField.length > 0) return { invalid: crossField, missing: [] };
  // The path the plan renders (installMethod, else the recommendation) decides what the answers must hold.
  const choice = installChoiceOf(plan);
  const method = infrastructureMethod(plan, choice);
  if (options.recommendationOnly)
    return {
      invalid: [],
      missing: [],
      resolved: { answers, plan, method, inputs: { credentials: {} }, warnings: [] },
    };
  const missing = isAgentPath(choice) ? missingForAgent(plan) : missingForMethod(plan, method);
  if (missing.length > 0) return { invalid: [], missing };
  const read = readInputs(plan, ctx.lang, options.typedCredentials);
  const { inputs } = read;
  const fileProblems = options.tolerateMissingSecrets
    ? read.problems.filter((p) => !(SECRET_FILE_KEY.test(p.key) && p.message.endsWith('does not exist')))
    : read.problems;
  if (fileProblems.length > 0) {
    const unreadable = fileProblems.every((p) => read.unreadable.includes(p.key));
    return { invalid: fileProblems, missing: [], unreadable };
  }
  // The bundled scenarios' secret files are fakes shipped with the package: their modes are not the user's concern.
  const warnings = source.bundled ? [] : read.warnings;
  return { invalid: [], missing: [], resolved: { answers, plan, method, inputs, warnings } };
}

/** The question context the wizard needs, wired to the real recommendation and file checks. */
export function questionContext(
  source: AnswersSource,
  ctx: CommandContext,
  options: ResolveOptions = {},
): QuestionContext {
  return {
    lang: ctx.lang,
    problemsFor(sofar, answered) {
      return crossFieldProblems(sofar, source, ctx, answered);
    },
    ...(options.outFolderProblem ? { outFolderProblem: options.outFolderProblem } : {}),
    missingFor(sofar) {
      return localised(missingProblems(sofar, source, ctx), ctx.lang);
    },
    methodFor(sofar) {
      const { answers } = parseAnswers(sofar);
      if (!answers || missingBaseKeys(answers).length > 0) return undefined;
      try {
        const plan = buildPlan(answers, { baseDir: source.baseDir, home: ctx.home });
        return infrastructureMethod(plan, installChoiceOf(plan));
      } catch {
        return undefined;
      }
    },
    fileProblem(key, file, sofar) {
      const absolute = resolvePath(file, { baseDir: source.baseDir, home: ctx.home });
      if (options.typedCredentials?.has(absolute)) return undefined;
      return referencedFileProblem(key, absolute, getIn(sofar, 'fips') === true, ctx.lang);
    },
    ...(options.outDirFor && options.typedCredentials
      ? {
          typedCredentials: options.typedCredentials,
          credentialsPath: (sofar: Sofar, name: string) =>
            path.join(options.outDirFor?.(sofar) ?? ctx.cwd, 'credentials', `${name}.yaml`),
        }
      : {}),
    ...defaultSshKey(ctx.home),
    async createSshKey(privatePath, fips) {
      const [{ createSshKey }, { createProcessRunner }] = await Promise.all([
        import('../tools/ssh-keygen.js'),
        import('../tools/process-runner.js'),
      ]);
      const absolute = resolvePath(privatePath, { baseDir: ctx.cwd, home: ctx.home });
      const created = await createSshKey(createProcessRunner(ctx.env), absolute, { fips });
      const lang = ctx.lang === 'ko' ? 'ko' : 'en';
      noteToUser(ctx, `  ${say2(MORE_TEXT.sshKeyCreated, lang, { file: created, private: absolute })}`);
      forgetKeyOnCancel(absolute, created, lang);
      return created;
    },
  };
}

/**
 * Keys this run created are removed again if the run ends without writing the plan (Ctrl-C, an error). The flag lives
 * on globalThis: plan.ts and this module are bundled apart, each with its own copy of module state.
 */
const KEEP_KEYS = Symbol.for('ocp-planner.keep-created-keys');
const keys = globalThis as { [KEEP_KEYS]?: boolean };

/** The plan was written and names the key: it stays. */
export function keepCreatedSshKeys(): void {
  keys[KEEP_KEYS] = true;
}

function forgetKeyOnCancel(privatePath: string, publicPath: string, lang: 'en' | 'ko'): void {
  keys[KEEP_KEYS] = false;
  registerCleanup(() => {
    if (keys[KEEP_KEYS]) return;
    rmSync(privatePath, { force: true });
    rmSync(publicPath, { force: true });
    process.stderr.write(
      `\n${say2(MORE_TEXT.sshKeyRemoved, lang, { file: publicPath, private: privatePath })}\n`,
    );
  });
}

/**
 * The cross-field problems of partial answers: the rules whose inputs are all answered (every rule without
 * `answered`), with defaults for what is not asked yet. Empty while the answers cannot make a plan (the base keys
 * are not known yet).
 */
function crossFieldProblems(
  sofar: Sofar,
  source: AnswersSource,
  ctx: CommandContext,
  answered?: ReadonlySet<string>,
): Problem[] {
  const { answers, problems } = parseAnswers(sofar);
  if (!answers) return problems;
  if (missingBaseKeys(answers).length > 0) return [];
  try {
    const plan = buildPlan(answers, { baseDir: source.baseDir, home: ctx.home });
    const problems = answered ? checkAnswered(plan, answers, answered) : checkPlan(plan, answers);
    return localised(problems, ctx.lang);
  } catch {
    return [];
  }
}

/** The keys the plan needs that these answers lack (empty while the base keys are not known yet). */
function missingProblems(sofar: Sofar, source: AnswersSource, ctx: CommandContext): Problem[] {
  const { answers } = parseAnswers(sofar);
  if (!answers || missingBaseKeys(answers).length > 0) return [];
  try {
    const plan = buildPlan(answers, { baseDir: source.baseDir, home: ctx.home });
    const choice = installChoiceOf(plan);
    return isAgentPath(choice)
      ? missingForAgent(plan)
      : missingForMethod(plan, infrastructureMethod(plan, choice));
  } catch {
    return [];
  }
}

function noteToUser(ctx: CommandContext, text: string): void {
  ctx.prompter?.note(text);
}

function defaultSshKey(home: string): { defaultSshKeyFile?: string } {
  try {
    const names = readdirSync(path.join(home, '.ssh'));
    const preferred = ['id_ed25519.pub', 'id_ecdsa.pub', 'id_rsa.pub'].find((n) => names.includes(n));
    return preferred ? { defaultSshKeyFile: `~/.ssh/${preferred}` } : {};
  } catch {
    return {};
  }
}

/**
 * Answers from a file, a scenario or the wizard → a checked plan with its inputs. Without a terminal, missing answers
 * are a usage error naming every missing key (exit 2) and invalid ones a data error (exit 1). In a terminal, the
 * wizard asks what is missing or wrong, then shows the review screen before anything is written.
 */
export async function resolveAnswers(
  source: AnswersSource,
  ctx: CommandContext,
  options: ResolveOptions = {},
): Promise<ResolvedAnswers> {
  const first = assess(source.raw, source, ctx, options);
  if (first.resolved && (source.origin.kind !== 'wizard' || !ctx.prompter)) return first.resolved;
  if (!ctx.interactive || !ctx.prompter) {
    // Without a terminal the problems are the whole answer: in the user's language, framing sentences included.
    const lang = ctx.lang;
    const named = { source: sourceName(source.origin, lang) };
    const listed = (problems: readonly Problem[]) => formatProblems(localised(problems, lang), lang);
    if (first.invalid.length > 0 && first.unreadable) {
      throw new UsageError(`${say2(M.unreadable, lang, named)}\n${listed(first.invalid)}`);
    }
    if (first.invalid.length > 0) {
      throw new InvalidDataError(
        `${say2(M.invalid, lang, named)}\n${listed(first.invalid)}`,
        first.invalid.map((p) => p.key),
      );
    }
    const missing = first.missing.map((p) => p.key);
    const opening = source.origin.kind === 'wizard' ? say2(M.none, lang) : say2(M.missing, lang, named);
    throw new UsageError(
      `${opening}\n${listed(first.missing)}\n${say2(M.addKeys, lang, { keys: missing.join(', ') })}`,
    );
  }
  const prompter = ctx.prompter;
  const qctx = questionContext(source, ctx, options);
  const fullWizard = source.origin.kind === 'wizard';
  // With an answers file, only what is missing or wrong is asked; every other question counts as answered.
  const asked = new Set<string>(fullWizard ? [] : [...QUESTIONS.map((q) => q.id), 'hosts']);
  let sofar: Sofar = source.raw;
  let askedSomething = false;
  // The wizard never gives up on answers it holds: each round asks, checks, and re-asks what a rule names.
  for (;;) {
    if (fullWizard) sofar = await askMissing(prompter, sofar, qctx, asked);
    const state = assess(sofar, source, ctx, options);
    let problems = localised([...state.invalid, ...state.missing], ctx.lang);
    if (problems.length === 0) {
      if (!fullWizard && !askedSomething && state.resolved) return state.resolved;
      sofar = await review(prompter, sofar, qctx, asked);
      const final = assess(sofar, source, ctx, options);
      if (!final.resolved) continue;
      const late = options.finalCheck ? await options.finalCheck(final.resolved) : [];
      if (late.length === 0) return final.resolved;
      problems = late;
    }
    prompter.note(`\n${say(qctx, 'attention')}\n${formatProblems(problems)}`);
    const before = sofar;
    sofar = await reask(prompter, sofar, qctx, asked, problems);
    askedSomething = true;
    if (sofar === before && !fullWizard) {
      // Field errors in a file that no question covers cannot be fixed by asking: the file itself must change.
      throw new InvalidDataError(
        `${say2(M.invalid, ctx.lang, { source: sourceName(source.origin, ctx.lang) })}\n${formatProblems(problems, ctx.lang)}`,
        problems.map((p) => p.key),
      );
    }
    if (sofar === before) {
      // Nothing asks for these keys: the review screen lets the user change what they rest on.
      prompter.note(`  ${say(qctx, 'noQuestion')}`);
      sofar = await review(prompter, sofar, qctx, asked);
    }
  }
}

/** Re-asks exactly the answers the problems name, each with its earlier value as the default; a host's problem re-asks that host. */
async function reask(
  prompter: NonNullable<CommandContext['prompter']>,
  sofar: Sofar,
  qctx: QuestionContext,
  asked: Set<string>,
  problems: Problem[],
): Promise<Sofar> {
  let current = sofar;
  const done = new Set<string>();
  for (const problem of problems) {
    const host = /^hosts\[(\d+)\]/.exec(problem.key);
    if (host) {
      const index = Number(host[1]);
      if (done.has(`hosts[${index}]`)) continue;
      done.add(`hosts[${index}]`);
      current = await askHostAgain(prompter, current, qctx, index);
      continue;
    }
    if (problem.key === 'hosts') {
      if (done.has('hosts')) continue;
      done.add('hosts');
      current = await askHostsAgain(prompter, current, qctx, asked);
      continue;
    }
    const question = questionFor(problem.key);
    if (!question || done.has(question.id)) continue;
    done.add(question.id);
    current = await changeAnswer(prompter, current, qctx, asked, question.id);
  }
  return current;
}

/** The question that fills a problem's key (`vips.api[0]` → vips.api, `proxy` → the proxy URL). */
function questionFor(key: string) {
  const exact = QUESTIONS.find(
    (q) => key === q.id || key.startsWith(`${q.id}[`) || key.startsWith(`${q.id}.`),
  );
  if (exact) return exact;
  // A block's key (`proxy`, `vips`, `mirror`): its first question.
  return QUESTIONS.find((q) => q.id.startsWith(`${key}.`));
}
