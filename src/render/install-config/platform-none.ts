import type { CommentId } from './comments.js';
import { commentText } from './comments.js';
import type { StanzaContext } from './stanza.js';

/** Why a plan for this answered platform ends up with `platform: none` (the installer’s platform list and docs/user). */
const WHY_NONE: Partial<Record<string, CommentId>> = {
  ibmz: 'platformNoneForIbmz',
  baremetal: 'platformNoneForBaremetalUpi',
  nutanix: 'platformNoneForUpi',
  ibmcloud: 'platformNoneForUpi',
  powervs: 'platformNoneForUpi',
};

/** `platform.none: {}`: nothing platform-specific (validatePlatform (installconfig.go)). */
export function noneStanza({ plan, notes, values }: StanzaContext): Record<string, unknown> {
  const why = WHY_NONE[plan.platform];
  const lines = [commentText('platformNone', notes.lang)];
  if (why) lines.unshift(commentText(why, notes.lang, values));
  notes.add([], lines.join('\n'));
  return {};
}
