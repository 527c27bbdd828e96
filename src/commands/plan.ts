import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { askFirstQuestion } from '../answers/first-question.js';
import { InvalidDataError, UsageError } from '../errors.js';
import { say } from '../i18n/text.js';
import { outDirProblem } from '../io/out-dir.js';
import type { Lang } from '../types.js';
import type { CommandContext } from './context.js';
import { PLAN_MESSAGES } from './plan-messages.js';
import type { ResolvedAnswers } from './resolve-answers.js';

export interface PlanOptions {
  answers?: string;
  scenario?: string;
  out?: string;
  force?: boolean;
  json?: boolean;
  /** Compare with the plan folder instead of writing it (CI snapshot mode). */
  check?: boolean;
}

/** `ocp-planner plan`: answers → recommendation → install-config → checklist → the plan folder (the plan-folder format). */
export async function planCommand(options: PlanOptions, ctx: CommandContext): Promise<number> {
  // A mistyped --out is refused before anything is asked or rendered.
  if (options.out !== undefined) outDirProblem(options.out, ctx.lang);
  const writes = options.check !== true && options.force !== true;
  // A folder that already holds files is refused before the first question, so no answer is typed in vain.
  if (writes && options.out !== undefined) {
    const held = heldFolderProblem(path.resolve(ctx.cwd, options.out), ctx.lang);
    if (held) throw new UsageError(held);
  }
  const load = () => import('./plan-stages.js');
  let loading: ReturnType<typeof load> | undefined;
  let prefill: Record<string, unknown> | undefined;
  if (!options.answers && !options.scenario && ctx.interactive && ctx.prompter) {
    // The full wizard: ask the first question at once and load the planner while the user reads it.
    prefill = await askFirstQuestion(
      ctx.prompter,
      () => {
        // Loading the planner takes tens of milliseconds of one thread; queued after the prompt's first render (which
        // the prompt has already queued), so the question is on screen before the load starts.
        loading = new Promise((resolve, reject) => setImmediate(() => load().then(resolve, reject)));
      },
      ctx.lang,
    );
  }
  const { loadAnswersSource, resolveAnswers } = await (loading ?? load());
  const source = loadAnswersSource(options, ctx.cwd, ctx.packageRoot, ctx.lang);
  if (prefill) source.raw = prefill;
  const wizard = ctx.interactive && ctx.prompter !== undefined && options.check !== true;
  // Credentials typed in the wizard stay in memory until the plan folder is written, then go to credentials/.
  const typedCredentials = new Map<string, { username: string; password: string }>();
  const outDirFor = (sofar: Record<string, unknown>) =>
    path.resolve(ctx.cwd, options.out ?? `${String(sofar.clusterName ?? 'cluster')}-plan`);
  const { plan, inputs, warnings } = await resolveAnswers(source, ctx, {
    tolerateMissingSecrets: options.check === true,
    ...(wizard ? { outDirFor, typedCredentials } : {}),
    ...(wizard
      ? {
          // The would-be plan is rendered and validated before the wizard lets the answers go.
          finalCheck: async (resolved: ResolvedAnswers) => {
            const stages = await (loading ?? load());
            const lang = ctx.langFlag ?? resolved.plan.lang ?? ctx.lang;
            await stages.loadCatalog(lang);
            const outDir = path.resolve(ctx.cwd, options.out ?? `${resolved.plan.clusterName}-plan`);
            const rendered = stages.renderPlan({ ...resolved.plan, lang }, resolved.inputs, lang, outDir);
            return rendered.valid ? [] : stages.problemsOfFindings(rendered.findings, resolved.answers);
          },
        }
      : {}),
    ...(writes && options.out === undefined
      ? {
          // Without --out the folder is named after the cluster: checked when the name is typed.
          outFolderProblem: (sofar: Record<string, unknown>) =>
            typeof sofar.clusterName === 'string'
              ? heldFolderProblem(path.resolve(ctx.cwd, `${sofar.clusterName}-plan`), ctx.lang)
              : undefined,
        }
      : {}),
  });
  for (const warning of warnings) ctx.stderr(`${warning}\n`);
  // Rendering is loaded only once the answers are complete, so the wizard's first question appears sooner.
  const {
    renderPlan,
    formatFindingsHuman,
    comparePlanFolder,
    writePlanFolder,
    renderRecommendationText,
    loadCatalog,
    loadValidateMessages,
    checkRenderedSizes,
    planSecrets,
    keepCreatedSshKeys,
  } = await (loading ?? load());
  // The files' language: --lang, else the one the answers record (answers.yaml does), else LANG. --check compares
  // with what the answers render, so there the recorded language comes first.
  const lang = options.check
    ? (plan.lang ?? ctx.langFlag ?? ctx.lang)
    : (ctx.langFlag ?? plan.lang ?? ctx.lang);
  plan.lang = lang;
  await loadCatalog(lang);
  // Findings are printed in the language of the messages, which --lang or LANG chose.
  await loadValidateMessages(ctx.lang);
  const outDir = path.resolve(ctx.cwd, options.out ?? `${plan.clusterName}-plan`);
  const output = renderPlan(plan, inputs, lang, outDir);
  if (output.agentConfig !== undefined) {
    // The installer runs nmstatectl gc on every host's NMState; so does plan, when nmstatectl is installed.
    const refused = await nmstatectlCheck(output.agentConfig, ctx);
    if (refused.length > 0) {
      output.findings.push(...refused);
      output.valid = false;
    }
  }
  // Findings name their file when the plan has two (agent-config.yaml on the Agent-based path).
  const files = [...new Set(output.findings.map((f) => f.file ?? 'install-config.yaml'))];
  const findingsText = files
    .map((file) => {
      const findings = output.findings.filter((f) => (f.file ?? 'install-config.yaml') === file);
      const valid = !findings.some((f) => f.severity === 'error');
      return formatFindingsHuman(file, { findings, valid }, ctx.color, ctx.lang);
    })
    .join('');
  if (!output.valid) {
    ctx.stderr(findingsText);
    throw new InvalidDataError(say(PLAN_MESSAGES.renderedInvalid, ctx.lang));
  }
  checkRenderedSizes(output.artifacts, ctx.lang);
  if (options.check) {
    const diffs = comparePlanFolder(outDir, output.artifacts, planSecrets(inputs), ctx.lang);
    const relative = shown(ctx.cwd, outDir);
    if (diffs.length === 0) {
      ctx.stderr(`${say(PLAN_MESSAGES.upToDate, ctx.lang, { dir: relative })}\n`);
      return 0;
    }
    ctx.stdout(diffs.join(''));
    const differs = diffs.length > 1 ? PLAN_MESSAGES.differsMany : PLAN_MESSAGES.differsOne;
    ctx.stderr(`${say(differs, ctx.lang, { dir: relative, count: diffs.length })}\n`);
    return 1;
  }
  const credentialFiles = [...typedCredentials]
    .filter(([file]) => path.dirname(file) === path.join(outDir, 'credentials'))
    .map(([file, { username, password }]) => ({
      path: `credentials/${path.basename(file)}`,
      // JSON strings are YAML double-quoted scalars: the password reads back exactly as typed.
      content: `username: ${JSON.stringify(username)}\npassword: ${JSON.stringify(password)}\n`,
      mode: 0o600,
    }));
  // answers.yaml comes last, so the credentials it names are written before it.
  const artifacts = [...credentialFiles, ...output.artifacts];
  const written = writePlanFolder(outDir, artifacts, {
    force: options.force === true,
    lang: ctx.lang,
  });
  for (const warning of written.warnings) ctx.stderr(`${warning}\n`);
  keepCreatedSshKeys();
  if (options.json) ctx.stdout(output.artifacts.find((a) => a.path === 'plan.json')?.content ?? '');
  ctx.stderr(`${renderRecommendationText(output.recommendation, lang)}\n`);
  if (findingsText) ctx.stderr(findingsText);
  const relative = shown(ctx.cwd, outDir);
  const paths = output.artifacts.map((a) => a.path).join(', ');
  ctx.stderr(
    `${say(PLAN_MESSAGES.written, ctx.lang, { dir: relative, files: paths })}\n` +
      `${say(PLAN_MESSAGES.next, ctx.lang, { dir: relative })}\n`,
  );
  return 0;
}

async function nmstatectlCheck(agentConfig: string, ctx: CommandContext) {
  const [{ tmpdir }, { nmstatectlFindings, parseYaml }, { createProcessRunner }] = await Promise.all([
    import('node:os'),
    import('./plan-stages.js'),
    import('../tools/process-runner.js'),
  ]);
  const result = await nmstatectlFindings(createProcessRunner(ctx.env), parseYaml(agentConfig), {
    tmpRoot: tmpdir(),
    lang: ctx.lang,
  });
  return result.findings;
}

/** Why a plan cannot be written to `dir` without --force (it holds files, or is not a folder), if so. */
function heldFolderProblem(dir: string, lang: Lang): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) {
    return lang === 'ko'
      ? `${dir}은(는) 폴더가 아닌 다른 것으로 이미 있습니다. 다른 --out을 고르십시오.`
      : `${dir} exists and is not a folder; choose another --out.`;
  }
  const names = readdirSync(dir);
  if (names.length === 0) return undefined;
  const listed = `${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}`;
  return lang === 'ko'
    ? `${dir}에 이미 파일이 있습니다(${listed}). 계획 파일을 덮어쓰려면 --force를 주거나 다른 --out을 고르십시오.`
    : `${dir} already holds files (${listed}). Use --force to overwrite the plan files, or choose another --out.`;
}

/** A folder as the user would type it: relative below the working directory, absolute elsewhere. */
export function shown(cwd: string, dir: string): string {
  const relative = path.relative(cwd, dir);
  if (relative === '') return '.';
  // From the file-system root a relative path would lose its leading slash: show the absolute one.
  const atRoot = path.dirname(cwd) === cwd;
  return atRoot || relative.startsWith('..') ? dir : relative;
}
