import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document } from 'yaml';
import type { ToolRunner } from '../../tools/tool-runner.js';
import type { Finding, Lang } from '../../types.js';
import { list, obj, str } from '../read.js';

/** nmstatectl gc of one host's document answers in well under a second; ten leave room for a cold start. */
const GC_TIMEOUT_MS = 10_000;

export interface NmstatectlOptions {
  /** Where the temporary folder is made (os.tmpdir() in production). */
  tmpRoot: string;
  lang?: Lang;
}

/**
 * What the installer does with every host's NMState before it builds the image: `nmstatectl gc` turns it into
 * NetworkManager keyfiles and fails on anything NMState refuses (openshift/installer
 * pkg/asset/agent/manifests/staticnetworkconfig/generator.go). When nmstatectl is not on PATH the check is skipped:
 * the result says so and holds no finding. The documents are written to a private temporary folder, removed after.
 */
export async function nmstatectlFindings(
  runner: ToolRunner,
  agentConfig: unknown,
  options: NmstatectlOptions,
): Promise<{ ran: boolean; findings: Finding[] }> {
  const hosts = list(obj(agentConfig)?.hosts)
    .map((host, index) => ({ index, host: obj(host) }))
    .filter(({ host }) => obj(host?.networkConfig) !== undefined);
  if (hosts.length === 0) return { ran: false, findings: [] };
  if ((await runner.locate('nmstatectl')) === undefined) return { ran: false, findings: [] };
  const lang = options.lang ?? 'en';
  const tmp = await mkdtemp(path.join(options.tmpRoot, 'ocp-planner-nmstate-'));
  const findings: Finding[] = [];
  try {
    for (const { index, host } of hosts) {
      const file = path.join(tmp, `host-${index}.yaml`);
      await writeFile(file, new Document(host?.networkConfig).toString(), { mode: 0o600 });
      const result = await runner.run('nmstatectl', ['gc', file], { timeoutMs: GC_TIMEOUT_MS });
      if (result.exitCode === 0) continue;
      const detail =
        [result.stderr, result.stdout, result.failure ?? '']
          .join('\n')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .find((line) => line !== '') ?? '';
      const name = str(host?.hostname) ?? `hosts[${index}]`;
      findings.push({
        severity: 'error',
        file: 'agent-config.yaml',
        path: `hosts[${index}].networkConfig`,
        rule: 'nmstatectl-gc',
        message:
          lang === 'ko'
            ? `nmstatectl gc가 ${name}의 NMState 문서를 거부했습니다(설치 프로그램도 같은 검사를 합니다): ${detail}`
            : `nmstatectl gc refused the NMState document of ${name} (the installer runs the same check): ${detail}`,
      });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return { ran: true, findings };
}
