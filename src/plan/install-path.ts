import { type Problem, problemIn, problemOf } from '../answers/problems.js';
import { say } from '../i18n/text.js';
import {
  AGENT_NONE_PLATFORMS,
  NONE_ONLY_ARCHITECTURES,
  SINGLE_NODE_PLATFORMS,
} from '../knowledge/agent-installer.js';
import type { FactorSubject } from '../knowledge/decision-factors.js';
import { supportFor } from '../knowledge/platform-matrix.js';
import { PLATFORM_NAMES } from '../knowledge/platform-names.js';
import { atLeast } from '../knowledge/releases.js';
import { evaluate } from '../recommend/model.js';
import { textValues } from '../recommend/text-values.js';
import type { InstallChoice, Method, Plan, Platform } from '../types.js';
import { INSTALL_METHOD_MESSAGES as M } from './install-path-messages.js';

/**
 * Which installation path a plan renders (the answers-file format installMethod, plan.json install): the recommendation when the
 * answer is auto, otherwise the method the answers name. The recommendation itself stays an IPI/UPI verdict; the
 * Agent-based path is rendered when the answers ask for it, or on a platform that has no other installer
 * (platform external: Oracle Cloud and other external platforms install only with the Agent-based installer).
 */
export function chooseInstall(plan: Plan, recommended: Method): InstallChoice {
  switch (plan.installMethod) {
    case 'IPI':
    case 'UPI':
      return { method: plan.installMethod, chosen: 'answers' };
    case 'agent':
      return { method: 'Agent-based', chosen: 'answers' };
    default: {
      const support = supportFor(plan.platform, plan.ocpVersion);
      if (!support.ipi && !support.upi && support.agentBased)
        return { method: 'Agent-based', chosen: 'recommended' };
      return { method: recommended, chosen: 'recommended' };
    }
  }
}

/** The path of this plan, deciding the recommendation's verdict on the way. */
export function installChoiceOf(plan: Plan): InstallChoice {
  return chooseInstall(plan, evaluate(plan).method);
}

export function isAgentPath(choice: InstallChoice): boolean {
  return choice.method === 'Agent-based';
}

/**
 * The `platform.<name>` an Agent-based install-config carries. The agent accepts baremetal, vsphere, nutanix, none and
 * external, but a single node only on none or external ("Only platform none and external supports 1 ControlPlane and
 * 0 Compute nodes"), and ppc64le or s390x only on none ("CPU architecture "ppc64le" only supports platform "none"",
 * openshift/installer pkg/asset/agent/installconfig.go).
 */
export function agentStanza(plan: Plan): Exclude<Platform, 'ibmz'> {
  if (plan.platform === 'external') return 'external';
  if (plan.platform === 'ibmz' || AGENT_NONE_PLATFORMS.includes(plan.platform)) return 'none';
  if (NONE_ONLY_ARCHITECTURES.includes(plan.architecture)) return 'none';
  if (plan.topology === 'sno' && !SINGLE_NODE_PLATFORMS.includes(plan.platform)) return 'none';
  return plan.platform;
}

/** Whether the agent's install-config keeps a platform whose API and ingress are served on VIPs by the cluster. */
export function agentUsesVips(plan: Plan): boolean {
  return ['baremetal', 'vsphere', 'nutanix'].includes(agentStanza(plan));
}

/**
 * The IPI/UPI model the infrastructure of the path follows, for the stages that know only those two (DNS records,
 * load balancers, ports, infra/ files). An Agent-based cluster on baremetal, vSphere or Nutanix serves its API and
 * ingress on VIPs from keepalived on the nodes, as on-premises IPI does; on platform none or external the customer's
 * load balancers and DNS serve them, as with UPI. In both, the customer boots the machines.
 */
export function infrastructureMethod(plan: Plan, choice: InstallChoice): Method {
  if (choice.method !== 'Agent-based') return choice.method;
  return agentUsesVips(plan) ? 'IPI' : 'UPI';
}

/** The answers key each forcing fact of the decision table reads, to name it in an error. */
const SUBJECT_KEYS: Partial<Record<FactorSubject, string>> = {
  platform: 'platform',
  machines: 'ownership.machines',
  credentials: 'requirements.installerCredentials',
  topology: 'topology',
  architecture: 'architecture',
};

/**
 * installMethod answers that cannot work (the answers-file format: "a method that cannot work for the answers (IPI on none) is an error
 * naming the answer that forbids it"). IPI is impossible exactly where the decision table has a fact that forces UPI;
 * the Agent-based installer only exists on the platforms the support matrix lists for the release.
 */
export function checkInstallMethod(plan: Plan): Problem[] {
  const support = supportFor(plan.platform, plan.ocpVersion);
  const platform = { en: PLATFORM_NAMES[plan.platform].en, ko: PLATFORM_NAMES[plan.platform].ko };
  const version = plan.ocpVersion;
  if (plan.installMethod === 'IPI') {
    const forcing = evaluate(plan).matched.filter((f) => f.effect === 'forces' && f.favours === 'UPI');
    const others = ['auto', ...(support.upi ? ['UPI'] : []), ...(support.agentBased ? ['agent'] : [])];
    return forcing.map((factor) => {
      const key = SUBJECT_KEYS[factor.subject] ?? factor.subject;
      const reason = (lang: 'en' | 'ko') => say(factor.text, lang, textValues(plan, lang, 'UPI'));
      return problemIn(
        'installMethod',
        M.ipiImpossible,
        { key, reason: reason('en'), others: others.join(', ') },
        { key, reason: reason('ko'), others: others.join(', ') },
      );
    });
  }
  if (plan.installMethod === 'UPI' && !support.upi && !support.ipi && support.agentBased) {
    return [
      problemIn(
        'installMethod',
        M.upiAgentOnly,
        { platform: platform.en, version },
        { platform: platform.ko, version },
      ),
    ];
  }
  if (plan.installMethod === 'agent') {
    if (!support.agentBased) {
      return [
        problemIn(
          'installMethod',
          M.agentUnavailable,
          { platform: platform.en, version },
          { platform: platform.ko, version },
        ),
      ];
    }
    // Two-node with arbiter reaches the agent in 4.20 (openshift-docs: Agent-based arbiter support, installer PR #9780).
    if (plan.topology === 'two-node-arbiter' && !atLeast(plan.ocpVersion, '4.20'))
      return [problemOf('topology', M.agentArbiterRelease)];
    const bootstrap = plan.hosts.findIndex((host) => host.role === 'bootstrap');
    if (bootstrap >= 0) return [problemOf(`hosts[${bootstrap}].role`, M.agentBootstrapHost)];
  }
  return [];
}
