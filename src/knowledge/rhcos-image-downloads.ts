import type { Platform } from '../types.js';

/**
 * IPI platforms whose installer downloads the RHCOS image at install time (from rhcos.mirror.openshift.com, as
 * listed in the release's stream metadata) and uploads it to the platform. Without internet access the image must
 * be served locally and named in `platform.<name>.clusterOSImage` ("Creating the RHCOS image for restricted network
 * installations" in the vSphere, Nutanix and OpenStack books). `artifact` is the stream-metadata path of the image.
 */
export interface RhcosImageDownload {
  artifact: string;
  /** What the image is called on the platform, for the sentence. */
  format: string;
}

export const RHCOS_IMAGE_DOWNLOADS: Readonly<Partial<Record<Platform, RhcosImageDownload>>> = {
  vsphere: { artifact: 'artifacts.vmware.formats.ova.disk', format: 'OVA' },
  nutanix: { artifact: 'artifacts.nutanix.formats.qcow2.disk', format: 'QCOW2' },
  openstack: { artifact: 'artifacts.openstack.formats."qcow2.gz".disk', format: 'QCOW2' },
};
