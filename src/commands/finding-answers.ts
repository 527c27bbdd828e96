import type { Problem } from '../answers/problems.js';
import type { Answers } from '../answers/schema.js';
import type { Finding } from '../types.js';

/**
 * Which answer produced a field of the rendered install-config.yaml (or agent-config.yaml), so that a finding of the
 * validator sends the wizard back to the question that fills it. Paths the table does not know keep the file's path;
 * the wizard then shows them on the review screen.
 */
const INSTALL_CONFIG_FIELDS: readonly (readonly [RegExp, string])[] = [
  [/^metadata\.name\b/, 'clusterName'],
  [/^baseDomain\b/, 'baseDomain'],
  [/^networking\.machineNetwork\b/, 'networking.machineNetwork'],
  [/^networking\.clusterNetwork\b/, 'networking.clusterNetwork'],
  [/^networking\.serviceNetwork\b/, 'networking.serviceNetwork'],
  [/^platform\.\w+\.apiVIPs?\b/, 'vips.api'],
  [/^platform\.\w+\.ingressVIPs?\b/, 'vips.ingress'],
  [/^platform\.vsphere\.vcenters\[\d+\]\.server\b/, 'vsphere.vcenter'],
  [/^platform\.vsphere\.vcenters\[\d+\]\.(user|password)\b/, 'vsphere.credentialsFile'],
  [/^platform\.vsphere\.vcenters\[\d+\]\.datacenters\b/, 'vsphere.datacenter'],
  [/^platform\.vsphere\.failureDomains\[\d+\]\.server\b/, 'vsphere.vcenter'],
  [/^platform\.vsphere\.failureDomains\[\d+\]\.topology\.datacenter\b/, 'vsphere.datacenter'],
  [/^platform\.vsphere\.failureDomains\[\d+\]\.topology\.computeCluster\b/, 'vsphere.cluster'],
  [/^platform\.vsphere\.failureDomains\[\d+\]\.topology\.datastore\b/, 'vsphere.datastore'],
  [/^platform\.vsphere\.failureDomains\[\d+\]\.topology\.networks\b/, 'vsphere.network'],
  [/^platform\.nutanix\.prismCentral\.endpoint\b/, 'nutanix.prismCentral'],
  [/^platform\.nutanix\.prismCentral\.(username|password)\b/, 'nutanix.credentialsFile'],
  [/^platform\.nutanix\.prismElements\[\d+\]\.uuid\b/, 'nutanix.prismElementUUID'],
  [/^platform\.nutanix\.prismElements\b/, 'nutanix.prismElementAddress'],
  [/^platform\.nutanix\.subnetUUIDs\b/, 'nutanix.subnetUUID'],
  [/^platform\.aws\.region\b/, 'aws.region'],
  [/^platform\.azure\.region\b/, 'azure.region'],
  [/^platform\.azure\.baseDomainResourceGroupName\b/, 'azure.baseDomainResourceGroupName'],
  [/^platform\.gcp\.projectID\b/, 'gcp.projectID'],
  [/^platform\.gcp\.region\b/, 'gcp.region'],
  [/^platform\.openstack\.cloud\b/, 'openstack.cloud'],
  [/^platform\.openstack\.externalNetwork\b/, 'openstack.externalNetwork'],
  [/^platform\.ibmcloud\.region\b/, 'ibmcloud.region'],
  [/^platform\.powervs\.zone\b/, 'powervs.zone'],
  [/^platform\.powervs\.userID\b/, 'powervs.userID'],
  [/^proxy\.httpProxy\b/, 'proxy.httpProxy'],
  [/^proxy\.httpsProxy\b/, 'proxy.httpsProxy'],
  [/^proxy\.noProxy\b/, 'proxy.noProxy'],
  [/^(imageDigestSources|imageContentSources)\b/, 'mirror.registry'],
  [/^additionalTrustBundle\b/, 'mirror.caBundleFile'],
  [/^compute\[\d+\]\.replicas\b/, 'computeReplicas'],
  [/^controlPlane\.replicas\b/, 'topology'],
  [/^(controlPlane|compute\[\d+\])\.architecture\b/, 'architecture'],
  [/^pullSecret\b/, 'secrets.pullSecretFile'],
  [/^sshKey\b/, 'secrets.sshKeyFile'],
  [/^fips\b/, 'fips'],
  [/^publish\b/, 'publish'],
];

const AGENT_CONFIG_FIELDS: readonly (readonly [RegExp, string])[] = [
  [/^rendezvousIP\b/, 'agent.rendezvousIP'],
  [/^bootArtifactsBaseURL\b/, 'agent.bootArtifactsBaseURL'],
  [/^additionalNTPSources\b/, 'agent.ntpSources'],
];

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

/** The answer a finding's field comes from, or undefined when no answer maps to it. */
export function answerKeyOf(finding: Finding, answers: Answers): string | undefined {
  const agent = finding.file === 'agent-config.yaml';
  const host = (agent ? /^hosts\[(\d+)\](.*)$/ : /^platform\.baremetal\.hosts\[(\d+)\](.*)$/).exec(
    finding.path,
  );
  if (host) {
    const index = answersHostIndex(answers, Number(host[1]));
    return index === undefined ? 'hosts' : `hosts[${index}]`;
  }
  const table = agent ? AGENT_CONFIG_FIELDS : INSTALL_CONFIG_FIELDS;
  return table.find(([pattern]) => pattern.test(finding.path))?.[1];
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
