import { awsStanza } from './platform-aws.js';
import { azureStanza } from './platform-azure.js';
import { baremetalStanza } from './platform-baremetal.js';
import { externalStanza } from './platform-external.js';
import { gcpStanza } from './platform-gcp.js';
import { ibmcloudStanza } from './platform-ibmcloud.js';
import { noneStanza } from './platform-none.js';
import { nutanixStanza } from './platform-nutanix.js';
import { openstackStanza } from './platform-openstack.js';
import { powervcStanza } from './platform-powervc.js';
import { powervsStanza } from './platform-powervs.js';
import { vsphereStanza } from './platform-vsphere.js';
import type { StanzaBuilder } from './stanza.js';
import type { Stanza } from './target.js';

/** One builder per `platform.<key>` the planner writes. */
export const STANZA_BUILDERS: Record<Stanza, StanzaBuilder> = {
  aws: awsStanza,
  azure: azureStanza,
  gcp: gcpStanza,
  vsphere: vsphereStanza,
  baremetal: baremetalStanza,
  nutanix: nutanixStanza,
  openstack: openstackStanza,
  ibmcloud: ibmcloudStanza,
  powervs: powervsStanza,
  powervc: powervcStanza,
  external: externalStanza,
  none: noneStanza,
};
