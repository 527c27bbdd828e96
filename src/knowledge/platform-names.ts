import type { Platform, Text } from '../types.js';

/** How reasons and warnings name each platform (the docs’ installation overview decision tree names; `none` is "platform agnostic"). */
export const PLATFORM_NAMES: Record<Platform, Text> = {
  aws: { en: 'AWS', ko: 'AWS' },
  azure: { en: 'Azure', ko: 'Azure' },
  gcp: { en: 'Google Cloud', ko: 'Google Cloud' },
  vsphere: { en: 'vSphere', ko: 'vSphere' },
  baremetal: { en: 'bare metal', ko: '베어 메탈' },
  nutanix: { en: 'Nutanix', ko: 'Nutanix' },
  openstack: { en: 'OpenStack', ko: 'OpenStack' },
  ibmcloud: { en: 'IBM Cloud', ko: 'IBM Cloud' },
  powervs: { en: 'IBM Power Virtual Server', ko: 'IBM Power Virtual Server' },
  powervc: { en: 'IBM PowerVC', ko: 'IBM PowerVC' },
  ibmz: { en: 'IBM Z / LinuxONE', ko: 'IBM Z / LinuxONE' },
  external: {
    en: 'an external platform such as Oracle Cloud Infrastructure (platform external)',
    ko: 'Oracle Cloud Infrastructure 같은 외부 플랫폼(platform external)',
  },
  none: { en: 'the platform-agnostic install (platform none)', ko: '플랫폼 비종속 설치(platform none)' },
};
