import path from 'node:path';
import { yamlText } from '../render/yaml-text.js';
import type { AgentSettings, Lang, Plan, Text } from '../types.js';
import { NOT_A_STRING_IN_YAML_1_2 } from './yaml-1-2-scalars.js';

/** The header comment of answers.yaml, each line with the leading space the yaml package prints after `#`. */
const HEADER: Text = {
  en:
    ' ocp-planner answers (format version 1): the complete answers behind this plan.\n' +
    ' Re-create the plan with: ocp-planner plan --answers answers.yaml --out <folder>',
  ko:
    ' ocp-planner 답변 파일(형식 버전 1)입니다: 이 계획을 만든 전체 답변입니다.\n' +
    ' 계획을 다시 만들려면: ocp-planner plan --answers answers.yaml --out <폴더>',
};

/**
 * The complete, normalised answers that reproduce a plan (the plan-folder format `answers.yaml`): every default written out, file
 * references relative to the plan folder so that `plan --answers DIR/answers.yaml` works from any working directory.
 * Its header comment is in the plan's language.
 */
export function renderNormalisedAnswers(plan: Plan, outDir: string, lang: Lang = 'en'): string {
  const rel = (file: string) => {
    const relative = path.relative(outDir, file).split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };
  const platformBlock = { ...plan.platformConfig };
  if (typeof platformBlock.credentialsFile === 'string')
    platformBlock.credentialsFile = rel(platformBlock.credentialsFile);

  const answers: Record<string, unknown> = {
    version: 1,
    ocpVersion: plan.ocpVersion,
    ...(plan.lang ? { lang: plan.lang } : {}),
    ...(plan.document ? { document: plan.document } : {}),
    clusterName: plan.clusterName,
    baseDomain: plan.baseDomain,
    platform: plan.platform,
    architecture: plan.architecture,
    installMethod: plan.installMethod,
    topology: plan.topology,
    // Only ha lets the answers choose the control plane's size (3, or 4 or 5 on the Agent-based path); the other
    // topologies fix it.
    ...(plan.topology === 'ha' ? { controlPlaneReplicas: plan.controlPlaneReplicas } : {}),
    computeReplicas: plan.computeReplicas,
    ownership: plan.ownership,
    requirements: plan.requirements,
    connectivity: plan.connectivity,
    publish: plan.publish,
    fips: plan.fips,
    ...(plan.proxy
      ? {
          proxy: {
            ...plan.proxy,
            ...(plan.proxy.credentialsFile ? { credentialsFile: rel(plan.proxy.credentialsFile) } : {}),
            ...(plan.proxy.caBundleFile ? { caBundleFile: rel(plan.proxy.caBundleFile) } : {}),
          },
        }
      : {}),
    ...(plan.mirror
      ? {
          mirror: {
            registry: plan.mirror.registry,
            ...(plan.mirror.caBundleFile ? { caBundleFile: rel(plan.mirror.caBundleFile) } : {}),
            ...(plan.mirror.credentialsFile ? { credentialsFile: rel(plan.mirror.credentialsFile) } : {}),
          },
        }
      : {}),
    networking: {
      networkType: plan.networking.networkType,
      machineNetwork: plan.networking.machineNetwork,
      clusterNetwork: plan.networking.clusterNetwork,
      serviceNetwork: plan.networking.serviceNetwork,
    },
    ...(plan.vips ? { vips: plan.vips } : {}),
    ...(plan.hosts.length > 0
      ? {
          hosts: plan.hosts.map((host) => ({
            ...host,
            ...(host.bmc ? { bmc: { ...host.bmc, credentialsFile: rel(host.bmc.credentialsFile) } } : {}),
          })),
        }
      : {}),
    ...(plan.agent ? { agent: agentBlock(plan.agent) } : {}),
    ...(Object.keys(platformBlock).length > 0 && plan.platform !== 'none' && plan.platform !== 'ibmz'
      ? { [plan.platform]: platformBlock }
      : {}),
    secrets: {
      ...(plan.secrets.pullSecretFile ? { pullSecretFile: rel(plan.secrets.pullSecretFile) } : {}),
      ...(plan.secrets.sshKeyFile ? { sshKeyFile: rel(plan.secrets.sshKeyFile) } : {}),
    },
  };
  // Written with YAML 1.1 quoting (so other tools read it right) and read back as YAML 1.2 (answers/parse.ts): a
  // string that 1.2 would read as a number, boolean or null (0o17, 1e3, .inf …) is quoted too, so a re-run gets the
  // same answers.
  return yamlText(answers, {
    header: HEADER[lang],
    forceDouble: (text) => NOT_A_STRING_IN_YAML_1_2.test(text),
  });
}

/** The agent block as answered: empty lists are defaults, so they are left out. */
function agentBlock(agent: AgentSettings): Record<string, unknown> {
  const { ntpSources, dnsServers, ...rest } = agent;
  return {
    ...rest,
    ...(ntpSources.length > 0 ? { ntpSources } : {}),
    ...(dnsServers.length > 0 ? { dnsServers } : {}),
  };
}
