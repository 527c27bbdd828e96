/**
 * Where each checklist fact comes from. Items cite one of these so a reader can open the reference section that
 * justifies a line (docs = shared/reference/openshift-docs.md, installer-rules = shared/reference/installer-rules.md).
 */
export const SOURCES = {
  machines: 'docs §3.1 Machines (installation-machine-requirements)',
  sizing: 'docs §3.2 Minimum resources (installation-minimum-resource-requirements)',
  network: 'docs §3.3 Networking (installation-network-user-infra)',
  ports: 'docs §3.4 Port matrix (installation-network-user-infra)',
  dns: 'docs §3.5 DNS records (installation-dns-user-infra)',
  lb: 'docs §3.6 Load balancers (installation-load-balancing-user-infra)',
  ntp: 'docs §3.7 Time (NTP)',
  egress: 'docs §3.8 Firewall allowlist (configuring-firewall)',
  inputs: 'docs §3.9 Other inputs',
  flow: 'docs §4 UPI installation flow (installing-bare-metal)',
  manifests:
    'docs §4.1 Manifest removal per platform (installation-user-infra-generate-k8s-manifest-ignition)',
  metal: 'docs §4.2 Bare metal (ISO/PXE) specifics',
  vsphereUpi: 'docs §4.3 vSphere UPI specifics (installation-vsphere-machines)',
  awsUpi: 'docs §4.4 AWS UPI with CloudFormation',
  sno: 'docs §4.5 Single-node OpenShift (install-sno-generating-the-install-iso-manually)',
  ipiCommon: 'docs §5.0 IPI common',
  aws: 'docs §5.1 AWS (installation-aws-limits, installation-aws-route53)',
  azure: 'docs §5.2 Azure (installation-azure-limits, installation-azure-service-principal)',
  gcp: 'docs §5.3 GCP (installation-gcp-enabling-api-services, installation-gcp-limits)',
  vsphereIpi: 'docs §5.4 vSphere IPI (ipi-vsphere-installation-reqs)',
  baremetalIpi: 'docs §5.5 Bare-metal IPI (ipi-install-node-requirements, ipi-install-network-requirements)',
  otherIpi: 'docs §5.6 Others (Nutanix, IBM Cloud, Power VS, OpenStack)',
  security: 'docs §1.2 Selecting a method: extra security (FIPS, proxy, restricted network)',
  fipsRule: 'installer-rules §a.1 fips / sshKey with FIPS',
  proxyRule: 'installer-rules §a.6 proxy and noProxy',
  upiSteps: 'installer-rules §e.3 The UPI procedure distilled',
  ipiFlow: 'installer-rules §e.1 What the code says (IPI)',
  consumed: 'installer-rules §f.1 install-config.yaml is consumed',
  ignitionExpiry: 'installer-rules §f.12 Ignition certificates expire after 24 h',
  wildcard: 'docs §3.5 DNS records; peers-and-pains §4.3 Assisted DNS wildcard validation',
  mirror: 'docs §3.9 Other inputs (disconnected mirror registry); peers-and-pains §3 #10 oc-mirror output',
} as const;
