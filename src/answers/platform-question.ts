import type { Question } from './question-types.js';

/**
 * The wizard's first question, where the cluster runs, in its own module: `plan` asks it before the rest of the
 * planner (and the full question table) has loaded, so the prompt appears at once.
 */
export const PLATFORM_QUESTION: Question = {
  id: 'platform',
  section: 'where',
  kind: 'select',
  message: 'Where will the cluster run?',
  help: 'The infrastructure platform decides which installation methods exist (see the docs’ supported installation methods per platform).',
  choices: () => [
    { value: 'aws', name: 'Amazon Web Services (aws)' },
    { value: 'azure', name: 'Microsoft Azure (azure)' },
    { value: 'gcp', name: 'Google Cloud (gcp)' },
    { value: 'vsphere', name: 'VMware vSphere (vsphere)' },
    { value: 'baremetal', name: 'Bare metal (baremetal)' },
    { value: 'nutanix', name: 'Nutanix (nutanix)' },
    { value: 'openstack', name: 'Red Hat OpenStack (openstack)' },
    { value: 'ibmcloud', name: 'IBM Cloud VPC (ibmcloud)' },
    { value: 'powervs', name: 'IBM Power Virtual Server (powervs)' },
    { value: 'powervc', name: 'IBM PowerVC (powervc, OpenShift 4.21 and newer)' },
    { value: 'ibmz', name: 'IBM Z / LinuxONE (ibmz)' },
    {
      value: 'external',
      name: 'Oracle Cloud or another external platform, Agent-based installer (external)',
    },
    { value: 'none', name: 'Any other infrastructure, platform-agnostic (none)' },
  ],
};

/** Its Korean wording (the same shape as the entries of questions-ko.ts). */
export const PLATFORM_QUESTION_KO: { message: string; help: string; choices: Record<string, string> } = {
  message: '클러스터를 어디에서 실행합니까?',
  help: '인프라 플랫폼에 따라 쓸 수 있는 설치 방식이 정해집니다(문서의 플랫폼별 지원 설치 방식 참고).',
  choices: {
    aws: 'Amazon Web Services(aws)',
    azure: 'Microsoft Azure(azure)',
    gcp: 'Google Cloud(gcp)',
    vsphere: 'VMware vSphere(vsphere)',
    baremetal: '베어메탈(baremetal)',
    nutanix: 'Nutanix(nutanix)',
    openstack: 'Red Hat OpenStack(openstack)',
    ibmcloud: 'IBM Cloud VPC(ibmcloud)',
    powervs: 'IBM Power Virtual Server(powervs)',
    powervc: 'IBM PowerVC(powervc, OpenShift 4.21 이상)',
    ibmz: 'IBM Z / LinuxONE(ibmz)',
    external: 'Oracle Cloud 또는 그 밖의 외부 플랫폼, Agent 기반 설치 프로그램(external)',
    none: '그 밖의 모든 인프라, 플랫폼 무관 설치(none)',
  },
};
