import type { Architecture, Platform } from '../types.js';
import { rulesVersion, type SinceTable, valueAt } from './releases.js';

/**
 * The books of the OpenShift Container Platform documentation on docs.redhat.com that plans cite, with their path and
 * title per release. A book's address is `…/openshift_container_platform/<release>/html/<path>/`; some books were
 * renamed or merged between releases, so each one is a since-table (the 4.16 GCP book is `installing_on_gcp`, the 4.18
 * one `installing_on_google_cloud`; bare-metal IPI had its own book up to 4.17 and is a part of the bare-metal book from
 * 4.18; the disconnected-installation book became "Disconnected environments" in 4.17).
 */
export type DocBook =
  | 'overview'
  | 'installConfiguration'
  | 'postInstall'
  | 'machineManagement'
  | 'disconnected'
  | 'releaseNotes'
  | 'bareMetal'
  | 'bareMetalIpi'
  | 'vsphere'
  | 'aws'
  | 'azure'
  | 'gcp'
  | 'ibmZ'
  | 'ibmPower'
  | 'nutanix'
  | 'openstack'
  | 'ibmCloud'
  | 'powerVs'
  | 'powerVc'
  | 'anyPlatform'
  | 'singleNode'
  | 'agent'
  | 'oci';

export interface BookEdition {
  path: string;
  title: string;
}

const edition = (path: string, title: string): BookEdition => ({ path, title });

export const DOC_BOOKS: Readonly<Record<DocBook, SinceTable<BookEdition>>> = {
  overview: { '4.14': edition('installation_overview', 'Installation overview') },
  installConfiguration: { '4.14': edition('installation_configuration', 'Installation configuration') },
  postInstall: { '4.14': edition('postinstallation_configuration', 'Postinstallation configuration') },
  machineManagement: { '4.14': edition('machine_management', 'Machine management') },
  disconnected: {
    '4.14': edition('disconnected_installation_mirroring', 'Disconnected installation mirroring'),
    '4.17': edition('disconnected_environments', 'Disconnected environments'),
  },
  releaseNotes: { '4.14': edition('release_notes', 'Release notes') },
  bareMetal: { '4.14': edition('installing_on_bare_metal', 'Installing on bare metal') },
  bareMetalIpi: {
    '4.14': edition(
      'deploying_installer-provisioned_clusters_on_bare_metal',
      'Deploying installer-provisioned clusters on bare metal',
    ),
    '4.18': edition('installing_on_bare_metal', 'Installing on bare metal'),
  },
  vsphere: { '4.14': edition('installing_on_vmware_vsphere', 'Installing on VMware vSphere') },
  aws: { '4.14': edition('installing_on_aws', 'Installing on AWS') },
  azure: { '4.14': edition('installing_on_azure', 'Installing on Azure') },
  gcp: {
    '4.14': edition('installing_on_gcp', 'Installing on GCP'),
    '4.18': edition('installing_on_google_cloud', 'Installing on Google Cloud'),
  },
  ibmZ: { '4.14': edition('installing_on_ibm_z_and_ibm_linuxone', 'Installing on IBM Z and IBM LinuxONE') },
  ibmPower: { '4.14': edition('installing_on_ibm_power', 'Installing on IBM Power') },
  nutanix: { '4.14': edition('installing_on_nutanix', 'Installing on Nutanix') },
  openstack: { '4.14': edition('installing_on_openstack', 'Installing on OpenStack') },
  ibmCloud: { '4.14': edition('installing_on_ibm_cloud', 'Installing on IBM Cloud') },
  powerVs: {
    '4.14': edition('installing_on_ibm_power_virtual_server', 'Installing on IBM Power Virtual Server'),
  },
  powerVc: { '4.22': edition('installing_on_ibm_powervc', 'Installing on IBM PowerVC') },
  anyPlatform: { '4.14': edition('installing_on_any_platform', 'Installing on any platform') },
  singleNode: { '4.14': edition('installing_on_a_single_node', 'Installing on a single node') },
  agent: {
    '4.14': edition(
      'installing_an_on-premise_cluster_with_the_agent-based_installer',
      'Installing an on-premise cluster with the Agent-based Installer',
    ),
  },
  oci: { '4.14': edition('installing_on_oci', 'Installing on OCI') },
};

const DOCS_ROOT = 'https://docs.redhat.com/en/documentation/openshift_container_platform';

/** The edition of a book that documents a release (the newest known one for a newer release). */
export function bookEdition(book: DocBook, version: string): BookEdition {
  const table = DOC_BOOKS[book];
  const first = Object.values(table)[0] as BookEdition;
  return valueAt(table, version, first);
}

/** The address of a book for a release. */
export function bookUrl(book: DocBook, version: string): string {
  return `${DOCS_ROOT}/${rulesVersion(version)}/html/${bookEdition(book, version).path}/`;
}

/** Every path a book has had, so an address written for one release can be moved to another. */
export function bookOfPath(path: string): DocBook | undefined {
  for (const [book, table] of Object.entries(DOC_BOOKS) as [DocBook, SinceTable<BookEdition>][]) {
    if (book === 'bareMetal') continue;
    if (Object.values(table).some((e) => e?.path === path)) return book;
  }
  return path === 'installing_on_bare_metal' ? 'bareMetal' : undefined;
}

/** What the plan installs, as far as the choice of book goes. */
export interface BookChoice {
  platform: Platform;
  architecture: Architecture;
  /** The infrastructure model of the path: IPI or UPI. */
  method: 'IPI' | 'UPI';
  agent: boolean;
  singleNode: boolean;
}

/** The installation book of the plan's platform: never another platform's. */
export function platformBook(choice: BookChoice): DocBook {
  if (choice.agent && choice.platform !== 'external') return 'agent';
  // A single node the customer provisions boots in place; its own book documents that, on bare metal too.
  if (choice.singleNode && choice.method === 'UPI' && ['baremetal', 'none'].includes(choice.platform)) {
    return choice.architecture === 'amd64' || choice.architecture === 'arm64'
      ? 'singleNode'
      : fallbackNone(choice);
  }
  switch (choice.platform) {
    case 'aws':
      return 'aws';
    case 'azure':
      return 'azure';
    case 'gcp':
      return 'gcp';
    case 'vsphere':
      return 'vsphere';
    case 'baremetal':
      return choice.method === 'IPI' ? 'bareMetalIpi' : 'bareMetal';
    case 'nutanix':
      return 'nutanix';
    case 'openstack':
      return 'openstack';
    case 'ibmcloud':
      return 'ibmCloud';
    case 'powervs':
      return 'powerVs';
    case 'powervc':
      return 'powerVc';
    case 'ibmz':
      return 'ibmZ';
    case 'external':
      return 'oci';
    case 'none':
      return fallbackNone(choice);
  }
}

/** platform none: IBM Power and IBM Z have their own books; other hardware installs from the platform-agnostic one. */
function fallbackNone(choice: BookChoice): DocBook {
  if (choice.architecture === 'ppc64le') return 'ibmPower';
  if (choice.architecture === 's390x') return 'ibmZ';
  return 'anyPlatform';
}
