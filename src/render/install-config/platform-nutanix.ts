import { commentText } from './comments.js';
import { credentialsFor } from './credentials.js';
import { passthroughOf, stringOf } from './passthrough.js';
import type { StanzaContext } from './stanza.js';
import { vipFields } from './vips.js';

/** Prism's HTTPS port, the installer survey's default (the installer’s install-config survey). */
export const PRISM_PORT = 9440;

/**
 * Written when the Prism Element address is unknown: the installer requires one (validatePlatform (installconfig.go)) but the
 * answers carry only the element's UUID. `.invalid` is a reserved top-level domain, so it can never resolve.
 */
export const PRISM_ELEMENT_PLACEHOLDER = 'replace-with-prism-element-address.invalid';

/**
 * `platform.nutanix`: Prism Central endpoint and credentials, exactly one Prism Element, the one subnet, and VIPs
 * (validatePlatform (installconfig.go)).
 */
export function nutanixStanza({ plan, inputs, notes, values }: StanzaContext): Record<string, unknown> {
  const { username, password } = credentialsFor(inputs, plan.platformConfig.credentialsFile);
  const port = typeof plan.platformConfig.port === 'number' ? plan.platformConfig.port : PRISM_PORT;
  const elementAddress = stringOf(plan, 'prismElementAddress');
  const stanza: Record<string, unknown> = { ...vipFields(plan, notes, values) };
  notes.add(['prismCentral'], commentText('nutanixPrismCentral', notes.lang));
  stanza.prismCentral = {
    endpoint: { address: stringOf(plan, 'prismCentral'), port },
    username,
    password,
  };
  notes.add(['prismElements'], commentText('nutanixPrismElement', notes.lang));
  if (!elementAddress) {
    notes.add(
      ['prismElements', 0, 'endpoint', 'address'],
      commentText('nutanixPrismElementPlaceholder', notes.lang),
    );
  }
  stanza.prismElements = [
    {
      uuid: stringOf(plan, 'prismElementUUID'),
      endpoint: { address: elementAddress ?? PRISM_ELEMENT_PLACEHOLDER, port: PRISM_PORT },
    },
  ];
  stanza.subnetUUIDs = [stringOf(plan, 'subnetUUID')];
  return { ...stanza, ...passthroughOf(plan) };
}
