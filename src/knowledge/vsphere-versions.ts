import type { Lang } from '../types.js';
import { atLeast } from './releases.js';

/**
 * The vSphere releases each OpenShift release installs on ("VMware vSphere infrastructure requirements" of the
 * vSphere book of that release): 4.14–4.18 accept 7.0 Update 2 or later and 8.0 Update 1 or later; from 4.19 vSphere 7
 * is gone and 8.0 Update 1 or later (VMware Cloud Foundation 5.0 or later) or vSphere / Cloud Foundation 9 is needed.
 */
interface VsphereVersions {
  since: string;
  text: Record<Lang, string>;
}

const VSPHERE_VERSIONS: readonly VsphereVersions[] = [
  {
    since: '4.19',
    text: {
      en: 'vSphere 8.0 Update 1 or later (VMware Cloud Foundation 5.0 or later) or vSphere Foundation / Cloud Foundation 9',
      ko: 'vSphere 8.0 Update 1 이상(VMware Cloud Foundation 5.0 이상) 또는 vSphere Foundation / Cloud Foundation 9',
    },
  },
  {
    since: '4.14',
    text: {
      en: 'vSphere 7.0 Update 2 or later or 8.0 Update 1 or later',
      ko: 'vSphere 7.0 Update 2 이상 또는 8.0 Update 1 이상',
    },
  },
];

/** The supported vSphere releases for an OpenShift release, in words. */
export function vsphereVersionsText(ocpVersion: string, lang: Lang): string {
  const row = VSPHERE_VERSIONS.find((r) => atLeast(ocpVersion, r.since)) ?? VSPHERE_VERSIONS.at(-1);
  return row?.text[lang] ?? '';
}
