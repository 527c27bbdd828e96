import { isCloudPlatform } from '../../knowledge/platform-matrix.js';
import type { ChecklistItem } from '../../types.js';
import { type ChecklistContext, item } from '../context.js';
import { SOURCES } from '../data/sources.js';
import { installDirItem, registryItems } from './install-upi.js';

/** IPI: one command builds everything (the docs’ IPI prerequisites; the UPI procedure of the installer’s docs/user last line), then registry storage where needed. */
export function ipiInstallItems(ctx: ChecklistContext): ChecklistItem[] {
  if (ctx.method !== 'IPI' || ctx.path === 'Agent-based') return [];
  const { plan, t, installDir } = ctx;
  const metal = plan.platform === 'baremetal';
  const built = t(
    metal
      ? 'install.create-cluster.built.metal'
      : isCloudPlatform(plan.platform)
        ? 'install.create-cluster.built.cloud'
        : 'install.create-cluster.built.onprem',
  );
  return [
    installDirItem(ctx),
    item({
      id: 'install.create-cluster',
      phase: 'install',
      owner: 'platform',
      kind: 'task',
      title: t('install.create-cluster.title'),
      details: [
        t('install.create-cluster.details', { built }),
        ...(metal ? [t('install.create-cluster.metal-host')] : []),
      ].join(' '),
      commands: [`openshift-install create cluster --dir ${installDir} --log-level=info`],
      source: `${SOURCES.ipiCommon}; ${SOURCES.ipiFlow}`,
    }),
    ...registryItems(ctx),
  ];
}
