import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import { AGENT_CONFIG_ANSWERS, INSTALL_CONFIG_ANSWERS } from '../knowledge/install-config-answers.js';
import type { Finding } from '../types.js';

/** The answers index of the n-th rendered host: the rendered lists leave out the temporary bootstrap machine. */
function answersHostIndex(answers: Answers, rendered: number): number | undefined {
  let seen = -1;
  const hosts = answers.hosts ?? [];
  for (let i = 0; i < hosts.length; i++) {
    if (hosts[i]?.role === 'bootstrap') continue;
    seen++;
    if (seen === rendered) return i;
  }
  return undefined;
}

/**
 * The answer a finding's field comes from (the table in knowledge/install-config-answers.ts), or undefined when no
 * answer maps to it; the wizard then shows the finding on the review screen.
 */
export function answerKeyOf(finding: Finding, answers: Answers): string | undefined {
  const agent = finding.file === 'agent-config.yaml';
  const host = (agent ? /^hosts(?:\[(\d+)\])?(.*)$/ : /^platform\.baremetal\.hosts(?:\[(\d+)\])?(.*)$/).exec(
    finding.path,
  );
  if (host) {
    const index = host[1] === undefined ? undefined : answersHostIndex(answers, Number(host[1]));
    return index === undefined ? 'hosts' : `hosts[${index}]`;
  }
  // A proxy's CA shares additionalTrustBundle with the mirror's; without a mirror CA it is the proxy's.
  if (
    /^additionalTrustBundle\b/.test(finding.path) &&
    !answers.mirror?.caBundleFile &&
    answers.proxy?.caBundleFile
  )
    return 'proxy.caBundleFile';
  const table = agent ? AGENT_CONFIG_ANSWERS : INSTALL_CONFIG_ANSWERS;
  return table.find((row) => row.field.test(finding.path))?.answer;
}

/** The errors of a rendered plan as answer problems; a field without an answer keeps its file and path. */
export function problemsOfFindings(findings: readonly Finding[], answers: Answers): Problem[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      key: answerKeyOf(f, answers) ?? `${f.file ?? 'install-config.yaml'} ${f.path}`,
      message: f.message,
      // The rendered plan's findings are already in the language the plan was rendered in.
      ko: f.message,
    }));
}
