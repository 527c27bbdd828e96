import type { ChecklistItem } from '../../types.js';
import { type ChecklistContext, item } from '../context.js';
import { SOURCES } from '../data/sources.js';

/** Credentials of the new cluster and its first certificate rotation (the docs’ UPI installation procedure steps 20 and 22). */
export function postInstallItems(ctx: ChecklistContext): ChecklistItem[] {
  const { t, installDir } = ctx;
  return [
    item({
      id: 'post.credentials',
      phase: 'postInstall',
      owner: 'security',
      kind: 'task',
      title: t('post.credentials.title'),
      details: t('post.credentials.details', { installDir }),
      source: `${SOURCES.flow} (step 20)`,
    }),
    item({
      id: 'post.cert-rotation',
      phase: 'postInstall',
      owner: 'platform',
      kind: 'task',
      title: t('post.cert-rotation.title'),
      details: t('post.cert-rotation.details'),
      source: `${SOURCES.flow} (step 22)`,
    }),
  ];
}
